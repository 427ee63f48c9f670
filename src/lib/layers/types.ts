import type { Layer } from '@deck.gl/core';
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { z } from 'zod';
import type { Bilingual } from '../data/schemas/geojson';
import type { Lang } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/zh';
import type { ThemeTokens } from '../map/theme';

export type LayerGroup = 'basemap' | 'boundaries';
export const LAYER_GROUPS: readonly LayerGroup[] = ['basemap', 'boundaries'];

export type AnyFeature = Feature<Geometry, Record<string, unknown>>;
export type AnyCollection = FeatureCollection<Geometry, Record<string, unknown>>;

/** One attribute of a layer: shown in tooltips and panels, listed in the catalogue's field dictionary. */
export interface FieldDefinition {
  key: string;
  label: MessageKey;
  type: 'string' | 'number' | 'code' | 'position' | 'enum';
  unit?: 'km2';
  /** Turns the raw value into display text; default is String(value). */
  format?: (value: unknown, lang: Lang, props: Record<string, unknown>) => string;
}

export interface LegendEntry {
  label: Bilingual;
  shape: 'fill' | 'line' | 'circle';
  color: string;
  outline?: string;
}

export interface RenderContext {
  theme: ThemeTokens;
  lang: Lang;
  /** 0–1, from the layer panel's slider. */
  opacity: number;
}

/**
 * Where a MapLibre layer sits in the stack: every definition's fills come first, then lines, then
 * labels, so labels of one layer are never covered by the fills of the next.
 */
export type Slot = 'fill' | 'line' | 'point' | 'label';
export const SLOT_ORDER: readonly Slot[] = ['fill', 'line', 'point', 'label'];

export interface MapLibreRender {
  kind: 'maplibre';
  /** Layer specs without `source`; the wiring sets the source to the definition id (or its label source). */
  layers: (ctx: RenderContext) => (Omit<LayerSpecification, 'source'> & { slot: Slot; labels?: boolean })[];
  /** If set, a point source `<id>-labels` is derived from the features for label placement. */
  labelPoint?: (feature: AnyFeature) => [number, number] | null;
  /** The layer id that answers hover and click (a fill or line or circle layer). */
  interactiveLayer?: string;
  /** Feature property that identifies a feature (promoted to the feature id for feature-state). */
  idProperty: string;
}

/** Builds a deck.gl layer from a definition's data and render context. */
export type DeckLayerFactory = (data: AnyCollection, ctx: RenderContext) => Layer;

export interface DeckRender {
  kind: 'deck';
  /** Loads the factory on demand, so deck.gl stays out of the first JS chunk. */
  load: () => Promise<DeckLayerFactory>;
}

/**
 * A layer, declared once. The map, the legend, the layer panel, tooltips, feature panels, the
 * briefing and the download catalogue are all derived from these definitions.
 */
export interface LayerDefinition {
  id: string;
  /** Manifest id of the dataset that feeds the layer. */
  dataset: string;
  group: LayerGroup;
  title: Bilingual;
  description: Bilingual;
  schema: z.ZodType<unknown>;
  defaultVisible: boolean;
  defaultOpacity: number;
  fields: readonly FieldDefinition[];
  /** Keys of `fields` shown in the hover tooltip (the title line comes from `featureTitle`). */
  tooltipFields: readonly string[];
  /** The display name of one feature. */
  featureTitle?: (props: Record<string, unknown>, lang: Lang) => string;
  /** Heading of the click panel for this layer's features. */
  panelTitle?: MessageKey;
  /** Legend entries; `data` is the layer's loaded data, for legends that list what is in it. */
  legend: (ctx: RenderContext & { data?: AnyCollection }) => LegendEntry[];
  render: MapLibreRender | DeckRender;
}
