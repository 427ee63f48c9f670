import { describe, expect, it } from 'vitest';
import { readFiles, readFilesSettled } from '../../../src/lib/io/formats/read-files';
import { ReadError } from '../../../src/lib/io/formats/types';
import { makeBigCsv } from '../../fixtures/io/make-csv';
import { makeShapefile } from '../../fixtures/io/make-shapefile';
import { kmlDocument, placemark } from '../../fixtures/io/make-xml';
import { makeZip, textFile } from '../../fixtures/io/make-zip';

const roads = () =>
  makeShapefile({
    name: '道路',
    type: 'polyline',
    fields: [{ name: '名称', type: 'C', length: 20 }],
    records: [
      {
        geometry: [
          [
            [121, 39],
            [122, 40],
          ],
        ],
        values: ['沈海高速'],
      },
    ],
    cpg: 'GBK',
  });
const geojson = textFile(
  '点.geojson',
  JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [121, 40] }, properties: { a: 1 } }),
);
const csv = textFile('表.csv', 'name,lon,lat\n甲,121,40\n');

describe('readFiles', () => {
  it('reads several formats dropped together, ignoring shapefile sidecars', async () => {
    const sidecars = [textFile('道路.sbn', 'x'), textFile('道路.shp.xml', '<metadata/>')];
    const layers = await readFiles([...roads(), ...sidecars, geojson, csv]);
    expect(layers.map((l) => [l.name, l.format, l.features.length])).toEqual([
      ['点', 'geojson', 1],
      ['表', 'csv', 1],
      ['道路', 'shapefile', 1],
    ]);
    expect(layers[2].features[0].properties.名称).toBe('沈海高速');
  });

  it('rejects an unknown file, saying which formats are accepted', async () => {
    const error = await readFiles([textFile('报告.docx', 'PK?')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).file).toBe('报告.docx');
    expect((error as Error).message).toMatch(
      /^报告\.docx: is not a format this reader accepts; accepted are GeoJSON .*CSV.*shapefile.*KML.*KMZ.*GPX/,
    );
  });

  it('recognises files by their content when the extension does not say', async () => {
    const kml = kmlDocument(placemark({ name: 'p', geometry: '<Point><coordinates>121,40</coordinates></Point>' }));
    const [shp, shx, dbf] = roads();
    const layers = await readFiles([
      textFile('export', kml),
      textFile('data.dat', JSON.stringify({ type: 'Point', coordinates: [121, 40] })),
      { name: '道路.bin', bytes: shp.bytes },
      shx,
      dbf,
    ]);
    expect(layers.map((l) => [l.name, l.format])).toEqual([
      ['export', 'kml'],
      ['data', 'geojson'],
      ['道路', 'shapefile'],
    ]);
  });

  it('reads zips inside zips', async () => {
    const inner = makeZip('inner.zip', roads());
    const [layer] = await readFiles([makeZip('outer.zip', [inner])]);
    expect(layer.files[0]).toBe('outer.zip/inner.zip/道路.shp');
  });

  it('keeps the layers it can read when another file fails (readFilesSettled), and rejects with that error otherwise', async () => {
    const broken = textFile('坏.geojson', '{');
    const { layers, errors } = await readFilesSettled([geojson, broken]);
    expect(layers.map((l) => l.name)).toEqual(['点']);
    expect(errors.map((e) => e.file)).toEqual(['坏.geojson']);
    await expect(readFiles([geojson, broken])).rejects.toThrow(/^坏\.geojson: is not valid JSON/);
  });

  it('reports progress from 0 to 1, never going backwards', async () => {
    const progress: number[] = [];
    await readFiles([{ name: 'a.csv', bytes: makeBigCsv(100_000) }, ...roads(), geojson], {
      onProgress: (f) => progress.push(f),
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
  });

  it('rejects with an AbortError when the signal is already aborted, or aborted between files', async () => {
    const aborted = AbortSignal.abort();
    await expect(readFiles([geojson], { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    let calls = 0;
    const read = readFiles([geojson, csv, ...roads()], {
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 1) controller.abort();
      },
    });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('returns no layers for no files', async () => {
    expect(await readFiles([])).toEqual([]);
  });
});
