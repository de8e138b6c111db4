/** Queues and their messages: CRUD, send, receive (with long polling), peek, delete, visibility. */
import type { ServerClock } from './clock';
import { mnsError } from './errors';
import type { MnsError } from './errors';
import { LongPollRegistry } from './long-poll';
import type { ParkOutcome } from './long-poll';
import { MessageQueue } from './message-queue';
import type { HandleVerdict, LeasedMessage, StoredMessage } from './message-queue';
import { snapshotOf } from './message-snapshot';
import type { MessageSnapshot } from './message-snapshot';
import { checkName, checkXmlText, createMessageIdFactory, md5Upper } from './identifiers';
import {
  checkRange,
  DEFAULT_QUEUE_ATTRIBUTES,
  LIMITS,
  mergeQueueAttributes,
  sameQueueAttributes,
} from './queue-attributes';
import { ReceiptHandleCodec } from './receipt-handle';
import type { QueueAttributeFields } from './request-xml';
import { WakeTimers } from './wake-timers';

/** Options a QueueStore is built with. */
export interface QueueStoreOptions {
  clock: ServerClock;
  stripes: number;
  longPollCap: number;
  rejectEmptyMessageBody?: boolean;
  /** See CompatOptions.staleHandleError. */
  staleHandleError?: 'MessageNotExist' | 'ReceiptHandleError';
}

/** A message to send; unset fields fall back to the queue's DelaySeconds and Priority 8. */
export interface SendInput {
  body: string;
  delaySeconds?: number;
  priority?: number;
}

/** What SendMessage answers. */
export interface SendResult {
  messageId: string;
  bodyMd5: string;
  /** Only for delayed messages, as the service does. */
  receiptHandle?: string;
}

/** How a receive ended. 'empty' = nothing and no wait; 'capped' = refused by the long-poll cap. */
export type ReceiveOutcome = ParkOutcome<LeasedMessage> | { readonly kind: 'empty' | 'capped' };

/** A receive request. `maxBatch` lets faults shrink a batch. */
export interface ReceiveRequest {
  limit: number;
  batch: boolean;
  waitMs: number;
  signal: AbortSignal;
  maxBatch?: number;
  /** Called when the request parks (for the audit log). */
  onPark?: () => void;
}

/** The outcome of presenting a receipt handle. */
export type HandleOutcome<T> =
  | ({ readonly ok: true; readonly messageId: string } & T)
  | {
      readonly ok: false;
      readonly error: MnsError;
      readonly newest: boolean;
      readonly messageId?: string;
    };

/** All queues of one local server. */
export class QueueStore {
  private readonly queues = new Map<string, MessageQueue>();
  private readonly wakes: WakeTimers<MessageQueue>;
  private readonly codec = new ReceiptHandleCodec();
  private readonly messageId = createMessageIdFactory();
  private nextUid = 1;
  private nextSeq = 1;
  readonly longPolls: LongPollRegistry;

  constructor(private readonly options: QueueStoreOptions) {
    this.longPolls = new LongPollRegistry(options.clock, options.longPollCap);
    this.wakes = new WakeTimers(options.clock, (queue) => this.onWake(queue));
  }

  private now(): number {
    return this.options.clock.now();
  }

  /** Creates a queue; 'identical' when it exists with the same attributes, 409 when they differ. */
  createQueue(name: string, fields: QueueAttributeFields = {}): 'created' | 'identical' {
    checkName(name, 'QueueNameLengthError', 'InvalidQueueName', LIMITS.nameLength);
    const attributes = mergeQueueAttributes(DEFAULT_QUEUE_ATTRIBUTES, fields);
    const existing = this.queues.get(name);
    if (existing !== undefined) {
      if (sameQueueAttributes(existing.attributes, attributes)) return 'identical';
      throw mnsError('QueueAlreadyExist');
    }
    const queue = new MessageQueue(
      name,
      this.nextUid++,
      attributes,
      this.now(),
      this.codec,
      this.options.stripes,
    );
    this.queues.set(name, queue);
    return 'created';
  }

  /** SetQueueAttributes: changes only the given fields. */
  setQueueAttributes(name: string, fields: QueueAttributeFields): void {
    const queue = this.getQueue(name);
    queue.attributes = mergeQueueAttributes(queue.attributes, fields);
    queue.lastModifyTime = this.now();
  }

  /** The queue, or 404 QueueNotExist. */
  getQueue(name: string): MessageQueue {
    const queue = this.queues.get(name);
    if (queue === undefined) throw mnsError('QueueNotExist');
    return queue;
  }

  /** Whether a queue exists. */
  hasQueue(name: string): boolean {
    return this.queues.has(name);
  }

  /** Deletes a queue and its messages; parked polls on it end. Missing queues are fine (204). */
  deleteQueue(name: string): void {
    const queue = this.queues.get(name);
    if (queue === undefined) return;
    this.queues.delete(name);
    this.wakes.clear(queue);
    this.longPolls.dropQueue(name);
  }

  /** Queue names in order, filtered by prefix, starting at `marker` (inclusive). */
  listQueues(
    prefix: string,
    marker: string,
    limit: number,
  ): { queues: MessageQueue[]; nextMarker?: string } {
    const names = [...this.queues.keys()]
      .filter((name) => name.startsWith(prefix) && name >= marker)
      .sort();
    const page = names.slice(0, limit).map((name) => this.getQueue(name));
    const next = names[limit];
    return next === undefined ? { queues: page } : { queues: page, nextMarker: next };
  }

