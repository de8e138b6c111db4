import type { JournalEntry } from '../journal/journal-entry';

/** What actions need from the journal: read an entry, and record what happened to it durably. */
export interface JournalPort {
  get(id: string): JournalEntry | undefined;
  update(
    id: string,
    patch: Partial<Pick<JournalEntry, 'state' | 'receiptHandle' | 'leaseExpiresAt' | 'lastError'>>,
  ): Promise<JournalEntry | undefined>;
}
