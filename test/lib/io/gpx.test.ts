import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/lib/io/formats/read-files';
import { gpxDocument } from '../../fixtures/io/make-xml';
import { textFile } from '../../fixtures/io/make-zip';

describe('GPX reader', () => {
  it('reads waypoints, routes and tracks, told apart by gpx_type', async () => {
    const gpx = gpxDocument({
      waypoints: [
        { lon: 122.9839, lat: 39.6876, name: '庄河', desc: '<i>港口</i>' },
        { lon: 121.6147, lat: 38.914, name: '大连' },
      ],
      route: {
        name: '沿海路线',
        points: [
          [121.6, 38.9],
          [122.0, 39.2],
          [122.9, 39.7],
        ],
      },
      track: {
        name: '巡线',
        segments: [
          [
            [123.0, 41.0],
            [123.1, 41.1],
          ],
          [
            [123.2, 41.2],
            [123.3, 41.3],
          ],
        ],
      },
    });
    const [layer] = await readFiles([textFile('巡检.gpx', gpx)]);
    expect(layer.format).toBe('gpx');
    expect(layer.features.map((f) => [f.properties.gpx_type, f.properties.name, f.geometry.type])).toEqual([
      ['waypoint', '庄河', 'Point'],
      ['waypoint', '大连', 'Point'],
      ['route', '沿海路线', 'LineString'],
      ['track', '巡线', 'MultiLineString'],
    ]);
    expect(layer.features[0].properties.desc).toBe('<i>港口</i>');
    expect(layer.features[0].geometry).toEqual({ type: 'Point', coordinates: [122.9839, 39.6876] });
    expect(layer.features[3].geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [123.0, 41.0],
          [123.1, 41.1],
        ],
        [
          [123.2, 41.2],
          [123.3, 41.3],
        ],
      ],
    });
    expect(Object.keys(layer.features[3].properties)).not.toContain('coordinateProperties');
    expect(layer.crs.crs).toEqual({ kind: 'wgs84' });
  });

  it('rejects XML that is not GPX', async () => {
    await expect(readFiles([textFile('a.gpx', '<kml></kml>')])).rejects.toThrow(
      'a.gpx: is XML but not GPX (its root element is <kml>)',
    );
  });
});
