import { describe, expect, it } from 'vitest';

import { SeenIds } from '../../../../main/engine/pollers';

describe('SeenIds (watch-mode dedupe)', () => {
  it('remembers ids up to its capacity, forgetting the least recently seen first', () => {
    const seen = new SeenIds(3);
    for (const id of ['a', 'b', 'c']) seen.add(id);
    expect(seen.touch('a')).toBe(true);
    seen.add('d');
    expect(seen.size).toBe(3);
    expect(seen.touch('b')).toBe(false);
    expect(['a', 'c', 'd'].map((id) => seen.touch(id))).toEqual([true, true, true]);
  });

  it('keeps a message that is peeked again and again, however many others pass by', () => {
    const seen = new SeenIds(4);
    seen.add('sticky');
    for (let i = 0; i < 100; i++) {
      expect(seen.touch('sticky')).toBe(true);
      seen.add(`passing-${i}`);
    }
  });

  it('rejects a capacity below 1', () => {
    expect(() => new SeenIds(0)).toThrow(RangeError);
  });
});
