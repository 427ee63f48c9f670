/** Round to 6 decimals (~0.1 m), normalising -0 to 0. */
function round6(v: number): number {
  const r = Math.round(v * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * [west, south, east, north] over every coordinate in a GeoJSON value (geometry, feature,
 * collection, or any object holding them), rounded to 6 decimals; [0, 0, 0, 0] if there are none.
 */
export function computeBbox(value: unknown): [number, number, number, number] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      if (c[0] < b[0]) b[0] = c[0];
      if (c[1] < b[1]) b[1] = c[1];
      if (c[0] > b[2]) b[2] = c[0];
      if (c[1] > b[3]) b[3] = c[1];
    } else c.forEach(walk);
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { coordinates?: unknown };
    if (n.coordinates !== undefined) walk(n.coordinates);
    else for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  if (!Number.isFinite(b[0])) return [0, 0, 0, 0];
  return [round6(b[0]), round6(b[1]), round6(b[2]), round6(b[3])];
}
