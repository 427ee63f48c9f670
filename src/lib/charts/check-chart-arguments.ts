/**
 * The argument checks every chart renderer starts with: errors name the renderer and the path,
 * e.g. `renderIndustryMatrix: colors.none: expected a colour string`.
 */
export function chartChecks(renderer: string) {
  const fail = (path: string, message: string): never => {
    throw new Error(`${renderer}: ${path}: ${message}`);
  };
  return {
    fail,
    /** The target must be an `<svg>` element. */
    svg(svg: unknown): void {
      if (!svg || (svg as Element).tagName?.toLowerCase() !== 'svg') fail('svg', 'expected an <svg> element');
    },
    /** Each named theme colour must be given as a string. */
    colors<K extends string>(colors: Partial<Record<K, unknown>> | undefined, keys: readonly K[]): void {
      for (const key of keys) if (typeof colors?.[key] !== 'string') fail(`colors.${key}`, 'expected a colour string');
    },
  };
}
