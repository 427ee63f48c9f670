import { describe, expect, it } from 'vitest';
import { actionForKey, countUp, layoutFor } from '../../../src/lib/briefing/briefing-keys';
import { BriefingPlayer } from '../../../src/lib/briefing/player.svelte';

describe('the briefing player', () => {
  it('moves on after each scene’s dwell time, loops, and stands still while paused', () => {
    let t = 0;
    const dwell = [10, 5, 8];
    const p = new BriefingPlayer(
      () => 3,
      (i) => dwell[i],
      () => t,
    );
    const at = (s: number) => ((t = s * 1000), p.tick());
    at(9.9);
    expect(p.index).toBe(0);
    at(10.1);
    expect(p.index).toBe(1);
    at(15.2);
    expect(p.index).toBe(2);
    at(23.3);
    expect(p.index).toBe(0); // loops
    p.togglePause();
    at(100);
    expect([p.index, p.playing]).toEqual([0, false]);
    p.togglePause();
    at(105);
    expect(p.index).toBe(0);
    expect(p.progress).toBeCloseTo(0.5, 5);
    p.previous();
    expect(p.index).toBe(2);
    p.go(7);
    expect(p.index).toBe(1);
    p.restart();
    expect([p.index, p.elapsed, p.playing]).toEqual([0, 0, true]);
    expect(p.changes).toBe(6);
  });

  it('maps a presenter’s keys to actions and ignores the rest', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'Enter'].map((k) => actionForKey(k)?.kind)).toEqual(Array(4).fill('next'));
    expect(['ArrowLeft', 'PageUp'].map((k) => actionForKey(k)?.kind)).toEqual(['previous', 'previous']);
    expect(actionForKey('p')).toEqual({ kind: 'toggle-pause' });
    expect(actionForKey('F')).toEqual({ kind: 'fullscreen' });
    expect(actionForKey('Home')).toEqual({ kind: 'restart' });
    expect(actionForKey('3')).toEqual({ kind: 'jump', index: 2 });
    expect(actionForKey('0')).toEqual({ kind: 'jump', index: 9 });
    expect(actionForKey('x')).toBeNull();
  });

  it('lays out by aspect ratio and scales type with the height of a 1080-line screen', () => {
    expect(layoutFor(1920, 1080)).toEqual({ layout: 'standard', scale: 1 });
    expect(layoutFor(3840, 2160)).toEqual({ layout: 'standard', scale: 2 });
    expect(layoutFor(5760, 1080)).toEqual({ layout: 'wide', scale: 1 });
    expect(() => layoutFor(0, 1080)).toThrow(/positive size/);
  });

  it('counts a KPI up from zero and lands exactly on its value', () => {
    expect(countUp(128, 0)).toBe(0);
    expect(countUp(128, 0.6)).toBeGreaterThan(64);
    expect(countUp(128, 1.2)).toBe(128);
    expect(countUp(128, 5)).toBe(128);
  });
});
