// Time-range presets and the conversions the custom from/to inputs need. A preset becomes an
// absolute `from` when chosen (the query has no relative form), with no `to`, so events arriving
// later still match.

/** A quick time range; 'all' removes both bounds. */
export type TimePreset = '15m' | '1h' | '24h' | '7d' | 'all';

/** Every preset, in the order the bar shows them. */
export const TIME_PRESETS: readonly TimePreset[] = ['15m', '1h', '24h', '7d', 'all'];

const MINUTE_MS = 60_000;
const PRESET_LENGTH_MS: Record<Exclude<TimePreset, 'all'>, number> = {
  '15m': 15 * MINUTE_MS,
  '1h': 60 * MINUTE_MS,
  '24h': 24 * 60 * MINUTE_MS,
  '7d': 7 * 24 * 60 * MINUTE_MS,
};

/** The bounds a preset stands for at `now`: {} for 'all', otherwise an open-ended `from`. */
export function presetRange(preset: TimePreset, now: number): { from?: number; to?: number } {
  return preset === 'all' ? {} : { from: now - PRESET_LENGTH_MS[preset] };
}

/** The bounds a preset stands for now; for event handlers (render must not read the clock). */
export function presetRangeFromNow(preset: TimePreset): { from?: number; to?: number } {
  return presetRange(preset, Date.now());
}

/** The preset that a query's bounds came from, given the one the user picked last. */
export function currentTimeChoice(
  query: { from: number | undefined; to: number | undefined },
  lastPicked: { preset: TimePreset | 'custom'; from: number | undefined; to: number | undefined },
): TimePreset | 'custom' {
  // Checked first so a custom range stays open while its inputs are still empty.
  if (query.from === lastPicked.from && query.to === lastPicked.to) return lastPicked.preset;
  if (query.from === undefined && query.to === undefined) return 'all';
  // Bounds that came from elsewhere (a saved filter, a link) are shown as a custom range.
  return 'custom';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Epoch ms as a `datetime-local` value in local time ("2026-11-23T14:05"); '' for none. */
export function toLocalInput(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (local time) as epoch ms; undefined when blank or invalid. */
export function fromLocalInput(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}
