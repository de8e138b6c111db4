import { describe, expect, it } from 'vitest';

import {
  HOURS_PER_MONTH,
  emptyRequestLog,
  projectRequestsPerMonth,
  recordRequest,
  requestsPerHour,
} from '../../../../main/engine/pollers';
import type { RequestLog } from '../../../../main/engine/pollers';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function everyMs(log: RequestLog, from: number, to: number, intervalMs: number): RequestLog {
  let next = log;
  for (let at = from; at < to; at += intervalMs) next = recordRequest(next, at);
  return next;
}

describe('request projection', () => {
  it('is 0 before any request', () => {
    expect(projectRequestsPerMonth(emptyRequestLog(), T0)).toBe(0);
  });

  it('projects an idle 30 s long poll at ~86,400 requests a month', () => {
    const log = everyMs(emptyRequestLog(), T0, T0 + 3 * HOUR, 30_000);
    expect(requestsPerHour(log, T0 + 3 * HOUR)).toBeCloseTo(120, 0);
    expect(projectRequestsPerMonth(log, T0 + 3 * HOUR)).toBe(120 * HOURS_PER_MONTH);
  });

  it('shows a hot loop within a minute, and a short poll at millions a month', () => {
    const hot = everyMs(emptyRequestLog(), T0, T0 + MINUTE, 50);
    expect(projectRequestsPerMonth(hot, T0 + MINUTE)).toBeGreaterThan(10_000_000);
    const short = everyMs(emptyRequestLog(), T0, T0 + 2 * HOUR, 1_100);
    const monthly = projectRequestsPerMonth(short, T0 + 2 * HOUR);
    expect(monthly).toBeGreaterThan(2_300_000);
    expect(monthly).toBeLessThan(2_400_000);
  });

  it('does not extrapolate wildly from the first request', () => {
    const one = recordRequest(emptyRequestLog(), T0);
    expect(requestsPerHour(one, T0)).toBe(12);
    expect(requestsPerHour(one, T0 + 10 * MINUTE)).toBe(6);
  });

  it('forgets requests older than an hour, so the rate falls once polling slows', () => {
    let log = everyMs(emptyRequestLog(), T0, T0 + HOUR, 1_000);
    expect(requestsPerHour(log, T0 + HOUR)).toBeCloseTo(3_600, -2);
    log = everyMs(log, T0 + HOUR, T0 + 3 * HOUR, 30_000);
    expect(requestsPerHour(log, T0 + 3 * HOUR)).toBeCloseTo(120, 0);
    expect(log.minutes.length).toBeLessThanOrEqual(60);
  });

  it('drops to 0 after an hour without requests (paused, offline)', () => {
    const log = everyMs(emptyRequestLog(), T0, T0 + HOUR, 30_000);
    expect(projectRequestsPerMonth(log, T0 + 2 * HOUR + MINUTE)).toBe(0);
  });
});
