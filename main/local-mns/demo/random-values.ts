import type { RandomSource } from './seeded-random';

/** Non-empty list, so picking from it always yields a value under noUncheckedIndexedAccess. */
export type NonEmpty<T> = readonly [T, ...T[]];

/** Typed helpers over one injected RandomSource; every random choice in the demo goes through here. */
export interface RandomValues {
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item, uniformly. */
  pick<T>(items: NonEmpty<T>): T;
  /** One item, by relative weight. */
  weighted<T>(entries: NonEmpty<readonly [T, number]>): T;
  /** Lowercase hex string of the given length (VideoIds, JobIds, RunIds are 32). */
  hex(length: number): string;
  /** Uppercase dashed UUID, the shape Alibaba Cloud uses for RequestId. */
  uuid(): string;
  /** Decimal digits, the first one non-zero. */
  digits(length: number): string;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

/** Wrap a RandomSource in the typed helpers the generators use. */
export function createRandomValues(random: RandomSource): RandomValues {
  // A misbehaving injected source (returning 1 or NaN) must not push an index out of range.
  const unit = (): number => {
    const value = random();
    return Number.isFinite(value) ? Math.min(Math.max(value, 0), 0.9999999999) : 0;
  };
  const int = (min: number, max: number): number => min + Math.floor(unit() * (max - min + 1));
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += Math.floor(unit() * 16).toString(16);
    return out;
  };
  return {
    float: (min, max) => min + unit() * (max - min),
    int,
    chance: (p) => unit() < p,
    pick: (items) => items[int(0, items.length - 1)] ?? items[0],
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = unit() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[0][0];
    },
    hex,
    uuid: () =>
      [hex(8), hex(4), `4${hex(3)}`, `${'89ab'.charAt(int(0, 3))}${hex(3)}`, hex(12)]
        .join('-')
        .toUpperCase(),
    digits: (length) => {
      let out = String(int(1, 9));
      while (out.length < length) out += String(int(0, 9));
      return out;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        const a = copy[i];
        const b = copy[j];
        if (a !== undefined && b !== undefined) {
          copy[i] = b;
          copy[j] = a;
        }
      }
      return copy;
    },
  };
}
