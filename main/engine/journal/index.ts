// The durable local journal: every message MNS Watch has seen, on disk before it can be deleted.
export type { JournalEntry, MessageState } from './journal-entry';
export type {
  CompactionStep,
  CorruptRecord,
  Journal,
  JournalCounts,
  JournalFilter,
  JournalHooks,
  JournalOptions,
  JournalPatch,
  JournalQueryResult,
  JournalRecovery,
  JournalStats,
  JournalTuning,
  Retention,
} from './journal-types';
export { openJournal } from './journal';
