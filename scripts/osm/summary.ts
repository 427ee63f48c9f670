/** Console summary of the import commands: features per class, in the declared class order. */
import { INFRA_CLASSES } from '../../src/lib/infra/classes';

/** Print a table of feature counts per theme and class; classes with no feature are left out. */
export function printClassTable(features: readonly { properties: { class: string } }[], log = console.log): void {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(f.properties.class, (counts.get(f.properties.class) ?? 0) + 1);
  const rows = INFRA_CLASSES.filter((k) => counts.has(k.id)).map((k) => [
    k.theme,
    k.id,
    k.label.zh,
    String(counts.get(k.id)),
  ]);
  rows.push(['', 'total', '合计', String(features.length)]);
  const head = ['theme', 'class', '类别', 'features'];
  // CJK characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? ' '.repeat(cols[i] - width(c)) + c : c + ' '.repeat(cols[i] - width(c))))
      .join('  ');
  log(line(head));
  log(cols.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) log(line(r));
}
