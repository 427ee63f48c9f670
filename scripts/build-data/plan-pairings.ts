/**
 * Pairing-assistance lines from data/plan/plan.json and data/boundaries: helper → helped, from the
 * prefecture's label point or the county seat. A helper with no place (an enterprise) is not drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countySeatsSchema, prefecturesSchema } from '../../src/lib/data/schemas/boundaries';
import { pairingLinesSchema } from '../../src/lib/data/schemas/pairing-lines';
import { planSchema, type PlaceRef, type Plan } from '../../src/lib/data/schemas/plan';
import { DATA_DIR, writeDataset } from './lib/write-dataset';
import { planDate } from './plan/dataset-meta';

const read = (p: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, p), 'utf8'));

/** Where a place is drawn: a prefecture's label point or a county's seat. */
export function placePosition(
  place: PlaceRef,
  prefectures: Map<string, [number, number]>,
  seats: Map<string, [number, number]>,
): [number, number] {
  const pos = place.level === 'prefecture' ? prefectures.get(place.code) : seats.get(place.code);
  if (!pos) throw new Error(`no position for ${place.level} ${place.code} (${place.as_written})`);
  return pos;
}

/** The line features, in the plan's order; links without a helper place are left out. */
export function buildPairingLines(
  plan: Plan,
  prefectures: Map<string, [number, number]>,
  seats: Map<string, [number, number]>,
) {
  const names = new Map<string, { zh: string; en: string }>();
  return {
    type: 'FeatureCollection' as const,
    features: plan.pairings.flatMap((p) => {
      if (!p.from.place) return [];
      names.set(p.id, p.from.name);
      return [
        {
          type: 'Feature' as const,
          id: p.id,
          properties: {
            id: p.id,
            from_zh: p.from.name.zh,
            from_en: p.from.name.en,
            to_zh: p.to.as_written,
            to_en: p.to.as_written,
            status: p.status,
            reading_zh: p.reading.zh,
            reading_en: p.reading.en,
          },
          geometry: {
            type: 'LineString' as const,
            coordinates: [placePosition(p.from.place, prefectures, seats), placePosition(p.to, prefectures, seats)],
          },
        },
      ];
    }),
  };
}

export async function buildPlanPairings(): Promise<void> {
  const plan = planSchema.parse(read('plan/plan.json'));
  const prefectures = new Map(
    prefecturesSchema
      .parse(read('boundaries/prefectures.geojson'))
      .features.map((f) => [f.properties.code, f.properties.label_point as [number, number]]),
  );
  const seats = new Map(
    countySeatsSchema
      .parse(read('boundaries/county-seats.geojson'))
      .features.map((f) => [f.properties.code, f.geometry.coordinates as [number, number]]),
  );
  const lines = buildPairingLines(plan, prefectures, seats);
  const undrawn = plan.pairings.filter((p) => !p.from.place).map((p) => p.from.name.en);
  writeDataset(
    {
      id: 'plan-pairings',
      path: 'plan/pairings.geojson',
      title: { zh: '对口帮扶关系', en: 'Pairing assistance links' },
      description: {
        zh: '规划第五部分所列对口帮扶关系，自帮扶方（地级市标注点）指向受帮扶方（地级市标注点或县政府驻地）。',
        en: "Pairing-assistance links listed in the plan's part five, from the helper (prefecture label point) to the helped (prefecture label point or county seat).",
      },
      sources: [
        {
          kind: 'seed',
          name: '003_f3049a3e96829f5c.txt',
          version: '辽政发〔2016〕62号',
          licence: 'government document (public)',
          files: ['../shared/seeds/003_f3049a3e96829f5c.txt'],
          note: 'Links and their reading from data/plan/plan.json; positions from data/boundaries.',
        },
      ],
      date: planDate(
        'The date of the plan that lists these links:',
        ' The end points are positions of data/boundaries (NBS 2023 divisions).',
      ),
      crs: 'EPSG:4326',
      conversion: 'none (positions from data/boundaries, already WGS84)',
      accuracy: `Schematic: end points are label points and county seats, not the offices involved. Not drawn (no place given): ${undrawn.join('; ') || 'none'}.`,
    },
    pairingLinesSchema,
    lines,
  );
}
