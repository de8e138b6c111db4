import type { JournalEntry } from '../journal/journal-entry';

/** The fields an action may change on an entry; a key present with `undefined` clears it. */
export type EntryPatch = Partial<
  Pick<JournalEntry, 'state' | 'receiptHandle' | 'leaseExpiresAt' | 'lastError'>
>;

/** What actions need from the journal: read an entry, and record what happened to it durably. */
export interface JournalPort {
  get(id: string): JournalEntry | undefined;
  update(id: string, patch: EntryPatch): Promise<JournalEntry | undefined>;
  /**
   * Records several changes with one write and one fsync, when the journal can. Without it, each
   * change is its own update (and its own fsync).
   */
  updateMany?(changes: readonly { id: string; patch: EntryPatch }[]): Promise<unknown>;
}

/** Records `changes` durably: in one write when the journal supports it, else one by one. */
export async function recordChanges(
  journal: JournalPort,
  changes: readonly { id: string; patch: EntryPatch }[],
): Promise<void> {
  if (changes.length === 0) return;
  if (journal.updateMany !== undefined) {
    await journal.updateMany(changes);
    return;
  }
  for (const { id, patch } of changes) await journal.update(id, patch);
}
