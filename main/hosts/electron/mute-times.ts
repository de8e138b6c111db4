// When "mute for 1 hour" and "until tomorrow" end, and how the tray words the end time. Local
// time throughout: the user means their own clock.

/** The mute choices the tray offers. */
export type MuteChoice = 'hour' | 'tomorrow';

/** The hour "until tomorrow" ends at (local time). */
export const MORNING_HOUR = 8;

/** Epoch ms when a mute chosen at `now` ends. */
export function muteUntil(choice: MuteChoice, now: number): number {
  if (choice === 'hour') return now + 60 * 60 * 1000;
  const end = new Date(now);
  end.setDate(end.getDate() + 1);
  end.setHours(MORNING_HOUR, 0, 0, 0);
  return end.getTime();
}

/** True while a mute set to end at `mutedUntil` is in force. */
export function isMuted(mutedUntil: number | undefined, now: number): mutedUntil is number {
  return mutedUntil !== undefined && mutedUntil > now;
}

/**
 * The end time as the tray shows it: "08:00" today, the `tomorrow` wording the next day, and the
 * date further out.
 */
export function muteEndLabel(
  until: number,
  now: number,
  tomorrow: (time: string) => string,
): string {
  const end = new Date(until);
  const time = `${pad(end.getHours())}:${pad(end.getMinutes())}`;
  const today = new Date(now);
  const nextDay = new Date(now);
  nextDay.setDate(nextDay.getDate() + 1);
  if (sameDay(end, today)) return time;
  if (sameDay(end, nextDay)) return tomorrow(time);
  return `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())} ${time}`;
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
