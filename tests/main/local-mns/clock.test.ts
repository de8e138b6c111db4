import { describe, expect, it } from 'vitest';

import { createManualClock, createSystemClock } from '../../../main/local-mns';

describe('manual clock', () => {
  it('fires due timers in due-time order, each seeing its own due time', () => {
    const clock = createManualClock(1_000);
    const fired: string[] = [];
    clock.setTimer(() => fired.push(`b@${clock.now()}`), 200);
    clock.setTimer(() => fired.push(`a@${clock.now()}`), 100);
    clock.setTimer(() => fired.push(`c@${clock.now()}`), 300);
    clock.advance(250);
    expect(fired).toEqual(['a@1100', 'b@1200']);
    expect(clock.now()).toBe(1_250);
    expect(clock.pendingTimers()).toBe(1);
  });

  it('runs timers scheduled by firing timers within the same advance', () => {
    const clock = createManualClock(0);
    const fired: number[] = [];
    clock.setTimer(() => {
      fired.push(clock.now());
      clock.setTimer(() => fired.push(clock.now()), 10);
    }, 10);
    clock.advance(100);
    expect(fired).toEqual([10, 20]);
  });

  it('keeps insertion order for timers due at the same moment and honours clearTimer', () => {
    const clock = createManualClock(0);
    const fired: string[] = [];
    clock.setTimer(() => fired.push('first'), 5);
    const cancelled = clock.setTimer(() => fired.push('cancelled'), 5);
    clock.setTimer(() => fired.push('second'), 5);
    clock.clearTimer(cancelled);
    clock.advance(5);
    expect(fired).toEqual(['first', 'second']);
  });

  it('set() forward fires due timers; set() backward fires none', () => {
    const clock = createManualClock(100);
    const fired: number[] = [];
    clock.setTimer(() => fired.push(clock.now()), 50);
    clock.set(50);
    expect(fired).toEqual([]);
    expect(clock.now()).toBe(50);
    clock.set(1_000);
    expect(fired).toEqual([150]);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});

describe('system clock', () => {
  it('reports machine time plus the offset', () => {
    const clock = createSystemClock(20 * 60_000);
    const skew = clock.now() - Date.now();
    expect(skew).toBeGreaterThanOrEqual(20 * 60_000 - 50);
    expect(skew).toBeLessThanOrEqual(20 * 60_000 + 50);
  });

  it('fires timers and lets them be cleared', async () => {
    const clock = createSystemClock();
    const cleared = clock.setTimer(() => {
      throw new Error('a cleared timer fired');
    }, 1);
    clock.clearTimer(cleared);
    await new Promise<void>((resolve) => clock.setTimer(resolve, 1));
  });
});
