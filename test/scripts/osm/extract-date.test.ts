import { describe, expect, it } from 'vitest';
import { extractDate } from '../../../scripts/osm/osm-datasets';

const base = { file: '/tmp/x/liaoning.osm', osmium: null, modified: '2024-03-02T23:59:00.000Z' };

describe('extractDate', () => {
  it('dates an extract by its header timestamp, as of that day', () => {
    expect(
      extractDate({ ...base, date: { timestamp: '2024-05-07T21:00:00Z', how: 'timestamp in the file header' } }),
    ).toEqual({
      value: '2024-05-07',
      kind: 'as-of',
      note: 'OpenStreetMap as of 2024-05-07T21:00:00Z, the timestamp in the file header of liaoning.osm.',
    });
  });

  it("falls back to the file's modification time, as a retrieval date, when the file has no timestamp", () => {
    expect(extractDate({ ...base, date: null })).toEqual({
      value: '2024-03-02',
      kind: 'retrieved',
      note: 'The modification time of liaoning.osm (2024-03-02T23:59:00.000Z): the file carries no timestamp, in its header or on its objects.',
    });
  });
});
