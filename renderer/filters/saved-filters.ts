// Rules for naming a saved filter: a non-empty name no other saved filter has (ignoring case and
// surrounding spaces, since "Failed" and "failed " would be indistinguishable in the list).
import type { SavedFilterView } from '../../preload/contract';

/** Why a name cannot be used; undefined when it can. */
export type FilterNameProblem = 'empty' | 'duplicate' | undefined;

/** Checks a proposed saved-filter name against the existing ones. */
export function validateFilterName(
  name: string,
  saved: readonly SavedFilterView[],
): FilterNameProblem {
  const wanted = normalise(name);
  if (wanted === '') return 'empty';
  return saved.some((filter) => normalise(filter.name) === wanted) ? 'duplicate' : undefined;
}

function normalise(name: string): string {
  return name.trim().toLocaleLowerCase();
}
