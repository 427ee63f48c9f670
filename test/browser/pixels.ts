import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

/** Decode a PNG screenshot once and read pixels from it. */
export function decodePng(buf: Buffer): { width: number; height: number; at(x: number, y: number): Rgb } {
  const png = PNG.sync.read(buf);
  return {
    width: png.width,
    height: png.height,
    at(x: number, y: number): Rgb {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i], png.data[i + 1], png.data[i + 2]];
    },
  };
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Euclidean RGB distance. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Colour of `fill` drawn at `alpha` over `under` (what the map shows for a semi-transparent fill). */
export function blend(fill: Rgb, under: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(fill[i] * alpha + under[i] * (1 - alpha))) as Rgb;
}

/** Fraction of pixels that differ by more than `threshold` between two same-size screenshots in a box. */
export function differingFraction(
  a: ReturnType<typeof decodePng>,
  b: ReturnType<typeof decodePng>,
  box: { x: number; y: number; w: number; h: number },
  threshold = 30,
): number {
  let diff = 0;
  let total = 0;
  for (let y = box.y; y < box.y + box.h; y += 2)
    for (let x = box.x; x < box.x + box.w; x += 2) {
      total++;
      if (colourDistance(a.at(x, y), b.at(x, y)) > threshold) diff++;
    }
  return diff / total;
}
