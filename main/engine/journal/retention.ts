// Retention walks entries least recently seen first. Entries someone may still act on are kept
// past the limits: a delete in progress, and a lease that has not run out (the message is ours
// until then and may yet be deleted, which the journal must be able to record).
import type { JournalEntry } from './journal-entry';
import type { JournalIndex } from './journal-index';
import type { Retention } from './journal-types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Throws a RangeError unless both limits are positive (integers for entries) or Infinity. */
export function checkRetention(retention: Retention): Retention {
  const { maxEntries, maxAgeDays } = retention;
  const entriesOk = maxEntries === Infinity || (Number.isInteger(maxEntries) && maxEntries >= 1);
  if (!entriesOk) throw new RangeError(`maxEntries must be a positive integer, not ${maxEntries}`);
  if (!(maxAgeDays > 0)) throw new RangeError(`maxAgeDays must be positive, not ${maxAgeDays}`);
  return { maxEntries, maxAgeDays };
}

/** True while an entry must outlive retention. */
export function isPinned(
  entry: Pick<JournalEntry, 'state' | 'leaseExpiresAt'>,
  now: number,
): boolean {
  return (
    entry.state === 'deleting' ||
    (entry.state === 'leased' && entry.leaseExpiresAt !== undefined && entry.leaseExpiresAt > now)
  );
}

/** Ids to drop: the least recently seen beyond `maxEntries`, and any seen over `maxAgeDays` ago. */
export function expiredIds(index: JournalIndex, retention: Retention, now: number): string[] {
  // The walk stops at the first entry that is neither, on the grounds that lastSeenAt grows in
  // the order entries are touched (a caller clock stepping back only delays a drop).
  const cutoff = Number.isFinite(retention.maxAgeDays)
    ? now - retention.maxAgeDays * DAY_MS
    : -Infinity;
  let excess = index.size - retention.maxEntries;
  const victims: string[] = [];
  for (const slot of index.byAge()) {
    // Read from the columns: no entry object is built for the walk.
    const tooOld = index.lastSeenAt(slot) < cutoff;
    if (excess <= 0 && !tooOld) break;
    if (isPinned(index.leaseOf(slot), now)) continue;
    victims.push(slot.id);
    excess -= 1;
  }
  return victims;
}
