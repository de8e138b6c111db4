// Journal retention limits as the History section edits them: typed text in, whole numbers out.
import type { MessageKey } from '../i18n/messages';

/** The bounds the engine accepts. */
export const RETENTION_LIMITS = {
  maxEntries: { min: 100, max: 1_000_000 },
  maxAgeDays: { min: 1, max: 3650 },
} as const;

/** A whole number typed with or without thousands separators ("10,000", "10 000"), else undefined. */
export function parseWhole(text: string): number | undefined {
  const plain = text.trim().replace(/[\s,_']/g, '');
  if (!/^\d{1,9}$/.test(plain)) return undefined;
  return Number(plain);
}

/** The retention the user typed, or which fields are wrong (as catalog keys). */
export type RetentionResult =
  | { ok: true; value: { maxEntries: number; maxAgeDays: number } }
  | { ok: false; errors: { maxEntries?: MessageKey; maxAgeDays?: MessageKey } };

/** Checks both limits against their bounds. */
export function parseRetention(entries: string, days: string): RetentionResult {
  const maxEntries = parseWhole(entries);
  const maxAgeDays = parseWhole(days);
  const errors: { maxEntries?: MessageKey; maxAgeDays?: MessageKey } = {};
  const { maxEntries: e, maxAgeDays: d } = RETENTION_LIMITS;
  if (maxEntries === undefined || maxEntries < e.min || maxEntries > e.max) {
    errors.maxEntries = 'settings.history.error.entries';
  }
  if (maxAgeDays === undefined || maxAgeDays < d.min || maxAgeDays > d.max) {
    errors.maxAgeDays = 'settings.history.error.days';
  }
  if (maxEntries === undefined || maxAgeDays === undefined || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, value: { maxEntries, maxAgeDays } };
}
