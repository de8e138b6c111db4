import { describe, expect, it } from 'vitest';

import {
  isMutedAt,
  isQuietAt,
  localMinuteOfDay,
  muteFor,
  muteForOneHour,
  muteUntilTomorrow,
  parseClockTime,
} from '../../../../main/engine/notifications';

const HOUR = 3_600_000;
const SHANGHAI = 8 * 60;
const LOS_ANGELES = -7 * 60;

describe('localMinuteOfDay', () => {
  it('applies the UTC offset, including across the date line', () => {
    const t = Date.UTC(2025, 4, 6, 23, 15); // 23:15 UTC
    expect(localMinuteOfDay(t, 0)).toBe(23 * 60 + 15);
    expect(localMinuteOfDay(t, SHANGHAI)).toBe(7 * 60 + 15); // 07:15 next day
    expect(localMinuteOfDay(t, LOS_ANGELES)).toBe(16 * 60 + 15);
    expect(localMinuteOfDay(Date.UTC(2025, 4, 6, 2, 0), LOS_ANGELES)).toBe(19 * 60); // previous day
  });
});

describe('parseClockTime', () => {
  it('reads HH:MM and rejects anything else', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('07:30')).toBe(450);
    expect(parseClockTime('23:59')).toBe(1439);
    for (const bad of ['24:00', '7:30', '07:60', '0730', ' 07:30', '']) {
      expect(parseClockTime(bad)).toBeUndefined();
    }
  });
});

describe('isQuietAt', () => {
  it('is never quiet without quiet hours or with start === end', () => {
    expect(isQuietAt(undefined, 0)).toBe(false);
    expect(isQuietAt({ start: '00:00', end: '00:00' }, 0)).toBe(false);
  });

  it('covers the whole night when wrapping midnight', () => {
    const night = { start: '23:00', end: '06:00' };
    const quiet = Array.from({ length: 24 }, (_, h) => h).filter((h) => isQuietAt(night, h * 60));
    expect(quiet).toEqual([0, 1, 2, 3, 4, 5, 23]);
  });
});

describe('mute instants', () => {
  const now = Date.UTC(2025, 4, 6, 12, 0);

  it('"for 1 hour" ends exactly an hour later', () => {
    expect(muteForOneHour(now)).toBe(now + HOUR);
    expect(muteFor(now, 15)).toBe(now + 15 * 60_000);
  });

  it('"until tomorrow" ends at the next local midnight', () => {
    // 12:00 UTC is 20:00 in Shanghai: tomorrow starts at 16:00 UTC.
    expect(muteUntilTomorrow(now, SHANGHAI)).toBe(Date.UTC(2025, 4, 6, 16, 0));
    // 12:00 UTC is 05:00 in Los Angeles: tomorrow starts at 07:00 UTC on the 7th.
    expect(muteUntilTomorrow(now, LOS_ANGELES)).toBe(Date.UTC(2025, 4, 7, 7, 0));
  });

  it('"until tomorrow 08:00" can resume later in the day', () => {
    expect(muteUntilTomorrow(now, SHANGHAI, 8 * 60)).toBe(Date.UTC(2025, 4, 7, 0, 0));
  });

  it('at local midnight itself, "tomorrow" is a full day away', () => {
    const midnightShanghai = Date.UTC(2025, 4, 6, 16, 0);
    expect(muteUntilTomorrow(midnightShanghai, SHANGHAI)).toBe(midnightShanghai + 24 * HOUR);
  });

  it('a mute expires at its instant', () => {
    expect(isMutedAt({ mutedUntil: now }, now - 1)).toBe(true);
    expect(isMutedAt({ mutedUntil: now }, now)).toBe(false);
    expect(isMutedAt({}, now)).toBe(false);
  });
});
