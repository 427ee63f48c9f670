import type { StyleSpecification } from 'maplibre-gl';
import type { ThemeTokens } from './theme';

/**
 * The style the map starts from: only the sea as background. Sources and layers come from the
 * layer registry. No `glyphs`: MapLibre renders labels locally with the bundled font, so the
 * offline atlas requests no glyph server.
 */
export function buildBaseStyle(theme: ThemeTokens): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme.sea } }],
  };
}
