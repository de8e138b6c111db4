/** Direct in-process access to a local server's state, for tests, benchmarks and demo traffic. */
import type { ServerClock } from './clock';
import type { NotifyContentFormat } from './notifications';
import type { QueueAttributes } from './queue-attributes';
import { QueueStore } from './queue-store';
import type { MessageSnapshot } from './message-snapshot';
import type { SendResult } from './queue-store';
import type { Delivery, TopicAttributes } from './topics';
import { TopicStore } from './topics';

/** What a LocalMnsStore is built with. */
export interface LocalMnsStoreOptions {
  clock: ServerClock;
  accountId: string;
  region: string;
  stripes: number;
  longPollCap: number;
  rejectEmptyMessageBody?: boolean;
  staleHandleError?: 'MessageNotExist' | 'ReceiptHandleError';
}

/** Options of a direct subscribe: a queue of this account, or an explicit endpoint string. */
export interface SubscribeOptions {
  queue?: string;
  endpoint?: string;
  format?: NotifyContentFormat;
  filterTag?: string;
  notifyStrategy?: 'BACKOFF_RETRY' | 'EXPONENTIAL_DECAY_RETRY';
}

/** The whole state of one local server, shared by the HTTP routes and direct callers. */
export class LocalMnsStore {
  readonly queues: QueueStore;
  readonly topics: TopicStore;
  /** The server clock every state change is measured against. */
  readonly clock: ServerClock;

  constructor(private readonly options: LocalMnsStoreOptions) {
    this.clock = options.clock;
    this.queues = new QueueStore(options);
    this.topics = new TopicStore({
      clock: options.clock,
      accountId: options.accountId,
      deliver: (queue, input) => this.queues.sendMessage(queue, input),
    });
  }

  /** The account this server pretends to be. */
  get accountId(): string {
    return this.options.accountId;
  }

  /** The endpoint string that subscribes a topic to one of this account's queues. */
  queueEndpoint(queue: string): string {
    return `acs:mns:${this.options.region}:${this.options.accountId}:queues/${queue}`;
  }

  /** Creates a queue (throws MnsError on invalid names/attributes or a conflicting queue). */
  createQueue(name: string, attributes: Partial<QueueAttributes> = {}): 'created' | 'identical' {
    return this.queues.createQueue(name, attributes);
  }

  /** Deletes a queue and its messages. */
  deleteQueue(name: string): void {
    this.queues.deleteQueue(name);
  }

  /** Sends a message as SendMessage would, waking parked long polls. */
  sendMessage(
    queue: string,
    body: string,
    options: { delaySeconds?: number; priority?: number } = {},
  ): SendResult {
    return this.queues.sendMessage(queue, { body, ...options });
  }

  /** Creates a topic. */
  createTopic(name: string, attributes: Partial<TopicAttributes> = {}): 'created' | 'identical' {
    return this.topics.createTopic(name, attributes);
  }

  /** Publishes to a topic, pushing into subscribed queues. */
  publishMessage(
    topic: string,
    body: string,
    tag?: string,
  ): { messageId: string; deliveries: Delivery[] } {
    const { messageId, deliveries } = this.topics.publish(topic, body, tag);
    return { messageId, deliveries };
  }

  /** Subscribes a topic to a queue (or endpoint). */
  subscribe(
    topic: string,
    subscription: string,
    options: SubscribeOptions,
  ): 'created' | 'identical' {
    const endpoint =
      options.endpoint ?? (options.queue === undefined ? '' : this.queueEndpoint(options.queue));
    return this.topics.subscribe(topic, subscription, {
      endpoint,
      ...(options.format === undefined ? {} : { notifyContentFormat: options.format }),
      ...(options.filterTag === undefined ? {} : { filterTag: options.filterTag }),
      ...(options.notifyStrategy === undefined ? {} : { notifyStrategy: options.notifyStrategy }),
    });
  }

  /** Snapshot of a queue's live messages (state, newest handle, counters, times). */
  listMessages(queue: string): MessageSnapshot[] {
    return this.queues.listMessages(queue);
  }

  /** Names of all queues. */
  queueNames(): string[] {
    return this.queues.queueNames();
  }

  /** Ends parked polls and clears timers. */
  close(): void {
    this.queues.close();
  }
}
