import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { digestHex, loadDataset, loadManifest, sha256Hex } from '../../../src/lib/data/load-dataset';
import type { Manifest } from '../../../src/lib/data/schemas/manifest';

const schema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.object({ id: z.string() })) });
const good = '{"type":"FeatureCollection","features":[{"id":"a"}]}';

function manifestFor(text: string): Manifest {
  return {
    name: 'liaoning-rural-industry-atlas-data',
    schema_version: 1,
    datasets: [
      {
        id: 'things',
        path: 'x/things.geojson',
        title: { zh: '东西', en: 'Things' },
        description: { zh: '东西', en: 'Things' },
        sources: [{ kind: 'npm', name: 'p', version: '1.0.0', licence: 'MIT', files: ['f'] }],
        date: { value: '2024', kind: 'edition', note: 'test' },
        crs: 'EPSG:4326',
        conversion: 'none',
        accuracy: 'test',
        feature_count: 1,
        bbox: [0, 0, 0, 0],
        bytes: new TextEncoder().encode(text).length,
        sha256: sha256Hex(new TextEncoder().encode(text)),
      },
    ],
  };
}

const serve = (files: Record<string, string | number>) => async (url: string) => {
  const body = files[url];
  if (typeof body === 'number') return new Response('', { status: body });
  if (body === undefined) throw new TypeError('Failed to fetch');
  return new Response(body);
};

describe('loadDataset', () => {
  it('returns the validated data when size, hash and schema agree', async () => {
    const r = await loadDataset(manifestFor(good), 'things', schema, '/d/', serve({ '/d/x/things.geojson': good }));
    expect(r.ok && r.data.features[0].id).toBe('a');
  });

  it('reports a changed file as a checksum mismatch, naming the file', async () => {
    const changed = good.replace('"a"', '"b"');
    const r = await loadDataset(manifestFor(good), 'things', schema, '/d/', serve({ '/d/x/things.geojson': changed }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('hash');
      expect(r.error.file).toBe('data/x/things.geojson');
    }
  });

  it('reports invalid JSON and schema errors with their detail', async () => {
    const bad = '{"type":"FeatureCollection","features":[';
    const r1 = await loadDataset(manifestFor(bad), 'things', schema, '/d/', serve({ '/d/x/things.geojson': bad }));
    expect(!r1.ok && r1.error.kind).toBe('json');
    const wrong = '{"type":"FeatureCollection","features":[{"id":7}]}';
    const r2 = await loadDataset(manifestFor(wrong), 'things', schema, '/d/', serve({ '/d/x/things.geojson': wrong }));
    expect(!r2.ok && r2.error.kind === 'schema' && r2.error.detail).toBe(
      'things.features[0].id: Invalid input: expected string, received number',
    );
  });

  it('reports HTTP errors, network errors and datasets missing from the manifest', async () => {
    const m = manifestFor(good);
    const r1 = await loadDataset(m, 'things', schema, '/d/', serve({ '/d/x/things.geojson': 404 }));
    expect(!r1.ok && r1.error.kind === 'fetch' && r1.error.detail).toBe('HTTP 404');
    const r2 = await loadDataset(m, 'things', schema, '/d/', serve({}));
    expect(!r2.ok && r2.error.kind === 'fetch' && r2.error.detail).toBe('Failed to fetch');
    const r3 = await loadDataset(m, 'other', schema, '/d/', serve({}));
    expect(!r3.ok && r3.error.kind).toBe('not_in_manifest');
  });
});

describe('loadManifest', () => {
  it('validates the manifest and says where it is wrong', async () => {
    const m = manifestFor(good);
    await expect(loadManifest('/d/', serve({ '/d/manifest.json': JSON.stringify(m) }))).resolves.toEqual(m);
    const broken = { ...m, datasets: [{ ...m.datasets[0], sha256: 'xyz' }] };
    await expect(loadManifest('/d/', serve({ '/d/manifest.json': JSON.stringify(broken) }))).rejects.toThrow(
      /^manifest\.datasets\[0\]\.sha256: /,
    );
  });
});

describe('digestHex', () => {
  it('matches the JavaScript sha256 and the known digest of "abc"', async () => {
    const abc = new TextEncoder().encode('abc');
    const known = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sha256Hex(abc)).toBe(known);
    await expect(digestHex(abc)).resolves.toBe(known);
  });
});
