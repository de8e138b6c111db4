// Pure edits of a FeedQuery. Empty filters are removed rather than left as `[]` or `''`, so a
// query that filters nothing is `{}` and two equal filters compare equal.
import type { FeedQuery } from '../../preload/contract';

/** The list filters of a query, each with the type of its values. */
export type ListFilterKey =
  | 'outcomes'
  | 'kinds'
  | 'sources'
  | 'eventTypes'
  | 'accountIds'
  | 'regionIds'
  | 'queues'
  | 'states';

/** The value type of one list filter. */
export type ListFilterValue<K extends ListFilterKey> = NonNullable<FeedQuery[K]>[number];

/** Every list filter, in the order a description lists them. */
export const LIST_FILTER_KEYS: readonly ListFilterKey[] = [
  'outcomes',
  'kinds',
  'sources',
  'eventTypes',
  'accountIds',
  'regionIds',
  'queues',
  'states',
];

/** The query with `values` as the list filter `key` (removed when empty); paging restarts. */
export function withList<K extends ListFilterKey>(
  query: FeedQuery,
  key: K,
  values: readonly ListFilterValue<K>[],
): FeedQuery {
  const { [key]: _previous, offset: _offset, ...rest }: FeedQuery = query;
  if (values.length === 0) return rest;
  const next: FeedQuery = rest;
  (next as Record<K, ListFilterValue<K>[]>)[key] = [...values];
  return next;
}

/** Adds `value` to the list filter `key`, or removes it when present. */
export function toggleValue<K extends ListFilterKey>(
  query: FeedQuery,
  key: K,
  value: ListFilterValue<K>,
): FeedQuery {
  const current = (query[key] ?? []) as readonly ListFilterValue<K>[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withList(query, key, next);
}

/** The query with its search text (trimmed; removed when blank). */
export function withText(query: FeedQuery, text: string): FeedQuery {
  const next: FeedQuery = { ...query };
  delete next.offset;
  const trimmed = text.trim();
  if (trimmed === '') delete next.text;
  else next.text = trimmed;
  return next;
}

/** The query with a time range; an undefined bound is removed. */
export function withTimeRange(
  query: FeedQuery,
  range: { from?: number | undefined; to?: number | undefined },
): FeedQuery {
  const next: FeedQuery = { ...query };
  delete next.offset;
  delete next.from;
  delete next.to;
  if (range.from !== undefined) next.from = range.from;
  if (range.to !== undefined) next.to = range.to;
  return next;
}

/** True when the query narrows the feed at all (paging does not count). */
export function isFilterActive(query: FeedQuery): boolean {
  if (query.text !== undefined && query.text.trim() !== '') return true;
  if (query.from !== undefined || query.to !== undefined) return true;
  if (query.correlationKey !== undefined) return true;
  return LIST_FILTER_KEYS.some((key) => (query[key]?.length ?? 0) > 0);
}

/**
 * How many filters narrow the feed besides the search text (which stays in view): each chosen
 * value, the time range, and the asset.
 */
export function activeFilterCount(query: FeedQuery): number {
  let count = LIST_FILTER_KEYS.reduce((sum, key) => sum + (query[key]?.length ?? 0), 0);
  if (query.from !== undefined || query.to !== undefined) count += 1;
  if (query.correlationKey !== undefined) count += 1;
  return count;
}

/** The query without any filter; only the page size survives. */
export function clearFilters(query: FeedQuery): FeedQuery {
  return query.limit !== undefined ? { limit: query.limit } : {};
}

/** True when two queries filter the same way (list order and paging ignored). */
export function sameFilter(a: FeedQuery, b: FeedQuery): boolean {
  if ((a.text?.trim() ?? '') !== (b.text?.trim() ?? '')) return false;
  if (a.from !== b.from || a.to !== b.to || a.correlationKey !== b.correlationKey) return false;
  return LIST_FILTER_KEYS.every((key) => sameSet(a[key] ?? [], b[key] ?? []));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((v) => right.has(v));
}
