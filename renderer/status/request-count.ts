// Request counts for the polling-cost meter: compact, because the strip has little room and the
// order of magnitude is what matters (86k vs 2.1M is the long-poll vs short-poll difference).
import type { Language } from '../i18n/translate';
import { numberFormat } from '../ui/number-format';

/** "950", "1.2k", "86k", "2.1M" (English) or "8.6万" (Chinese). */
export function formatCompactCount(count: number, language: Language): string {
  const text = numberFormat(language, 'compact').format(Math.round(count));
  // Lower-case k reads as the everyday "thousand"; M stays upper-case (m would read as milli).
  return language === 'en' ? text.replace('K', 'k') : text;
}

/** Adds up the projected monthly requests of every queue. */
export function totalProjected(statuses: readonly { projectedRequestsPerMonth: number }[]): number {
  return statuses.reduce((sum, status) => sum + status.projectedRequestsPerMonth, 0);
}
