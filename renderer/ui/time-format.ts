// Times as the feed shows them: relative for scanning, exact (local or UTC) on hover and in detail.
import type { Translate } from '../i18n/i18n-context';

/** Which clock exact times are shown in. */
export type TimeZoneChoice = 'local' | 'utc';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-11-23 14:05:09.123" in local time, or with a trailing " UTC" in UTC. */
export function formatExact(ms: number, zone: TimeZoneChoice): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '—';
  const utc = zone === 'utc';
  const date = `${utc ? d.getUTCFullYear() : d.getFullYear()}-${pad((utc ? d.getUTCMonth() : d.getMonth()) + 1)}-${pad(utc ? d.getUTCDate() : d.getDate())}`;
  const time = `${pad(utc ? d.getUTCHours() : d.getHours())}:${pad(utc ? d.getUTCMinutes() : d.getMinutes())}:${pad(utc ? d.getUTCSeconds() : d.getSeconds())}.${pad(utc ? d.getUTCMilliseconds() : d.getMilliseconds(), 3)}`;
  return `${date} ${time}${utc ? ' UTC' : ''}`;
}

/** "just now", "5 min ago"…; future times (clock skew) read as "just now". */
export function formatRelative(ms: number, now: number, t: Translate): string {
  const seconds = Math.floor((now - ms) / 1000);
  if (seconds < 5) return t('time.justNow');
  if (seconds < 60) return t('time.secondsAgo', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('time.minutesAgo', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('time.hoursAgo', { n: hours });
  return t('time.daysAgo', { n: Math.floor(hours / 24) });
}
