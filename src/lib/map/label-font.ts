import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/600.css';

/** The bundled label and interface font (OFL-1.1, split by unicode-range so only used glyphs load). */
export const LABEL_FONT_FAMILY = 'Noto Sans SC';

/**
 * Make sure the font files covering `text` are loaded before MapLibre draws labels: MapLibre
 * caches glyphs once drawn, so a label drawn with a fallback font would stay that way.
 * Resolves even if the font cannot load (labels then use the system font).
 */
export async function loadLabelFont(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const unique = [...new Set(text)].join('');
  try {
    // Map labels use the regular weight only (MapLibre reads weight from the font name).
    await document.fonts.load(`400 16px "${LABEL_FONT_FAMILY}"`, unique);
  } catch {
    // Fall back silently: the map stays usable with the system font.
  }
}
