// Instants for the tray's "Mute for 1 hour" and "Mute until tomorrow" items, stored in
// `NotificationPreferences.mutedUntil`. An instant (not a duration) survives restarts and sleep.
import type { NotificationPreferences } from './notification-preferences';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;

/** The instant a mute of `minutes` started at `nowMs` ends. */
export function muteFor(nowMs: number, minutes: number): number {
  return nowMs + Math.max(0, minutes) * MS_PER_MINUTE;
}

/** The instant "Mute for 1 hour" started at `nowMs` ends. */
export function muteForOneHour(nowMs: number): number {
  return muteFor(nowMs, 60);
}

/**
 * The instant "Mute until tomorrow" ends: the start of the next local calendar day, or
 * `resumeAtMinuteOfDay` minutes into it (e.g. 480 for 08:00).
 *
 * `utcOffsetMinutes` is what to add to UTC to get local time (+480 for UTC+8). It is the offset
 * at `nowMs`; across a daylight-saving change that night the result is off by that change's hour,
 * which is acceptable for a mute.
 */
export function muteUntilTomorrow(
  nowMs: number,
  utcOffsetMinutes: number,
  resumeAtMinuteOfDay = 0,
): number {
  const offsetMs = utcOffsetMinutes * MS_PER_MINUTE;
  const localDayStart = Math.floor((nowMs + offsetMs) / MS_PER_DAY) * MS_PER_DAY;
  const resumeMs =
    Math.min(Math.max(0, Math.floor(resumeAtMinuteOfDay)), 24 * 60 - 1) * MS_PER_MINUTE;
  return localDayStart + MS_PER_DAY + resumeMs - offsetMs;
}

/** Whether a timed mute is in force at `epochMs`; it has expired at exactly `mutedUntil`. */
export function isMutedAt(
  prefs: Pick<NotificationPreferences, 'mutedUntil'>,
  epochMs: number,
): boolean {
  return prefs.mutedUntil !== undefined && epochMs < prefs.mutedUntil;
}
