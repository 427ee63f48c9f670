import { describe, expect, it } from 'vitest';
import {
  buildOverpassQuery,
  checkBbox,
  DEFAULT_OVERPASS_ENDPOINT,
  OVERPASS_ENDPOINTS,
  validateEndpoint,
  type Bbox,
} from '../../../../src/lib/infra/overpass/query';

// Around Shenyang: west, south, east, north.
const SHENYANG: Bbox = [123.1, 41.6, 123.7, 42.0];

describe('buildOverpassQuery', () => {
  it('writes the settings and the bbox in Overpass order (s,w,n,e) with 6 decimals', () => {
    const q = buildOverpassQuery([123.1234567, 41.5, 123.7, 42.0000004], ['roads']);
    expect(q.split('\n')[0]).toBe(
      '[out:json][timeout:90][maxsize:268435456][bbox:41.500000,123.123457,42.000000,123.700000];',
    );
    expect(q.trimEnd().endsWith('out geom qt;')).toBe(true);
  });

  it('honours timeout and maxsize options and rejects nonsense', () => {
    const q = buildOverpassQuery(SHENYANG, ['water'], { timeoutSeconds: 25, maxSizeBytes: 1e8 });
    expect(q).toContain('[timeout:25][maxsize:100000000]');
    expect(() => buildOverpassQuery(SHENYANG, ['water'], { timeoutSeconds: 0 })).toThrow(/timeoutSeconds/);
    expect(() => buildOverpassQuery(SHENYANG, [])).toThrow(/themes is empty/);
    expect(() => buildOverpassQuery(SHENYANG, ['rail' as never])).toThrow(/unknown theme\(s\) rail/);
  });

  it('roads: highway classes with links, rail and stations', () => {
    const q = buildOverpassQuery(SHENYANG, ['roads']);
    expect(q).toContain('way["highway"~"^((motorway|trunk|primary|secondary|tertiary)(_link)?|unclassified)$"];');
    expect(q).toContain('way["railway"~"^(rail|narrow_gauge)$"]["service"!~"^(yard|siding|spur|crossover)$"];');
    expect(q).toContain('nwr["railway"~"^(station|halt)$"];');
    expect(q).toContain('nwr["public_transport"="station"]["train"="yes"];');
    expect(q).not.toContain('power');
  });

  it('power: lines, substations, plants, and solar/wind generators on ways and relations only', () => {
    const q = buildOverpassQuery(SHENYANG, ['power']);
    expect(q).toContain('way["power"~"^(line|minor_line|cable)$"];');
    expect(q).toContain('nwr["power"~"^(substation|plant)$"];');
    expect(q).toMatch(/\n {2}wr\["power"="generator"\]\["generator:source"~"\^\(solar\|wind\)\$"\]/);
    expect(q).not.toMatch(/(nwr|node)\["power"="generator"\]/);
  });

  it('water and tourism filters', () => {
    const q = buildOverpassQuery(SHENYANG, ['tourism', 'water']);
    for (const f of [
      'way["waterway"~"^(river|canal)$"]',
      'wr["natural"="water"]["water"~"^(reservoir|lake|oxbow)$"]',
      'wr["natural"="water"][!"water"]["name"]',
      'wr["landuse"="reservoir"]',
      'nwr["man_made"="water_works"]',
      'nwr["tourism"~"^(attraction|theme_park|zoo|guest_house|chalet)$"]',
      'nwr["aeroway"="aerodrome"]',
      'nwr["harbour"="yes"]',
      'nwr["tourism:grade"]',
      'nwr["seamark:type"="harbour"]',
      'wr["landuse"~"^(harbour|port)$"]',
      'nwr["industrial"="port"]',
    ]) {
      expect(q).toContain(f);
    }
    // Themes come out in the canonical order whatever order they were given in.
    expect(q.indexOf('// water')).toBeLessThan(q.indexOf('// tourism'));
  });

  it('has one union with one statement per filter', () => {
    const q = buildOverpassQuery(SHENYANG, ['roads', 'power', 'water', 'tourism']);
    const statements = q.split('\n').filter((l) => /^ {2}(node|way|wr|nwr)\[/.test(l));
    expect(statements).toHaveLength(4 + 3 + 6 + 7);
    expect(statements.every((s) => s.endsWith(';'))).toBe(true);
  });
});

describe('checkBbox', () => {
  it('accepts a city-sized view', () => {
    expect(checkBbox(SHENYANG, ['roads', 'power'])).toEqual({ ok: true });
  });

  it('refuses non-finite, out-of-range, inverted and empty boxes', () => {
    expect(checkBbox([NaN, 41, 123, 42])).toMatchObject({ ok: false, reason: 'not-finite' });
    expect(checkBbox([123, 41, Infinity, 42])).toMatchObject({ ok: false, reason: 'not-finite' });
    expect(checkBbox([-181, 41, -180.5, 42])).toMatchObject({ ok: false, reason: 'out-of-range' });
    expect(checkBbox([123.7, 41.6, 123.1, 42.0])).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkBbox([123.1, 42.0, 123.7, 41.6])).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkBbox([123.1, 41.6, 123.1, 42.0])).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses whole Liaoning with a bilingual "zoom in" message', () => {
    const r = checkBbox([118.8, 38.7, 125.8, 43.5], ['roads']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('too-large');
    expect(r.message.en).toContain('7.0° × 4.8°');
    expect(r.message.en).toContain('1.5° × 1.5°');
    expect(r.message.en).toMatch(/zoom in/i);
    expect(r.message.zh).toContain('请放大地图');
  });

  it('uses the strictest limit of the chosen themes, or an explicit one', () => {
    const twoDegrees: Bbox = [122, 41, 124, 43];
    expect(checkBbox(twoDegrees, ['water', 'tourism']).ok).toBe(true);
    expect(checkBbox(twoDegrees, ['water', 'power']).ok).toBe(false);
    expect(checkBbox(twoDegrees, ['roads'], 2.5).ok).toBe(true);
    expect(checkBbox([122, 41, 125.5, 42], ['tourism']).ok).toBe(false);
  });
});

describe('endpoints', () => {
  it('lists the default first, all https', () => {
    expect(OVERPASS_ENDPOINTS[0].url).toBe(DEFAULT_OVERPASS_ENDPOINT);
    expect(OVERPASS_ENDPOINTS.every((e) => e.url.startsWith('https://') && e.label.zh && e.label.en)).toBe(true);
  });

  it('accepts http(s) URLs and refuses others', () => {
    expect(validateEndpoint(' https://example.org/api/interpreter ')).toEqual({
      ok: true,
      url: 'https://example.org/api/interpreter',
    });
    expect(validateEndpoint('http://127.0.0.1:12345/api/interpreter').ok).toBe(true);
    expect(validateEndpoint('ftp://example.org/')).toMatchObject({ ok: false });
    expect(validateEndpoint('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(validateEndpoint('not a url')).toMatchObject({ ok: false });
    const cred = validateEndpoint('https://user:pw@example.org/api/interpreter');
    expect(cred.ok).toBe(false);
    if (!cred.ok) expect(cred.message.en).toMatch(/password/);
  });
});
