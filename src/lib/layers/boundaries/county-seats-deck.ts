import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Point } from 'geojson';
import type { CountySeatProperties } from '../../data/schemas/boundaries';
import { hexToRgba } from '../../map/theme';
import type { DeckLayerFactory } from '../types';

type SeatFeature = Feature<Point, CountySeatProperties>;

/** County seats as a deck.gl scatterplot (loaded lazily with deck.gl). */
export const buildCountySeatsLayer: DeckLayerFactory = (data, { theme, opacity }) =>
  new ScatterplotLayer<SeatFeature>({
    id: 'county-seats',
    data: data.features as unknown as SeatFeature[],
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getFillColor: hexToRgba(theme.county_seat),
    getLineColor: hexToRgba(theme.county_seat_outline),
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    radiusUnits: 'pixels',
    getRadius: 3.5,
    radiusMinPixels: 2,
    opacity,
    pickable: true,
    autoHighlight: true,
    highlightColor: hexToRgba(theme.highlight),
  });
