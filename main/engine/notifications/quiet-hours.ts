// Local-time arithmetic for quiet hours. The host passes local time in as data (minute of day, UTC
// offset) so these stay pure and testable in any time zone the test machine happens to be in.
import { CLOCK_TIME_PATTERN } from './notification-preferences';
import type { QuietHours } from './notification-preferences';

const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;

/** Minutes since local midnight for `HH:MM`, or undefined when the text is not a valid time. */
export function parseClockTime(text: string): number | undefined {
  if (!CLOCK_TIME_PATTERN.test(text)) return undefined;
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/**
 * Minute of the local day (0–1439) at an instant.
 *
 * `utcOffsetMinutes` is what to add to UTC to get local time (+480 for UTC+8), i.e.
 * `-new Date().getTimezoneOffset()` in the host.
 */
export function localMinuteOfDay(epochMs: number, utcOffsetMinutes: number): number {
  const localMinutes = Math.floor(epochMs / MS_PER_MINUTE) + utcOffsetMinutes;
  return ((localMinutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/**
 * Whether a local minute of day falls in the quiet period.
 *
 * The start minute is quiet, the end minute is not (22:00–07:00 is quiet from 22:00 up to 06:59).
 * A period whose start is after its end wraps midnight; start === end is "off", not "all day",
 * because an all-day quiet period is what the master switch and mutes are for.
 */
export function isQuietAt(quietHours: QuietHours | undefined, minuteOfDay: number): boolean {
  if (quietHours === undefined) return false;
  const start = parseClockTime(quietHours.start);
  const end = parseClockTime(quietHours.end);
  // Unparseable times cannot come through parseNotificationPreferences; fail open rather than
  // silently swallowing every notification.
  if (start === undefined || end === undefined || start === end) return false;
  if (start < end) return minuteOfDay >= start && minuteOfDay < end;
  return minuteOfDay >= start || minuteOfDay < end;
}
