// Per-row typed arrays of what queries and retention read, plus the newest-first order of live
// rows. A query walks these alone, building an entry object only to return it.
import type { JournalEntry } from './journal-entry';
import { KINDS, NameCodes, OUTCOMES, SOURCES, STATE_ORDER } from './facets';
import type { RowValues } from './put-scanner';
import { hashKey } from './put-scanner';

/** The display time of an entry: the event's own time, else the enqueue time. */
export function displayTime(entry: JournalEntry): number {
  return entry.message.event.eventTime ?? entry.message.envelope.enqueueTime;
}

/** The fields of an entry (or of a `mut` record) that columns follow. */
type MutableColumns = Pick<JournalEntry, 'state' | 'lastSeenAt' | 'leaseExpiresAt'>;

/** The column values of `entry` (the same `scanPut` reads from a stored record). */
export function valuesOf(entry: JournalEntry): RowValues {
  const { event, origin } = entry.message;
  return {
    id: entry.id,
    time: displayTime(entry),
    outcome: OUTCOMES.indexOf(event.outcome),
    kind: KINDS.indexOf(event.kind),
    source: SOURCES.indexOf(event.source),
    state: STATE_ORDER.indexOf(entry.state),
    queue: origin.queue,
    eventType: event.eventType,
    accountId: origin.accountId,
    regionId: origin.regionId,
    correlation: hashKey(entry.message.correlationKey),
    lastSeenAt: entry.lastSeenAt,
    leaseExpiresAt: entry.leaseExpiresAt,
  };
}

/** Codes of the names seen, shared by every generation of columns. */
export class FacetCodes {
  readonly queues = new NameCodes();
  readonly eventTypes = new NameCodes();
  readonly accounts = new NameCodes();
  readonly regions = new NameCodes();
}

/** Query columns by row. */
export class RowColumns {
  time = new Float64Array(0);
  /** Outcome, kind and source codes (3 bits each), then the queue code. */
  facets = new Int32Array(0);
  eventType = new Int32Array(0);
  account = new Int32Array(0);
  region = new Int32Array(0);
  state = new Uint8Array(0);
  /** When each entry was last seen (epoch ms). */
  lastSeen = new Float64Array(0);
  /** When each entry's lease ends (epoch ms); NaN when it has none. */
  lease = new Float64Array(0);
  /** `hashKey` of the correlation key: a query by key builds only the entries that may match. */
  correlation = new Int32Array(0);
  /** Text match of each row for the cached query text. */
  match = new Uint8Array(0);
  /** Live rows, newest first (ties: the later row first); valid up to `length`. */
  order = new Int32Array(0);
  length = 0;

  constructor(readonly codes: FacetCodes) {}

  /** Fills in row `row` from its values (`valuesOf` an entry, or read from a stored record). */
  setValues(row: number, values: RowValues): void {
    this.reserve(row + 1);
    const { codes } = this;
    this.time[row] = values.time;
    const enums = values.outcome | (values.kind << 3) | (values.source << 6);
    this.facets[row] = enums | (codes.queues.code(values.queue) << 9);
    this.eventType[row] = codes.eventTypes.code(values.eventType);
    this.account[row] = codes.accounts.code(values.accountId);
    this.region[row] = codes.regions.code(values.regionId);
    this.correlation[row] = values.correlation;
    this.state[row] = values.state;
    this.lastSeen[row] = values.lastSeenAt;
    this.lease[row] = values.leaseExpiresAt ?? Number.NaN;
  }

  /** Updates the columns of row `row` that follow an entry's mutable fields. */
  setMutable(row: number, fields: MutableColumns): void {
    this.state[row] = STATE_ORDER.indexOf(fields.state);
    this.lastSeen[row] = fields.lastSeenAt;
    this.lease[row] = fields.leaseExpiresAt ?? Number.NaN;
  }

  /** Copies row `from` of `source` into row `to`. */
  copyRow(source: RowColumns, from: number, to: number): void {
    this.reserve(to + 1);
    this.time[to] = source.time[from] ?? 0;
    this.facets[to] = source.facets[from] ?? 0;
    this.eventType[to] = source.eventType[from] ?? 0;
    this.account[to] = source.account[from] ?? 0;
    this.region[to] = source.region[from] ?? 0;
    this.state[to] = source.state[from] ?? 0;
    this.lastSeen[to] = source.lastSeen[from] ?? 0;
    this.lease[to] = source.lease[from] ?? Number.NaN;
    this.correlation[to] = source.correlation[from] ?? 0;
  }

  /** Inserts a new row into the order; it is the highest row, so it goes before equal times. */
  insert(row: number): void {
    const time = this.time[row] ?? 0;
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.time[this.order[mid] ?? 0] ?? 0) > time) low = mid + 1;
      else high = mid;
    }
    this.reserveOrder(this.length + 1);
    this.order.copyWithin(low + 1, low, this.length);
    this.order[low] = row;
    this.length += 1;
  }

  /** Keeps only the rows `keep` accepts in the order. */
  retain(keep: (row: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i += 1) {
      const row = this.order[i] ?? 0;
      if (keep(row)) this.order[kept++] = row;
    }
    this.length = kept;
  }

  /** Sets the order to `rows`, sorted newest first. */
  sortOrder(rows: readonly number[]): void {
    const order = Int32Array.from(rows);
    const { time } = this;
    order.sort((a, b) => (time[b] ?? 0) - (time[a] ?? 0) || b - a);
    this.order = order;
    this.length = order.length;
  }

  private reserve(rows: number): void {
    if (rows <= this.time.length) return;
    const size = Math.max(1024, this.time.length * 2, rows);
    this.time = grow(this.time, new Float64Array(size));
    this.facets = grow(this.facets, new Int32Array(size));
    this.eventType = grow(this.eventType, new Int32Array(size));
    this.account = grow(this.account, new Int32Array(size));
    this.region = grow(this.region, new Int32Array(size));
    this.state = grow(this.state, new Uint8Array(size));
    this.lastSeen = grow(this.lastSeen, new Float64Array(size));
    this.lease = grow(this.lease, new Float64Array(size));
    this.correlation = grow(this.correlation, new Int32Array(size));
    this.match = grow(this.match, new Uint8Array(size));
  }

  private reserveOrder(length: number): void {
    if (length <= this.order.length) return;
    this.order = grow(this.order, new Int32Array(Math.max(1024, this.order.length * 2, length)));
  }
}

function grow<T extends Float64Array | Int32Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}
