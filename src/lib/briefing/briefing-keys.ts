/** What a key (or a presenter's clicker, which sends the same keys) does in the briefing. */
export type BriefingAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'toggle-pause' }
  | { kind: 'fullscreen' }
  | { kind: 'restart' }
  | { kind: 'jump'; index: number };

/**
 * The action for a key: → / PageDown / space / Enter next, ← / PageUp back, P pause, F full screen,
 * Home restart, 1–9 jump to that scene (0 to the tenth). Null for any other key.
 */
export function actionForKey(key: string): BriefingAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'previous' };
    case 'p':
    case 'P':
      return { kind: 'toggle-pause' };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case 'Home':
      return { kind: 'restart' };
  }
  if (/^[0-9]$/.test(key)) return { kind: 'jump', index: key === '0' ? 9 : Number(key) - 1 };
  return null;
}

/** Screen layout by aspect ratio: map-dominant at 16:9, side panels on ultra-wide walls. */
export function layoutFor(width: number, height: number): { layout: 'standard' | 'wide'; scale: number } {
  if (!(width > 0 && height > 0)) throw new RangeError(`layoutFor: expected a positive size, got ${width}×${height}`);
  // Type is sized for 1080 lines; a 4K wall scales it ×2, a 5760×1080 wall keeps ×1.
  const scale = Math.min(width / 1920, height / 1080);
  return { layout: width / height >= 2.4 ? 'wide' : 'standard', scale: Math.max(0.5, scale) };
}

/** Ease-out count-up: the value shown `t` seconds into a `duration`-second count from 0. */
export function countUp(value: number, t: number, duration = 1.2): number {
  if (t >= duration) return value;
  if (t <= 0) return 0;
  const x = t / duration;
  return value * (1 - Math.pow(1 - x, 3));
}
