// Turns FeedCounts into chip and dropdown options. Counts cover the entries matching only the text
// and time range, so each value's count says what choosing it alone would show.
import type { ChipOption } from './ChipGroup';

/** Options for a fixed set of values (outcome, kind, source), in the given order. */
export function fixedOptions<V extends string>(
  values: readonly V[],
  counts: Readonly<Record<V, number>> | undefined,
  labelOf: (value: V) => string,
): ChipOption<V>[] {
  return values.map((value) => ({ value, label: labelOf(value), count: counts?.[value] }));
}

/** Options of an open-ended facet: every counted value plus selected ones, most frequent first. */
export function facetOptions(
  counts: Readonly<Record<string, number>> | undefined,
  selected: readonly string[],
  labelOf: (value: string) => string = (value) => value,
): ChipOption<string>[] {
  const values = new Set([...Object.keys(counts ?? {}), ...selected]);
  return [...values]
    .map((value) => ({
      value,
      label: labelOf(value),
      // A selected value the counts no longer list matches nothing now.
      count: counts === undefined ? undefined : (counts[value] ?? 0),
    }))
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label));
}
