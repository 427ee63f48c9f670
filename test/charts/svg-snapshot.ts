import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '__snapshots__');
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A detached <svg> in the jsdom document. */
export function createSvg(): SVGSVGElement {
  return document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
}

/** One element per line, numbers rounded to 2 decimals: stable and readable in a diff. */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  return (
    copy.outerHTML
      .replace(/(\d+\.\d{3,})/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>')
      .replace(/></g, '>\n<') + '\n'
  );
}

function shortDiff(expected: string, actual: string, context = 8): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ea = a.length - 1;
  let eb = b.length - 1;
  while (ea > i && eb > i && a[ea] === b[eb]) {
    ea--;
    eb--;
  }
  const removed = a.slice(i, Math.min(ea + 1, i + context)).map((l) => `- ${l}`);
  const added = b.slice(i, Math.min(eb + 1, i + context)).map((l) => `+ ${l}`);
  const more = Math.max(ea + 1 - i - context, eb + 1 - i - context, 0);
  return [`first difference at line ${i + 1}:`, ...removed, ...added, more ? `… and ${more} more lines` : '']
    .filter(Boolean)
    .join('\n');
}

/**
 * Compare the SVG with `__snapshots__/<name>.svg`. The file is written when missing or with
 * UPDATE=1; on a mismatch `<name>-changed.svg` is written beside it (open both in a browser).
 */
export function expectSvgSnapshot(svg: SVGSVGElement, name: string): void {
  const actual = serializeSvg(svg);
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  mkdirSync(DIR, { recursive: true });
  if (process.env.UPDATE || !existsSync(file)) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `${name}.svg differs from the stored snapshot; wrote ${name}-changed.svg (UPDATE=1 accepts it)\n` +
      shortDiff(expected, actual),
  );
}
