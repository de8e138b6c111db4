import { describe, expect, it } from 'vitest';

import {
  CLOCK_JUMP_MARGIN_MS,
  FAST_EMPTY_JITTER_MS,
  delayAfterEmpty,
  isClockJump,
  isFastEmpty,
} from '../../../../main/engine/pollers';

const WAIT = 30_000;
const T0 = 1_700_000_000_000;

describe('fast-empty guard', () => {
  it('calls an empty answer fast when it took less than half the wait', () => {
    expect(isFastEmpty(0, WAIT)).toBe(true);
    expect(isFastEmpty(14_999, WAIT)).toBe(true);
    expect(isFastEmpty(15_000, WAIT)).toBe(false);
    expect(isFastEmpty(30_000, WAIT)).toBe(false);
  });

  it('re-polls at once after a normal (parked) empty', () => {
    const answer = { startedAt: T0, answeredAt: T0 + 30_050, waitMs: WAIT };
    expect(delayAfterEmpty(answer, () => 0.9)).toBe(0);
    expect(delayAfterEmpty({ ...answer, answeredAt: T0 + 15_000 }, () => 0.9)).toBe(0);
  });

  it('waits until a full wait since the request started, plus 0–2 s of jitter', () => {
    const answer = { startedAt: T0, answeredAt: T0 + 40, waitMs: WAIT };
    expect(delayAfterEmpty(answer, () => 0)).toBe(29_960);
    expect(delayAfterEmpty(answer, () => 0.5)).toBe(29_960 + 1_000);
    expect(delayAfterEmpty(answer, () => 0.999_999)).toBeLessThan(29_960 + FAST_EMPTY_JITTER_MS);
    // Time spent handing over counts towards the wait.
    expect(delayAfterEmpty({ ...answer, now: T0 + 10_000 }, () => 0)).toBe(20_000);
    expect(delayAfterEmpty({ ...answer, now: T0 + 45_000 }, () => 0)).toBe(0);
  });

  it('stays bounded when the clock steps backwards', () => {
    const answer = { startedAt: T0, answeredAt: T0 - 3_600_000, waitMs: WAIT };
    expect(delayAfterEmpty(answer, () => 0.5)).toBe(WAIT + 1_000);
  });
});

describe('clock-jump detection', () => {
  const readTimeout = 50_000;

  it('accepts any duration up to the read timeout plus 5 s', () => {
    expect(isClockJump(T0, T0 + 30_000, readTimeout)).toBe(false);
    expect(isClockJump(T0, T0 + readTimeout + CLOCK_JUMP_MARGIN_MS, readTimeout)).toBe(false);
    expect(isClockJump(T0, T0 - 1_000, readTimeout)).toBe(false);
  });

  it('flags a request that "lasted" longer, or a clock that went back more than 5 s', () => {
    expect(isClockJump(T0, T0 + readTimeout + CLOCK_JUMP_MARGIN_MS + 1, readTimeout)).toBe(true);
    expect(isClockJump(T0, T0 + 8 * 3_600_000, readTimeout)).toBe(true);
    expect(isClockJump(T0, T0 - 60_000, readTimeout)).toBe(true);
  });
});
