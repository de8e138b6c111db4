import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  THROTTLE_FLOOR_MS,
  backoffCeiling,
  backoffDelay,
} from '../../../../main/engine/pollers';

describe('backoff schedule', () => {
  it('doubles from 1 s and stops at the 60 s cap', () => {
    expect(Array.from({ length: 9 }, (_, n) => backoffCeiling(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect(backoffCeiling(5_000)).toBe(BACKOFF_CAP_MS);
    expect(backoffCeiling(-3)).toBe(BACKOFF_BASE_MS);
  });

  it('uses full jitter: anywhere from 0 up to (not including) the ceiling', () => {
    expect(backoffDelay(0, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(4_000);
    expect(backoffDelay(10, () => 0.999_999)).toBeLessThan(BACKOFF_CAP_MS);
    fc.assert(
      fc.property(fc.nat(200), fc.double({ min: 0, max: 1, maxExcluded: true }), (n, r) => {
        const delay = backoffDelay(n, () => r);
        return delay >= 0 && delay < backoffCeiling(n) && delay <= BACKOFF_CAP_MS;
      }),
    );
  });

  it('spreads delays over the whole range rather than clustering at the ceiling', () => {
    let seed = 1;
    const random = (): number => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    const delays = Array.from({ length: 2_000 }, () => backoffDelay(6, random));
    const below = (ms: number): number => delays.filter((d) => d < ms).length / delays.length;
    expect(below(15_000)).toBeGreaterThan(0.2);
    expect(below(15_000)).toBeLessThan(0.3);
    expect(below(45_000)).toBeGreaterThan(0.7);
    expect(below(45_000)).toBeLessThan(0.8);
  });

  it('never goes below the throttle floor of 1 s', () => {
    const throttled = { floorMs: THROTTLE_FLOOR_MS };
    expect(backoffDelay(0, () => 0, throttled)).toBe(1_000);
    expect(backoffDelay(0, () => 0.9, throttled)).toBe(1_000);
    expect(backoffDelay(1, () => 0.5, throttled)).toBe(1_500);
    expect(backoffDelay(20, () => 0, throttled)).toBe(1_000);
  });

  it('keeps a misbehaving random source inside the bounds', () => {
    for (const bad of [-1, 1, 7, Number.NaN, Infinity]) {
      const delay = backoffDelay(2, () => bad);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(4_000);
    }
  });

  it('honours a custom base and cap', () => {
    expect(backoffCeiling(4, { baseMs: 100, capMs: 1_000 })).toBe(1_000);
    expect(backoffCeiling(2, { baseMs: 100, capMs: 1_000 })).toBe(400);
  });
});
