import type { Translate } from '../i18n/i18n-context';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A span of time in the two largest units that matter: "45 s", "3 min", "2 h 5 min", "1 d 4 h". */
export function formatDuration(ms: number, t: Translate): string {
  if (ms < SECOND_MS) return t('filters.timeline.duration.under1s');
  if (ms < MINUTE_MS)
    return t('filters.timeline.duration.seconds', { n: Math.floor(ms / SECOND_MS) });
  if (ms < HOUR_MS)
    return t('filters.timeline.duration.minutes', { n: Math.floor(ms / MINUTE_MS) });
  if (ms < DAY_MS) {
    return t('filters.timeline.duration.hours', {
      h: Math.floor(ms / HOUR_MS),
      m: Math.floor((ms % HOUR_MS) / MINUTE_MS),
    });
  }
  return t('filters.timeline.duration.days', {
    d: Math.floor(ms / DAY_MS),
    h: Math.floor((ms % DAY_MS) / HOUR_MS),
  });
}
