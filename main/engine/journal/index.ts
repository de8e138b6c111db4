// The durable local journal: every message MNS Watch has seen, on disk before it can be deleted.
//
// - upsert() resolves only after its batch is written and fsynced (one fsync per batch). Callers
//   pass every delivery or peek as a fresh entry (deliveries: 1, or 0 for a sighting that should
//   not count); an id the journal already has is merged, never duplicated (see mergeDelivery).
// - get() and query() return slim, frozen entries: no raw XML, raw body, payload text, parsed
//   payloads or summary (those stay on disk); getFull() reads an entry back complete.
// - Retention drops the least recently seen entries first, but never one with a delete in
//   progress or a lease still running.
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
