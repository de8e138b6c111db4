import type { SavedFilterView } from '../../../preload/contract';
import type { SavedFilter } from '../../engine/settings/settings-schema';
import { feedQuerySchema } from './api-params';
import { withoutUndefined } from './without-undefined';

/** Saved filters as settings store them (the query as plain JSON). */
export function savedFiltersOf(filters: readonly { name: string; query: object }[]): SavedFilter[] {
  return filters.map((f) => ({ name: f.name, filter: JSON.parse(JSON.stringify(f.query)) }));
}

/** Saved filters for the renderer; one that no longer parses (hand-edited file) is left out. */
export function savedFilterViews(filters: readonly SavedFilter[]): SavedFilterView[] {
  return filters.flatMap((f) => {
    const parsed = feedQuerySchema.safeParse(f.filter);
    return parsed.success ? [{ name: f.name, query: withoutUndefined(parsed.data) }] : [];
  });
}
