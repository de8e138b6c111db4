/** What operation handlers receive and return. */
import type { IncomingHttpHeaders } from 'node:http';

import { mnsError } from './errors';
import { LIMITS, checkRange } from './queue-attributes';
import { parseInteger } from './request-xml';
import type { ParsedBody } from './request-xml';
import type { XmlDocument } from './response-xml';
import type { Route } from './routes';
import type { LocalMnsStore } from './store';

/** Choices where the protocol spec (§10) is uncertain; every one is configurable. */
export interface CompatOptions {
  /** Status of a BatchSendMessage with failed entries (default 500). */
  batchSendFailureStatus: number;
  /** Status of a BatchDeleteMessage with failed entries (default 404). */
  batchDeleteFailureStatus: number;
  /** FirstDequeueTime of a never-received message in Peek: 0 (default) or its EnqueueTime. */
  firstDequeueTimeBeforeReceive: 'zero' | 'enqueue-time';
  /** Emit QueueName/TopicName/SubscriptionName next to the URL in list results (default true). */
  listIncludesNames: boolean;
  /** Reject an empty MessageBody with InvalidArgument (default true). */
  rejectEmptyMessageBody: boolean;
  /**
   * Code for a handle this server issued that is superseded or past its NextVisibleTime while
   * the message still exists (default MessageNotExist, 404; the alternative is 400).
   */
  staleHandleError: 'MessageNotExist' | 'ReceiptHandleError';
  /** Put a trailing slash on the `<Error>` namespace as the docs print it (default false). */
  errorNamespaceTrailingSlash: boolean;
}

/** Defaults for CompatOptions. */
export const DEFAULT_COMPAT: Readonly<CompatOptions> = {
  batchSendFailureStatus: 500,
  batchDeleteFailureStatus: 404,
  firstDequeueTimeBeforeReceive: 'zero',
  listIncludesNames: true,
  rejectEmptyMessageBody: true,
  staleHandleError: 'MessageNotExist',
  errorNamespaceTrailingSlash: false,
};

/** Audit facts a handler reports while it works. */
export interface OutcomeDraft {
  messageIds: string[];
  receiptHandles: string[];
  handleWasNewest: boolean[];
  handleResults: string[];
  issuedReceiptHandles: string[];
  committed: boolean;
  parked: boolean;
}

/** A fresh, empty outcome. */
export function emptyOutcome(): OutcomeDraft {
  return {
    messageIds: [],
    receiptHandles: [],
    handleWasNewest: [],
    handleResults: [],
    issuedReceiptHandles: [],
    committed: false,
    parked: false,
  };
}

/** Everything a handler may use. */
export interface HandlerContext {
  readonly store: LocalMnsStore;
  readonly route: Route;
  readonly body: ParsedBody;
  readonly headers: IncomingHttpHeaders;
  /** `http://<Host header>`: the base of Location, QueueURL and TopicURL. */
  readonly baseUrl: string;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
  readonly compat: CompatOptions;
  /** Limits a batch read to fewer messages (fault 'partial-batch'). */
  readonly maxBatch?: number;
  readonly outcome: OutcomeDraft;
}

/** A handler's answer, before any response-shaping fault is applied. */
export interface HandlerResult {
  readonly status: number;
  readonly document?: XmlDocument;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An operation handler. Throwing an MnsError answers with an `<Error>` document. */
export type Handler = (context: HandlerContext) => HandlerResult | Promise<HandlerResult>;

/** The queue/topic/subscription name the route carries (routes guarantee it for their operations). */
export function required(value: string | undefined): string {
  if (value === undefined) throw mnsError('InvalidRequestURL');
  return value;
}

/** List paging headers: x-mns-prefix, x-mns-marker, x-mns-ret-number (1–1000, default 1000). */
export function pagingHeaders(headers: IncomingHttpHeaders): {
  prefix: string;
  marker: string;
  limit: number;
} {
  const single = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const rawLimit = single('x-mns-ret-number');
  const limit =
    rawLimit === undefined || rawLimit === ''
      ? LIMITS.listLimit[1]
      : checkRange(
          'x-mns-ret-number',
          parseInteger(rawLimit, 'x-mns-ret-number'),
          LIMITS.listLimit,
          '',
        );
  return { prefix: single('x-mns-prefix') ?? '', marker: single('x-mns-marker') ?? '', limit };
}

/** Whether the x-mns-with-meta header asks for full attributes in list results. */
export function withMeta(headers: IncomingHttpHeaders): boolean {
  const value = headers['x-mns-with-meta'];
  return (Array.isArray(value) ? value[0] : value)?.toLowerCase() === 'true';
}
