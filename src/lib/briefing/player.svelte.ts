/**
 * The briefing's clock: which scene is on, for how long, paused or playing, looping at the end.
 * Time comes from `now()` (performance.now by default) so tests can drive it.
 */
export class BriefingPlayer {
  index = $state(0);
  playing = $state(true);
  /** Seconds spent in the current scene (while playing). */
  elapsed = $state(0);
  /** Scene changes since start (for the long-run memory test and for diagnostics). */
  changes = $state(0);

  private last: number;

  constructor(
    private readonly count: () => number,
    private readonly dwell: (index: number) => number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  /** Advance the clock; moves to the next scene when the dwell time is up. Call every frame. */
  tick(): void {
    const t = this.now();
    const dt = (t - this.last) / 1000;
    this.last = t;
    if (!this.playing || this.count() === 0) return;
    this.elapsed += dt;
    if (this.elapsed >= this.dwell(this.index)) this.next();
  }

  /** Fraction of the current scene's dwell time that has passed (for the progress bar). */
  get progress(): number {
    return Math.min(1, this.elapsed / Math.max(0.001, this.dwell(this.index)));
  }

  go(index: number): void {
    const n = this.count();
    if (n === 0) return;
    this.index = ((index % n) + n) % n;
    this.elapsed = 0;
    this.changes++;
  }
  next(): void {
    this.go(this.index + 1);
  }
  previous(): void {
    this.go(this.index - 1);
  }
  restart(): void {
    this.go(0);
    this.playing = true;
  }
  togglePause(): void {
    this.playing = !this.playing;
    this.last = this.now();
  }
}
