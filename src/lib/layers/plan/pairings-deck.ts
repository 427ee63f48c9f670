import { ArcLayer } from '@deck.gl/layers';
import type { Feature, LineString } from 'geojson';
import { hexToRgba } from '../../map/theme';
import type { DeckLayerFactory } from '../types';

type PairingFeature = Feature<LineString, { id: string; status: 'continuing' | 'new' }>;

/** Arcs from helper to helped; colour by whether the plan continues or adds the link. */
export const buildPairingsLayer: DeckLayerFactory = (data, { theme, opacity }) =>
  new ArcLayer<PairingFeature>({
    id: 'pairings',
    data: data.features as unknown as PairingFeature[],
    getSourcePosition: (f) => f.geometry.coordinates[0] as [number, number],
    getTargetPosition: (f) => f.geometry.coordinates[f.geometry.coordinates.length - 1] as [number, number],
    getSourceColor: (f) => hexToRgba(f.properties.status === 'new' ? theme.pairing_new : theme.pairing_continuing, 120),
    getTargetColor: (f) => hexToRgba(f.properties.status === 'new' ? theme.pairing_new : theme.pairing_continuing, 255),
    getWidth: 4,
    widthUnits: 'pixels',
    getHeight: 0.5,
    opacity,
    pickable: true,
    autoHighlight: true,
    highlightColor: hexToRgba(theme.highlight),
  });
