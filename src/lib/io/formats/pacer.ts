/**
 * Cancellation and progress for readers that may run for seconds on big files. Readers call
 * `due()` cheaply inside their loops and `await pause()` when it says so: that is where the abort
 * signal is checked, progress reported and the event loop given a turn (so that, in a worker, a
 * cancel message can arrive at all).
 */

/** How long a reader may run before giving the event loop a turn. */
const YIELD_MS = 40;
/** "Called at most every few hundred ms" (ReadOptions.onProgress). */
const REPORT_MS = 200;

/** The error a cancelled read rejects with: a DOMException named AbortError, as fetch() uses. */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('Reading the files was cancelled', 'AbortError');
}

/** Throws an AbortError when `signal` has been aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}

interface SharedState {
  lastYield: number;
  lastReport: number;
  lastFraction: number;
}

/** Paces one piece of work: a share [start, start + span] of the whole read. */
export class Pacer {
  private constructor(
    private readonly signal: AbortSignal | undefined,
    private readonly onProgress: ((fraction: number) => void) | undefined,
    private readonly state: SharedState,
    private readonly start: number,
    private readonly span: number,
  ) {}

  /** A pacer for a whole read. */
  static create(signal?: AbortSignal, onProgress?: (fraction: number) => void): Pacer {
    return new Pacer(signal, onProgress, { lastYield: Date.now(), lastReport: -Infinity, lastFraction: 0 }, 0, 1);
  }

  /** A pacer for the part of this one's work from `from` to `to` (fractions of this work). */
  sub(from: number, to: number): Pacer {
    return new Pacer(this.signal, this.onProgress, this.state, this.start + from * this.span, (to - from) * this.span);
  }

  /** Throws an AbortError if the read was cancelled. */
  check(): void {
    throwIfAborted(this.signal);
  }

  /** True when the reader has run long enough that it should `await pause()`. */
  due(): boolean {
    return Date.now() - this.state.lastYield >= YIELD_MS;
  }

  /** Checks for cancellation, reports `fraction` of this work done, and yields to the event loop. */
  async pause(fraction: number): Promise<void> {
    this.check();
    this.report(fraction);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.state.lastYield = Date.now();
    this.check();
  }

  /** Reports progress, at most every REPORT_MS unless `force`; never goes backwards. */
  report(fraction: number, force = false): void {
    if (!this.onProgress) return;
    const overall = Math.min(1, Math.max(this.state.lastFraction, this.start + this.span * clamp01(fraction)));
    const now = Date.now();
    if (!force && now - this.state.lastReport < REPORT_MS) return;
    this.state.lastReport = now;
    this.state.lastFraction = overall;
    this.onProgress(overall);
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
