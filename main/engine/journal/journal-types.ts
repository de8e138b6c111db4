import type { EventKind, EventOutcome, EventSource } from '../events/event-model';
import type { JournalEntry, MessageState } from './journal-entry';

/** How much history the journal keeps; `Infinity` lifts a limit. */
export interface Retention {
  maxEntries: number;
  maxAgeDays: number;
}

/** A corrupt record found mid-file while restoring: skipped, left in place until compaction. */
export interface CorruptRecord {
  file: string;
  offset: number;
  length: number;
}

/** What `openJournal` repaired or skipped while restoring. */
export interface JournalRecovery {
  /** Bytes cut from the ends of segment files (torn or corrupt tails left by a crash). */
  truncatedBytes: number;
  /** Where the cut bytes were copied, one file per repaired segment. */
  quarantinedFiles: string[];
  corruptRecords: CorruptRecord[];
  /** Records with a good checksum whose content could not be read (a newer format, a bug). */
  unreadableRecords: number;
  /** Leftover temporary files and segments superseded by a finished compaction. */
  removedFiles: string[];
}

/** Sizes that trade disk use for write amplification; the defaults suit a desktop app. */
export interface JournalTuning {
  /** Start a new segment once the active one reaches this size. */
  segmentMaxBytes?: number;
  /** Never compact a journal smaller than this. */
  compactMinBytes?: number;
  /** Compact when dead bytes exceed this share of all bytes. */
  compactDeadRatio?: number;
}

/** The points between compaction steps, where a crash must lose nothing. */
export type CompactionStep =
  'snapshot-taken' | 'temp-synced' | 'renamed' | 'dir-synced' | 'old-segment-removed';

/** Observation points for tests; production code passes none. */
export interface JournalHooks {
  /** Awaited between compaction steps: a promise that never settles freezes the journal there. */
  compactionStep?: (step: CompactionStep) => void | Promise<void>;
  /** Called after every fsync, of a file or of the journal directory. */
  synced?: (target: 'file' | 'dir', path: string) => void;
}

/** Options of `openJournal`. */
export interface JournalOptions {
  dir: string;
  retention: Retention;
  now?: () => number;
  tuning?: JournalTuning;
  hooks?: JournalHooks;
}

/** The fields `update` may change. A key present with `undefined` clears that field. */
export type JournalPatch = Partial<
  Pick<JournalEntry, 'state' | 'receiptHandle' | 'leaseExpiresAt' | 'lastError'>
>;

/** A journal query; every given filter must match, array filters match any of their values. */
export interface JournalFilter {
  /** Whitespace-separated words, each of which must occur (case-insensitive). */
  text?: string;
  outcomes?: readonly EventOutcome[];
  kinds?: readonly EventKind[];
  sources?: readonly EventSource[];
  eventTypes?: readonly string[];
  accountIds?: readonly string[];
  regionIds?: readonly string[];
  queues?: readonly string[];
  states?: readonly MessageState[];
  /** Inclusive bounds on the event time (enqueue time when the event has none), epoch ms. */
  from?: number;
  to?: number;
  correlationKey?: string;
  /** Page size (default 200) and how many matches to skip. */
  limit?: number;
  offset?: number;
}

/** Per-value counts for filter chips, over the entries matching only `text`, `from` and `to`. */
export interface JournalCounts {
  outcome: Record<EventOutcome, number>;
  kind: Record<EventKind, number>;
  source: Record<EventSource, number>;
  eventType: Record<string, number>;
  account: Record<string, number>;
  region: Record<string, number>;
  queue: Record<string, number>;
}

/** One page of matches, newest first, with the total number of matches. */
export interface JournalQueryResult {
  entries: JournalEntry[];
  total: number;
  counts: JournalCounts;
}

/** Sizes and counters, for diagnostics and tests. */
export interface JournalStats {
  entries: number;
  segments: number;
  totalBytes: number;
  liveBytes: number;
  compactions: number;
  compacting: boolean;
  /** Entries whose stored payload failed its checksum during a compaction: kept without it. */
  payloadsLost: number;
  lastCompactionError: string | undefined;
}

/** The durable local journal of every message MNS Watch has seen. */
export interface Journal {
  /** Number of entries. */
  readonly size: number;
  /** What restoring at open repaired or skipped. */
  readonly recovery: JournalRecovery;
  /** Adds new entries and merges redeliveries by id; resolves with them once on disk. */
  upsert(entries: readonly JournalEntry[]): Promise<JournalEntry[]>;
  /** Changes one entry's state, lease or error; resolves once on disk, undefined if unknown. */
  update(id: string, patch: JournalPatch): Promise<JournalEntry | undefined>;
  /** The in-memory (slim) entry: no raw XML, raw body, payload or summary; see `getFull`. */
  get(id: string): JournalEntry | undefined;
  /** The complete entry, with the heavy parts read back from disk. */
  getFull(id: string): Promise<JournalEntry | undefined>;
  /** Filters, counts and pages the slim entries, newest first. */
  query(filter?: JournalFilter): JournalQueryResult;
  /** Applies a new retention setting now. */
  setRetention(retention: Retention): Promise<void>;
  /** Rewrites live entries into a fresh segment, whatever the dead share. */
  compact(): Promise<void>;
  /** Sizes and counters. */
  stats(): JournalStats;
  /** Waits for pending writes and any compaction, then closes files. */
  close(): Promise<void>;
}
