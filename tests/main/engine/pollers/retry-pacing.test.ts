import { describe, expect, it } from 'vitest';

import { MnsError } from '../../../../main/engine/mns/mns-error';
import type { MnsErrorKind } from '../../../../main/engine/mns/mns-error';
import { classifyPollFailure } from '../../../../main/engine/pollers';
import { RetryPacing } from '../../../../main/engine/pollers/retry-pacing';

const T0 = 1_700_000_000_000;

function failure(kind: MnsErrorKind) {
  return classifyPollFailure(
    new MnsError(`${kind} happened.`, {
      kind,
      operation: 'receive',
      code: undefined,
      httpStatus: undefined,
      requestId: undefined,
      indeterminate: false,
      retryable: true,
      detail: '',
    }),
  );
}

describe('retry pacing', () => {
  it('grows per failed request and starts over after a success', () => {
    const pacing = new RetryPacing(() => 0.5, 0);
    const delays = [0, 1, 2].map(() => pacing.requestFailed(failure('transient'), T0).delayMs);
    expect(delays).toEqual([500, 1_000, 2_000]);
    pacing.requestSucceeded();
    expect(pacing.requestFailed(failure('transient'), T0).delayMs).toBe(500);
  });

  it('keeps hand-over failures on their own count, untouched by successful requests', () => {
    const pacing = new RetryPacing(() => 0.5, 0);
    expect(pacing.handOverFailed()).toBe(500);
    pacing.requestSucceeded();
    expect(pacing.handOverFailed()).toBe(1_000);
    pacing.handOverSucceeded();
    expect(pacing.handOverFailed()).toBe(500);
  });

  it('applies the throttle floor and the minimum delay', () => {
    expect(new RetryPacing(() => 0, 0).requestFailed(failure('throttled'), T0).delayMs).toBe(1_000);
    const watch = new RetryPacing(() => 0, 10_000);
    expect(watch.requestFailed(failure('transient'), T0).delayMs).toBe(10_000);
    expect(watch.handOverFailed()).toBe(10_000);
  });

  it('adds the endpoint notice once unreachable has lasted 5 minutes, until a success or reset', () => {
    const pacing = new RetryPacing(() => 0, 0);
    const at = (ms: number) => pacing.requestFailed(failure('unreachable'), T0 + ms).message;
    expect(at(0)).toBe('unreachable happened.');
    expect(at(299_999)).toBe('unreachable happened.');
    // Other failures in between do not restart the clock.
    pacing.requestFailed(failure('transient'), T0 + 300_000);
    expect(at(300_000)).toMatch(/^Region unreachable for over 5 minutes: check the endpoint/);
    pacing.requestSucceeded();
    expect(at(400_000)).toBe('unreachable happened.');
    expect(at(800_000)).toMatch(/^Region unreachable/);
    pacing.reset();
    expect(at(900_000)).toBe('unreachable happened.');
  });
});
