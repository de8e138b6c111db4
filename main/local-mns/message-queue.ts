/**
 * One queue's messages and their state machine (protocol spec §5.1–§5.4).
 *
 * State is derived from the clock on every read: a message is visible once `visibleAt` has passed
 * and until `expiresAt` (retention). Timers elsewhere only wake long polls and purge; they are not
 * needed for correctness, so a manual clock that jumps still sees the right state.
 */
import { mnsError } from './errors';
import type { MnsError } from './errors';
import type { QueueAttributes } from './queue-attributes';
import type { ReceiptHandleCodec } from './receipt-handle';

/** A message as stored. */
export interface StoredMessage {
  readonly seq: number;
  readonly messageId: string;
  readonly body: string;
  readonly bodyMd5: string;
  readonly priority: number;
  readonly enqueueTime: number;
  readonly expiresAt: number;
  /** When it becomes (or became) visible: end of delay or of the current lease. */
  visibleAt: number;
  /** Whether it has been received at least once (distinguishes Inactive from Delayed). */
  leased: boolean;
  generation: number;
  handle: string | null;
  dequeueCount: number;
  firstDequeueTime: number | null;
}

/** The three states of §5.1 as GetQueueAttributes counts them. */
export type MessageState = 'active' | 'inactive' | 'delayed';

/** A message handed out by a receive, with the handle issued for this delivery. */
export interface LeasedMessage {
  readonly message: StoredMessage;
  readonly handle: string;
}

/** The verdict on a receipt handle presented for delete or change-visibility. */
export type HandleVerdict =
  | { readonly ok: true; readonly message: StoredMessage }
  | {
      readonly ok: false;
      readonly error: MnsError;
      readonly newest: boolean;
      readonly messageId?: string;
    };

function compare(a: StoredMessage, b: StoredMessage): number {
  return a.priority - b.priority || a.visibleAt - b.visibleAt || a.seq - b.seq;
}

function insertTopK(list: StoredMessage[], message: StoredMessage, limit: number): void {
  if (list.length >= limit) {
    const worst = list[list.length - 1];
    if (worst !== undefined && compare(message, worst) >= 0) return;
  }
  let index = list.length;
  while (index > 0) {
    const previous = list[index - 1];
    if (previous === undefined || compare(previous, message) <= 0) break;
    index--;
  }
  list.splice(index, 0, message);
  if (list.length > limit) list.pop();
}

/** A queue: attributes plus messages. */
export class MessageQueue {
  private readonly messages = new Map<number, StoredMessage>();
  private stripeCursor = 0;
  lastModifyTime: number;

  constructor(
    readonly name: string,
    readonly uid: number,
    public attributes: QueueAttributes,
    readonly createTime: number,
    private readonly codec: ReceiptHandleCodec,
    private readonly stripes: number,
  ) {
    this.lastModifyTime = createTime;
  }

  /** Adds a message; delayed messages get a handle at once (SendMessage returns it). */
  add(message: StoredMessage, now: number): string | undefined {
    this.messages.set(message.seq, message);
    if (message.visibleAt <= now) return undefined;
    return this.issueHandle(message);
  }

  private issueHandle(message: StoredMessage): string {
    message.generation++;
    message.handle = this.codec.issue({
      queueUid: this.uid,
      messageSeq: message.seq,
      generation: message.generation,
    });
    return message.handle;
  }

  /** The §5.1 state of a live message at `now`. */
  stateOf(message: StoredMessage, now: number): MessageState {
    if (message.visibleAt <= now) return 'active';
    return message.leased ? 'inactive' : 'delayed';
  }

  private isLive(message: StoredMessage, now: number): boolean {
    return message.expiresAt > now;
  }

  private isVisible(message: StoredMessage, now: number): boolean {
    return message.visibleAt <= now && message.expiresAt > now;
  }

