import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';

const DATA = resolve(import.meta.dirname, '../../data');

describe('data/README.md dates', () => {
  it('lists every manifest dataset with the date and kind the manifest gives', () => {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')));
    const readme = readFileSync(resolve(DATA, 'README.md'), 'utf8');
    const rows = new Map(
      [...readme.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \| ([a-z-]+) \|$/gm)].map((m) => [m[1], [m[2].trim(), m[3]]]),
    );
    // Datasets a user generates locally (npm run data:osm / data:fetch) are not in the shipped README.
    const shipped = manifest.datasets.filter((d) => !/^(osm|ne|wri)-/.test(d.id));
    expect([...rows.keys()].sort()).toEqual(shipped.map((d) => d.id).sort());
    for (const d of shipped) expect(rows.get(d.id), d.id).toEqual([d.date.value ?? '—', d.date.kind]);
  });
});
