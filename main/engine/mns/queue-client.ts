/** A message taken off a queue with a lease (receive): it can be deleted or released with its handle. */
export interface ReceivedMessage {
  messageId: string;
  /** Valid until nextVisibleTime; every receive and visibility change issues a new one. */
  receiptHandle: string;
  /** The body exactly as stored in MNS (producers may have Base64-encoded it). */
  body: string;
  bodyMd5: string;
  enqueueTime: number;
  firstDequeueTime: number;
  nextVisibleTime: number;
  dequeueCount: number;
  priority: number;
  /** This message's `<Message>` element exactly as it arrived in the response. */
  rawXml: string;
}

/** A message looked at without taking it (peek): no lease, no handle, no state change. */
export interface PeekedMessage {
  messageId: string;
  body: string;
  bodyMd5: string;
  enqueueTime: number;
  firstDequeueTime: number;
  dequeueCount: number;
  priority: number;
  rawXml: string;
}

/** The outcome for one handle of a batch delete. */
export type DeleteOutcome =
  | { receiptHandle: string; deleted: true }
  | {
      receiptHandle: string;
      deleted: false;
      errorCode: string;
      errorMessage: string;
      stale: boolean;
    };

/** A lease changed by ChangeMessageVisibility: the old handle is dead from now on. */
export interface VisibilityChange {
  receiptHandle: string;
  nextVisibleTime: number;
}

/** One page of ListQueue. */
export interface QueuePage {
  queues: { name: string; url: string }[];
  /** Pass back to get the next page; undefined on the last page. */
  nextMarker: string | undefined;
}

/** A queue's settings and (approximate) message counts. */
export interface QueueAttributes {
  name: string;
  createTime: number;
  lastModifyTime: number;
  delaySeconds: number;
  maximumMessageSize: number;
  messageRetentionPeriod: number;
  visibilityTimeout: number;
  pollingWaitSeconds: number;
  activeMessages: number;
  inactiveMessages: number;
  delayMessages: number;
  loggingEnabled: boolean;
}

/** Per-call options: every call can be cancelled. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** The MNS operations MNS Watch needs, typed and with every failure classified as an MnsError. */
export interface QueueClient {
  /** Receives up to `max` (1–16) messages, waiting up to `waitSeconds` (0–30); [] when none arrive. */
  receive(
    queue: string,
    options: CallOptions & { max: number; waitSeconds: number },
  ): Promise<ReceivedMessage[]>;
  /** Peeks up to `max` (1–16) visible messages without changing them; [] when none are visible. */
  peek(queue: string, options: CallOptions & { max: number }): Promise<PeekedMessage[]>;
  /** Deletes one message; resolves only on MNS's 204. */
  delete(queue: string, receiptHandle: string, options?: CallOptions): Promise<void>;
  /** Deletes up to 16 messages, with an outcome per handle in input order. */
  deleteBatch(
    queue: string,
    receiptHandles: string[],
    options?: CallOptions,
  ): Promise<DeleteOutcome[]>;
  /** Sets a lease to `seconds` (1–43200) from now; returns the new handle. */
  changeVisibility(
    queue: string,
    receiptHandle: string,
    seconds: number,
    options?: CallOptions,
  ): Promise<VisibilityChange>;
  /** One page of queue names, optionally filtered by prefix. */
  listQueues(
    options?: CallOptions & { prefix?: string; marker?: string; pageSize?: number },
  ): Promise<QueuePage>;
  /** The queue's attributes. */
  getQueueAttributes(queue: string, options?: CallOptions): Promise<QueueAttributes>;
  /** Closes pooled connections, e.g. after the computer wakes from sleep. */
  dropConnections(): void;
}