  /** Validates and enqueues one message. */
  sendMessage(name: string, input: SendInput): SendResult {
    const queue = this.getQueue(name);
    const now = this.now();
    const bytes = Buffer.byteLength(checkXmlText('MessageBody', input.body), 'utf8');
    const minBytes = this.options.rejectEmptyMessageBody === false ? 0 : 1;
    checkRange('MessageBody', bytes, [minBytes, queue.attributes.maximumMessageSize], 'bytes');
    const delay = checkRange(
      'DelaySeconds',
      input.delaySeconds ?? queue.attributes.delaySeconds,
      LIMITS.delaySeconds,
      'seconds',
    );
    const priority = checkRange('Priority', input.priority ?? 8, LIMITS.priority, '');
    const seq = this.nextSeq++;
    const message: StoredMessage = {
      seq,
      messageId: this.messageId({ group: queue.uid, time: now, seq }),
      body: input.body,
      bodyMd5: md5Upper(input.body),
      priority,
      enqueueTime: now,
      expiresAt: now + queue.attributes.messageRetentionPeriod * 1000,
      visibleAt: now + delay * 1000,
      leased: false,
      generation: 0,
      handle: null,
      dequeueCount: 0,
      firstDequeueTime: null,
    };
    const receiptHandle = queue.add(message, now);
    this.wakes.wakeAt(
      queue,
      Math.min(message.visibleAt > now ? message.visibleAt : Infinity, message.expiresAt),
    );
    if (message.visibleAt <= now) this.longPolls.notify(name);
    const result: SendResult = { messageId: message.messageId, bodyMd5: message.bodyMd5 };
    if (receiptHandle !== undefined) result.receiptHandle = receiptHandle;
    return result;
  }

  /** Receives at once if possible, otherwise parks for `waitMs` on the server clock. */
  async receive(name: string, request: ReceiveRequest): Promise<ReceiveOutcome> {
    const queue = this.getQueue(name);
    const take = (): LeasedMessage[] => {
      if (this.queues.get(name) !== queue) return [];
      const limit = Math.min(request.limit, request.maxBatch ?? request.limit);
      const leased = queue.lease(limit, this.now(), request.batch);
      for (const { message } of leased) this.wakes.wakeAt(queue, message.visibleAt);
      return leased;
    };
    const immediate = take();
    if (immediate.length > 0) return { kind: 'delivered', items: immediate };
    if (request.waitMs <= 0) return { kind: 'empty' };
    if (!this.longPolls.hasCapacity()) return { kind: 'capped' };
    request.onPark?.();
    return this.longPolls.park({
      queue: name,
      waitMs: request.waitMs,
      signal: request.signal,
      take,
    });
  }

  /** Peeks without changing any state. */
  peek(name: string, limit: number, batch: boolean): StoredMessage[] {
    return this.getQueue(name).peek(limit, this.now(), batch);
  }

  /** Deletes the message a current handle names. */
  deleteMessage(name: string, handle: string): HandleOutcome<object> {
    const queue = this.getQueue(name);
    const verdict = this.checkHandle(queue, handle, this.now());
    if (!verdict.ok) return verdict;
    queue.remove(verdict.message);
    return { ok: true, messageId: verdict.message.messageId };
  }

  /** ChangeMessageVisibility: restarts invisibility from now and rotates the handle. */
  changeVisibility(
    name: string,
    handle: string,
    seconds: number,
  ): HandleOutcome<{ handle: string; nextVisibleTime: number }> {
    const queue = this.getQueue(name);
    const now = this.now();
    const verdict = this.checkHandle(queue, handle, now);
    if (!verdict.ok) return verdict;
    const next = queue.changeVisibility(verdict.message, seconds, now);
    this.wakes.wakeAt(queue, verdict.message.visibleAt);
    return {
      ok: true,
      messageId: verdict.message.messageId,
      handle: next,
      nextVisibleTime: verdict.message.visibleAt,
    };
  }

  /** Snapshot of a queue's live messages in send order. */
  listMessages(name: string): MessageSnapshot[] {
    const queue = this.getQueue(name);
    const now = this.now();
    return queue.live(now).map((message) => snapshotOf(queue, message, now));
  }

  /** Names of all queues, sorted. */
  queueNames(): string[] {
    return [...this.queues.keys()].sort();
  }

  /** Ends parked polls and clears every timer. */
  close(): void {
    this.longPolls.close();
    this.wakes.clearAll();
  }

  private checkHandle(queue: MessageQueue, handle: string, now: number): HandleVerdict {
    const verdict = queue.checkHandle(handle, now);
    const stale = !verdict.ok && verdict.messageId !== undefined;
    if (!stale || this.options.staleHandleError !== 'ReceiptHandleError') return verdict;
    return { ...verdict, error: mnsError('ReceiptHandleError') };
  }

  // Purge, serve parked polls, then arm the timer for the next state change.
  private onWake(queue: MessageQueue): void {
    if (this.queues.get(queue.name) !== queue) return;
    const now = this.now();
    queue.purgeExpired(now);
    if (queue.hasVisible(now)) this.longPolls.notify(queue.name);
    const next = queue.nextEventAfter(this.now());
    if (next !== undefined) this.wakes.wakeAt(queue, next);
  }
}
