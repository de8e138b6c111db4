import { describe, expect, it } from 'vitest';

import { SigningClock } from '../../../../main/engine/mns/signing-clock';

describe('SigningClock', () => {
  const local = { now: () => Date.parse('2026-11-23T12:00:00Z') };

  it('signs with the local time until told otherwise', () => {
    expect(new SigningClock(local).dateHeader()).toBe('Mon, 23 Nov 2026 12:00:00 GMT');
  });

  it('adopts the server time from a Date header that is far off', () => {
    const clock = new SigningClock(local);
    expect(clock.correctFrom('Mon, 23 Nov 2026 11:40:00 GMT')).toBe(true);
    expect(clock.offsetMs).toBe(-20 * 60_000);
    expect(clock.dateHeader()).toBe('Mon, 23 Nov 2026 11:40:00 GMT');
  });

  it('reports that nothing can be corrected without a usable, different Date', () => {
    const clock = new SigningClock(local);
    expect(clock.correctFrom(undefined)).toBe(false);
    expect(clock.correctFrom('yesterday-ish')).toBe(false);
    expect(clock.correctFrom('Mon, 23 Nov 2026 12:00:01 GMT')).toBe(false);
    expect(clock.offsetMs).toBe(0);
  });
});