  /**
   * Up to `limit` visible messages, best first. With stripes, a batch reads a single stripe the
   * way MNS does, so batches come back partial while more messages wait in other stripes.
   */
  private select(
    limit: number,
    now: number,
    striping: 'none' | 'rotate' | 'best',
  ): StoredMessage[] {
    const stripeCount = striping === 'none' ? 1 : this.stripes;
    const buckets: StoredMessage[][] = Array.from({ length: stripeCount }, () => []);
    for (const message of this.messages.values()) {
      if (!this.isVisible(message, now)) continue;
      const bucket = buckets[message.seq % stripeCount];
      if (bucket !== undefined) insertTopK(bucket, message, limit);
    }
    if (stripeCount === 1) return buckets[0] ?? [];
    if (striping === 'best') {
      const best = buckets
        .filter((bucket) => bucket.length > 0)
        .sort((a, b) => compare(a[0] as StoredMessage, b[0] as StoredMessage))[0];
      return best ?? [];
    }
    for (let step = 0; step < stripeCount; step++) {
      const index = (this.stripeCursor + step) % stripeCount;
      const bucket = buckets[index];
      if (bucket !== undefined && bucket.length > 0) {
        this.stripeCursor = (index + 1) % stripeCount;
        return bucket;
      }
    }
    return [];
  }

  /** True when at least one message could be received now. */
  hasVisible(now: number): boolean {
    for (const message of this.messages.values()) if (this.isVisible(message, now)) return true;
    return false;
  }

  /** Receives up to `limit` messages: each gets a new handle and becomes invisible. */
  lease(limit: number, now: number, batch: boolean): LeasedMessage[] {
    const chosen = this.select(limit, now, batch ? 'rotate' : 'none');
    const visibilityMs = this.attributes.visibilityTimeout * 1000;
    return chosen.map((message) => {
      message.dequeueCount++;
      message.firstDequeueTime ??= now;
      message.visibleAt = now + visibilityMs;
      message.leased = true;
      return { message, handle: this.issueHandle(message) };
    });
  }

  /** Visible messages without any state change (PeekMessage / BatchPeekMessage). */
  peek(limit: number, now: number, batch: boolean): StoredMessage[] {
    return this.select(limit, now, batch ? 'best' : 'none');
  }

  /**
   * Judges a handle. Never issued here (malformed, forged, another queue) → 400 ReceiptHandleError.
   * Issued here but the message is gone, a newer handle superseded it, or its NextVisibleTime has
   * passed → 404 MessageNotExist, which is what the docs describe for expired handles.
   */
  checkHandle(handle: string, now: number): HandleVerdict {
    const parts = this.codec.read(handle);
    if (parts === undefined || parts.queueUid !== this.uid) {
      return { ok: false, error: mnsError('ReceiptHandleError'), newest: false };
    }
    const message = this.messages.get(parts.messageSeq);
    if (message === undefined || !this.isLive(message, now)) {
      return { ok: false, error: mnsError('MessageNotExist'), newest: false };
    }
    const newest = message.handle === handle;
    if (!newest || message.visibleAt <= now) {
      return {
        ok: false,
        error: mnsError('MessageNotExist'),
        newest,
        messageId: message.messageId,
      };
    }
    return { ok: true, message };
  }

  /** Deletes the message a valid handle names. */
  remove(message: StoredMessage): void {
    this.messages.delete(message.seq);
  }

  /** Restarts invisibility from `now` and rotates the handle. */
  changeVisibility(message: StoredMessage, seconds: number, now: number): string {
    message.visibleAt = now + seconds * 1000;
    return this.issueHandle(message);
  }

  /** Drops messages past their retention period; returns how many were dropped. */
  purgeExpired(now: number): number {
    let dropped = 0;
    for (const message of this.messages.values()) {
      if (this.isLive(message, now)) continue;
      this.messages.delete(message.seq);
      dropped++;
    }
    return dropped;
  }

  /** The next time after `now` at which some message changes state, if any. */
  nextEventAfter(now: number): number | undefined {
    let next: number | undefined;
    for (const message of this.messages.values()) {
      const at =
        message.visibleAt > now
          ? Math.min(message.visibleAt, message.expiresAt)
          : message.expiresAt;
      if (next === undefined || at < next) next = at;
    }
    return next;
  }

  /** Live message counts by state. */
  counts(now: number): Record<MessageState, number> {
    const counts = { active: 0, inactive: 0, delayed: 0 };
    for (const message of this.messages.values()) {
      if (this.isLive(message, now)) counts[this.stateOf(message, now)]++;
    }
    return counts;
  }

  /** Live messages in send order (for snapshots). */
  live(now: number): StoredMessage[] {
    return [...this.messages.values()].filter((message) => this.isLive(message, now));
  }
}
