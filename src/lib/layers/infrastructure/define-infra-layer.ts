import type { ExpressionSpecification } from 'maplibre-gl';
import type { Bilingual } from '../../data/schemas/geojson';
import { infraCollectionSchema } from '../../data/schemas/infra';
import { classesOfTheme, type InfraTheme } from '../../infra/classes';
import type { LayerDefinition, LegendEntry, MapLibreRender, RenderContext } from '../types';
import { INFRA_FIELDS, infraFeatureTitle } from './infra-fields';
import InfraAttributes from './InfraAttributes.svelte';

export interface InfraLayerOptions {
  id: string;
  dataset: string;
  theme: InfraTheme;
  title: Bilingual;
  description: Bilingual;
  defaultVisible?: boolean;
  /** Imported layers: one colour for every class instead of the class palette. */
  color?: string;
}

const LINES: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const AREAS: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const POINTS: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
/** Water classes are drawn as water; other areas (a plant's fence, a scenic area) only tinted. */
const WATER_AREA: ExpressionSpecification = ['in', ['get', 'class'], ['literal', ['reservoir', 'lake', 'water_body']]];

/** A MapLibre `match` on the feature's class; built from data, so typed loosely then cast. */
function matchClass(
  theme: InfraTheme,
  value: (k: ReturnType<typeof classesOfTheme>[number]) => string | number,
  fallback: string | number,
): ExpressionSpecification {
  return [
    'match',
    ['get', 'class'],
    ...classesOfTheme(theme).flatMap((k) => [k.id, value(k)]),
    fallback,
  ] as unknown as ExpressionSpecification;
}

/** Class colour as a MapLibre `match` over the theme's classes. */
function colorBy(ctx: RenderContext, theme: InfraTheme, fixed?: string): ExpressionSpecification | string {
  if (fixed) return fixed;
  return matchClass(theme, (k) => ctx.theme.infra[k.id as keyof typeof ctx.theme.infra], '#777777');
}

/** Line width by class rank, growing with zoom: rank 1 is the thickest. */
function widthBy(theme: InfraTheme, scale: number): ExpressionSpecification {
  const byRank = (z: number) => matchClass(theme, (k) => ((5 - k.rank) * 0.45 + 0.3) * z * scale, 1);
  return ['interpolate', ['linear'], ['zoom'], 6, byRank(0.8), 10, byRank(1.6), 14, byRank(3)];
}

/** Dot radius by class rank. */
function radiusBy(theme: InfraTheme): ExpressionSpecification {
  const byRank = (z: number) => matchClass(theme, (k) => (6 - k.rank) * z, 3);
  return ['interpolate', ['linear'], ['zoom'], 6, byRank(0.9), 10, byRank(1.4), 14, byRank(2)];
}

/** Legend: the theme's classes present in the data (all of the theme's classes before it loads). */
function legendFor(theme: InfraTheme, fixed?: string) {
  return (ctx: RenderContext): LegendEntry[] => {
    const present = ctx.data ? new Set(ctx.data.features.map((f) => f.properties.class)) : null;
    return classesOfTheme(theme)
      .filter((k) => !present || present.has(k.id))
      .map((k) => ({
        label: k.label,
        shape: k.geometry[0] === 'line' ? 'line' : k.geometry[0] === 'area' ? 'fill' : 'circle',
        color: fixed ?? ctx.theme.infra[k.id as keyof typeof ctx.theme.infra],
        outline: k.geometry[0] === 'point' ? '#ffffff' : undefined,
      }));
  };
}

/**
 * One infrastructure layer (bundled, generated or imported): lines, areas and dots styled by class
 * from the theme tokens, with a legend of the classes present and the class-aware tooltip fields.
 */
export function defineInfraLayer(o: InfraLayerOptions): LayerDefinition {
  const { id, theme } = o;
  const render: MapLibreRender = {
    kind: 'maplibre',
    idProperty: 'id',
    interactiveLayer: [`${id}-point`, `${id}-line`, `${id}-area`],
    layers: (ctx) => {
      const color = colorBy(ctx, theme, o.color);
      const op = ctx.opacity;
      return [
        {
          id: `${id}-area`,
          slot: 'fill',
          type: 'fill',
          filter: AREAS,
          paint: {
            'fill-color': color,
            'fill-opacity': ['case', WATER_AREA, 0.75 * op, 0.22 * op],
            'fill-outline-color': color,
          },
        },
        {
          id: `${id}-line`,
          slot: 'line',
          type: 'line',
          filter: LINES,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': color,
            'line-width': widthBy(theme, theme === 'water' ? 0.8 : 1),
            'line-opacity': op,
          },
        },
        {
          // Rail is drawn the conventional way: a dark line with white dashes over it.
          id: `${id}-rail-dash`,
          slot: 'line',
          type: 'line',
          filter: ['all', LINES, ['==', ['get', 'class'], 'railway']],
          paint: { 'line-color': '#ffffff', 'line-width': 1.2, 'line-dasharray': [3, 3], 'line-opacity': op },
        },
        {
          id: `${id}-point`,
          slot: 'point',
          type: 'circle',
          filter: POINTS,
          paint: {
            'circle-color': color,
            'circle-radius': radiusBy(theme),
            'circle-stroke-color': [
              'case',
              ['boolean', ['feature-state', 'hover'], false],
              ctx.theme.highlight,
              '#ffffff',
            ],
            'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.2],
            'circle-opacity': op,
            'circle-stroke-opacity': op,
          },
        },
      ];
    },
  };
  return {
    id,
    dataset: o.dataset,
    group: 'infrastructure',
    title: o.title,
    description: o.description,
    schema: infraCollectionSchema,
    defaultVisible: o.defaultVisible ?? false,
    defaultOpacity: 1,
    fields: INFRA_FIELDS,
    tooltipFields: ['class', 'ref', 'voltage_kv', 'capacity_mw'],
    featureTitle: infraFeatureTitle,
    panelTitle: 'infra_panel_title',
    panelSection: InfraAttributes,
    legend: legendFor(theme, o.color),
    infraTheme: theme,
    render,
  };
}
