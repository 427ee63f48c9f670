import type { Layer } from '@deck.gl/core';
import type { Component } from 'svelte';
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { z } from 'zod';
import type { Bilingual } from '../data/schemas/geojson';
import type { Plan } from '../data/schemas/plan';
import type { Lang } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/zh';
import type { ThemeTokens } from '../map/theme';
import type { InfraTheme } from '../infra/classes';

export type LayerGroup = 'basemap' | 'boundaries' | 'plan' | 'infrastructure' | 'sketch';
export const LAYER_GROUPS: readonly LayerGroup[] = ['basemap', 'boundaries', 'plan', 'infrastructure', 'sketch'];

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
  /** False: listed in the catalogue's field dictionary only (ids, codes, the other language's text). */
  panel?: false;
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
  /** What the planner has picked (industries …); layers that depend on it restyle when it changes. */
  focus?: PlanFocus;
  /** The layer's own loaded data, for styles and legends that list what is in it. */
  data?: AnyCollection;
  /** The style variant picked for the layer (one of its `variants`), if it has any. */
  variant?: string;
}

/** The plan and the planner's current picks, for layers drawn from the plan. */
export interface PlanFocus {
  plan: Plan | undefined;
  /** Industries picked in the plan panel (ids). */
  industries: readonly string[];
  /** A transient preview (hovering a matrix cell): these industries, limited to one prefecture if set. */
  preview: { industries: readonly string[]; prefecture?: string } | null;
  /** Provincial key counties the user loaded (codes); empty while unknown. */
  keyCounties: readonly string[];
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
  /** The layer id(s) that answer hover and click (fill, line or circle layers), topmost first. */
  interactiveLayer?: string | readonly string[];
  /** Feature property that identifies a feature (promoted to the feature id for feature-state). */
  idProperty: string;
  /** Draw from another definition's source (same dataset) instead of loading the data twice. */
  sourceOf?: string;
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
  /** Extra section of the click panel (e.g. the plan for a county), given the feature's properties. */
  panelSection?: Component<{ properties: Record<string, unknown> }>;
  legend: (ctx: RenderContext) => LegendEntry[];
  /**
   * The data lives in the browser (a list the user loaded), not in data/: never fetched, and not
   * listed in the layer panel until there is some.
   */
  local?: boolean;
  /** Alternative stylings the user can switch between (the first is the default). */
  variants?: readonly { id: string; label: Bilingual }[];
  /** Infrastructure layers: the theme they belong to (the panel groups them by it). */
  infraTheme?: InfraTheme;
  /**
   * Whether the layer has anything to draw in this context (e.g. no industry picked yet). An inactive
   * layer is kept out of rendering even when switched on, so it costs nothing.
   */
  active?: (ctx: RenderContext) => boolean;
  render: MapLibreRender | DeckRender;
}
