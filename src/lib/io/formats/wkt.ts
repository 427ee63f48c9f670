import type { Geometry, Position } from 'geojson';

/** A WKT text that could not be read; `position` is the 1-based character where the problem is. */
export class WktError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at character ${position}`);
    this.name = 'WktError';
  }
}

/** A parsed WKT: the geometry (null for `… EMPTY`) and the EWKT `SRID=…;` prefix, if any. */
export interface WktResult {
  geometry: Geometry | null;
  srid: number | null;
}

const TYPES = ['GEOMETRYCOLLECTION', 'MULTIPOLYGON', 'MULTILINESTRING', 'MULTIPOINT', 'POLYGON', 'LINESTRING', 'POINT'];

/**
 * Parses WKT / EWKT: POINT, LINESTRING, POLYGON, MULTI*, GEOMETRYCOLLECTION, with Z/M/ZM ordinates
 * (dropped) and EMPTY, optionally prefixed `SRID=4490;`. Throws WktError naming the position.
 */
export function parseWkt(text: string): WktResult {
  const p = new WktParser(text);
  return p.parseDocument();
}

class WktParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parseDocument(): WktResult {
    this.space();
    let srid: number | null = null;
    const ewkt = /^SRID\s*=\s*(\d+)\s*;/i.exec(this.s.slice(this.i));
    if (ewkt) {
      srid = Number(ewkt[1]);
      this.i += ewkt[0].length;
    }
    const geometry = this.geometry();
    this.space();
    if (this.i < this.s.length) this.fail(`unexpected "${this.s.slice(this.i, this.i + 10)}" after the geometry`);
    return { geometry, srid };
  }

  private fail(message: string): never {
    throw new WktError(message, this.i + 1);
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private peek(): string {
    this.space();
    return this.s[this.i] ?? '';
  }

  private expect(c: string): void {
    if (this.peek() !== c) this.fail(`expected "${c}" but found ${this.found()}`);
    this.i++;
  }

  private found(): string {
    return this.i < this.s.length ? `"${this.s[this.i]}"` : 'the end of the text';
  }

  private word(): string {
    this.space();
    const m = /^[A-Za-z]+/.exec(this.s.slice(this.i, this.i + 40));
    return m ? m[0].toUpperCase() : '';
  }

  /** Reads a type keyword (with Z/M/ZM suffix, glued or not) and returns the bare type. */
  private keyword(): string {
    const w = this.word();
    const type = TYPES.find((t) => w === t || w === t + 'Z' || w === t + 'M' || w === t + 'ZM');
    if (!type) this.fail(w ? `unknown geometry type "${w}"` : `expected a geometry type but found ${this.found()}`);
    this.i += w.length;
    const dims = this.word();
    if (dims === 'Z' || dims === 'M' || dims === 'ZM') this.i += dims.length;
    return type;
  }

  /** True (and consumed) when the next word is EMPTY. */
  private empty(): boolean {
    if (this.word() !== 'EMPTY') return false;
    this.i += 5;
    return true;
  }

  private geometry(): Geometry | null {
    const type = this.keyword();
    if (this.empty()) return null;
    switch (type) {
      case 'POINT': {
        this.expect('(');
        const coordinates = this.position();
        this.expect(')');
        return { type: 'Point', coordinates };
      }
      case 'LINESTRING':
        return { type: 'LineString', coordinates: this.line() };
      case 'POLYGON':
        return { type: 'Polygon', coordinates: this.polygon() };
      case 'MULTIPOINT':
        return { type: 'MultiPoint', coordinates: this.list(() => this.multiPointMember()).filter(isPosition) };
      case 'MULTILINESTRING':
        return {
          type: 'MultiLineString',
          coordinates: this.list(() => (this.empty() ? null : this.line())).filter(notNull),
        };
      case 'MULTIPOLYGON':
        return {
          type: 'MultiPolygon',
          coordinates: this.list(() => (this.empty() ? null : this.polygon())).filter(notNull),
        };
      default:
        return { type: 'GeometryCollection', geometries: this.list(() => this.geometry()).filter(notNull) };
    }
  }

  private list<T>(item: () => T): T[] {
    this.expect('(');
    const out = [item()];
    while (this.peek() === ',') {
      this.i++;
      out.push(item());
    }
    this.expect(')');
    return out;
  }

  /** `MULTIPOINT (1 2, 3 4)` and `MULTIPOINT ((1 2), (3 4))` are both written. */
  private multiPointMember(): Position | null {
    if (this.empty()) return null;
    if (this.peek() !== '(') return this.position();
    this.i++;
    const p = this.position();
    this.expect(')');
    return p;
  }

  private line(): Position[] {
    const start = this.i;
    const ps = this.list(() => this.position());
    if (ps.length < 2) throw new WktError(`a line needs at least 2 positions, found ${ps.length}`, start + 1);
    return ps;
  }

  private polygon(): Position[][] {
    return this.list(() => {
      this.space();
      const start = this.i;
      const ring = this.list(() => this.position());
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (first[0] !== last[0] || first[1] !== last[1])
        throw new WktError('polygon ring is not closed (its last position differs from its first)', start + 1);
      if (ring.length < 4)
        throw new WktError(`a polygon ring needs at least 4 positions, found ${ring.length}`, start + 1);
      return ring;
    });
  }

  private position(): Position {
    const ordinates = [this.number(), this.number()];
    while (/[-+.\d]/.test(this.peek())) ordinates.push(this.number());
    if (ordinates.length > 4) this.fail('a position has more than 4 ordinates');
    return [ordinates[0], ordinates[1]];
  }

  private number(): number {
    this.space();
    const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) this.fail(`expected a number but found ${this.found()}`);
    this.i += m[0].length;
    return Number(m[0]);
  }
}

function notNull<T>(v: T | null): v is T {
  return v !== null;
}

function isPosition(v: Position | null): v is Position {
  return v !== null;
}
