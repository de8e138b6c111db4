// "New events" for the tray: entries first seen after the user last looked at a window. Rows of
// older entries (a delete finishing, a redelivery) do not count, and each entry counts once.
import type { FeedRow } from '../../../preload/contract';

/** At most this many ids are remembered; the count then stays at the cap. */
export const UNSEEN_CAP = 10_000;

/** Entries not looked at yet. */
export interface UnseenEvents {
  ids: ReadonlySet<string>;
  /** When the user last had a window in front (epoch ms). */
  viewedAt: number;
}

/** Nothing unseen, as of `now`. */
export function viewedAt(now: number): UnseenEvents {
  return { ids: new Set(), viewedAt: now };
}

/** Adds the new entries among `rows`; while a window is in front, everything counts as seen. */
export function noteRows(
  unseen: UnseenEvents,
  rows: readonly FeedRow[],
  viewing: boolean,
  now: number,
): UnseenEvents {
  if (viewing) return viewedAt(now);
  let ids: Set<string> | undefined;
  for (const row of rows) {
    if (row.firstSeenAt <= unseen.viewedAt || unseen.ids.has(row.id)) continue;
    ids ??= new Set(unseen.ids);
    if (ids.size >= UNSEEN_CAP) break;
    ids.add(row.id);
  }
  return ids === undefined ? unseen : { ids, viewedAt: unseen.viewedAt };
}
