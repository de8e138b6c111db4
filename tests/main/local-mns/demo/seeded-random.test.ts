import { describe, expect, it } from 'vitest';

import { createSeededRandom } from '../../../../main/local-mns/demo';
import { createRandomValues } from '../../../../main/local-mns/demo/random-values';

describe('createSeededRandom', () => {
  it('repeats its sequence for the same seed and differs between seeds', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const c = createSeededRandom(43);
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(Array.from({ length: 50 }, c)).not.toEqual(first);
    expect(Array.from({ length: 5 }, createSeededRandom('demo'))).toEqual(
      Array.from({ length: 5 }, createSeededRandom('demo')),
    );
    expect(createSeededRandom('demo')()).not.toBe(createSeededRandom('demp')());
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const random = createSeededRandom(7);
    const samples = Array.from({ length: 20000 }, random);
    expect(samples.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const buckets = new Array<number>(10).fill(0);
    for (const x of samples) buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    for (const count of buckets) expect(count).toBeGreaterThan(1700);
  });
});

describe('createRandomValues', () => {
  it('never indexes out of range, even if the injected source misbehaves', () => {
    for (const broken of [() => 1, () => Number.NaN, () => -3, () => 7]) {
      const values = createRandomValues(broken);
      expect(['a', 'b', 'c']).toContain(values.pick(['a', 'b', 'c'] as const));
      expect(values.int(2, 5)).toBeGreaterThanOrEqual(2);
      expect(values.int(2, 5)).toBeLessThanOrEqual(5);
      expect(values.hex(32)).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('produces ids in the shapes Alibaba Cloud uses', () => {
    const values = createRandomValues(createSeededRandom(1));
    for (let i = 0; i < 100; i += 1) {
      expect(values.hex(32)).toMatch(/^[0-9a-f]{32}$/);
      expect(values.uuid()).toMatch(
        /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
      );
      expect(values.digits(16)).toMatch(/^[1-9]\d{15}$/);
    }
  });

  it('follows weights', () => {
    const values = createRandomValues(createSeededRandom(3));
    const picks = Array.from({ length: 4000 }, () =>
      values.weighted([
        ['rare', 1],
        ['common', 9],
      ] as const),
    );
    const rare = picks.filter((p) => p === 'rare').length / picks.length;
    expect(rare).toBeGreaterThan(0.07);
    expect(rare).toBeLessThan(0.13);
  });
});
