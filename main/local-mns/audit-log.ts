/** Every request the server saw and what came of it, for invariant checks and signal-based waits. */
import type { FaultKind } from './faults';
import type { MnsOperation } from './operations';

/** One request and its outcome. */
export interface AuditEntry {
  /** Position in the log (1-based, in completion order). */
  readonly seq: number;
  readonly requestId: string;
  /** Server-clock time when the request arrived. */
  readonly time: number;
  /** Real epoch milliseconds when the request arrived (for overlap checks across a manual clock). */
  readonly startedAt: number;
  readonly method: string;
  /** The raw request target (path and query). */
  readonly path: string;
  readonly operation: MnsOperation;
  readonly queue?: string;
  readonly topic?: string;
  /** The HTTP status sent, or that would have been sent when the response was lost; 0 = none. */
  readonly status: number;
  readonly errorCode?: string;
  /** Delivered (receive), deleted (delete), sent/published (send) or re-timed (visibility) ids. */
  readonly messageIds: readonly string[];
  /** Handles presented by the client (delete, batch delete, change visibility). */
  readonly receiptHandles: readonly string[];
  /** For each presented handle: was it the newest one issued for its message? */
  readonly handleWasNewest: readonly boolean[];
  /** For each presented handle: 'ok' or the error code it got. */
  readonly handleResults: readonly string[];
  /** Handles handed out (receive, change visibility, delayed send). */
  readonly issuedReceiptHandles: readonly string[];
  /** Whether server state changed (a message leased, deleted, sent, re-timed; a resource changed). */
  readonly committed: boolean;
  /** Whether a complete response was written to the socket. */
  readonly responseSent: boolean;
  /** Whether a long poll parked before it was answered. */
  readonly parked: boolean;
  readonly fault?: FaultKind;
  /** The client closed the connection before the response was complete. */
  readonly clientClosedEarly: boolean;
  /** Real milliseconds from arrival to completion. */
  readonly durationMs: number;
}

/** Field-equality filter, or a predicate. */
export type AuditFilter =
  | ((entry: AuditEntry) => boolean)
  | Partial<
      Pick<
        AuditEntry,
        | 'operation'
        | 'queue'
        | 'topic'
        | 'status'
        | 'errorCode'
        | 'fault'
        | 'committed'
        | 'clientClosedEarly'
        | 'method'
      >
    >;

function toPredicate(filter: AuditFilter): (entry: AuditEntry) => boolean {
  if (typeof filter === 'function') return filter;
  const pairs = Object.entries(filter) as [keyof AuditEntry, unknown][];
  return (entry) => pairs.every(([key, value]) => entry[key] === value);
}

/** Options of AuditLog.waitFor. */
export interface WaitOptions {
  /** Real milliseconds before the promise rejects (default 10 s). */
  timeoutMs?: number;
  /** Only consider entries with seq greater than this (default: every entry, past and future). */
  afterSeq?: number;
}

/** An append-only, bounded log of audit entries. */
export class AuditLog implements Iterable<AuditEntry> {
  private readonly items: AuditEntry[] = [];
  private readonly listeners = new Set<(entry: AuditEntry) => void>();
  private lastSeq = 0;

  constructor(private readonly maxEntries = 100_000) {}

  /** Appends an entry (the server calls this when a request completes). */
  record(entry: Omit<AuditEntry, 'seq'>): AuditEntry {
    const full: AuditEntry = { ...entry, seq: ++this.lastSeq };
    this.items.push(full);
    if (this.items.length > this.maxEntries)
      this.items.splice(0, this.items.length - this.maxEntries);
    for (const listener of [...this.listeners]) listener(full);
    return full;
  }

  /** A copy of the entries, oldest first. */
  entries(): AuditEntry[] {
    return [...this.items];
  }

  /** Number of entries held. */
  get length(): number {
    return this.items.length;
  }

  /** The seq of the newest entry (0 when none yet); pass it as `afterSeq` to wait for later ones. */
  get lastSeqNumber(): number {
    return this.lastSeq;
  }

  [Symbol.iterator](): Iterator<AuditEntry> {
    return this.entries()[Symbol.iterator]();
  }

  /** Forgets all entries (seq numbers keep counting). */
  clear(): void {
    this.items.length = 0;
  }

  /** Entries matching a filter. */
  filter(filter: AuditFilter): AuditEntry[] {
    return this.items.filter(toPredicate(filter));
  }

  /** How many entries match a filter. */
  count(filter: AuditFilter = () => true): number {
    return this.filter(filter).length;
  }

  /** Subscribes to new entries; returns an unsubscribe function. */
  on(event: 'entry', listener: (entry: AuditEntry) => void): () => void {
    if (event !== 'entry') throw new Error(`unknown audit event ${String(event)}`);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first matching entry (already logged or future); rejects after a timeout. */
  waitFor(filter: AuditFilter, options: WaitOptions = {}): Promise<AuditEntry> {
    const predicate = toPredicate(filter);
    const afterSeq = options.afterSeq ?? 0;
    const matches = (entry: AuditEntry): boolean => entry.seq > afterSeq && predicate(entry);
    const existing = this.items.find(matches);
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        unsubscribe();
        reject(new Error('timed out waiting for an audit entry'));
      }, options.timeoutMs ?? 10_000);
      const unsubscribe = this.on('entry', (entry) => {
        if (!matches(entry)) return;
        clearTimeout(timeout);
        unsubscribe();
        resolve(entry);
      });
    });
  }
}
