/** Every way an MNS call can fail, as the UI and the pollers need to tell them apart. */
export type MnsErrorKind =
  /** MessageNotExist on receive/peek: the queue has nothing visible. Clients turn it into []. */
  | 'empty'
  /** Wrong or disabled AccessKey, bad secret, RAM denial, bad STS token. Retrying will not help. */
  | 'auth'
  /** TimeExpired that correcting the signing clock from the server's Date did not fix. */
  | 'clock-skew'
  /** 429 TooManyRequests or QpsLimitExceeded: back off from at least a second. */
  | 'throttled'
  /** 5xx, connection reset, read timeout, DNS hiccup: retry with backoff. */
  | 'transient'
  /** Host not found, connection refused, TLS failure: probably a wrong endpoint or no network. */
  | 'unreachable'
  /** QueueNotExist: the queue was deleted or the name/region is wrong. */
  | 'queue-missing'
  /** ReceiptHandleError or MessageNotExist on delete/visibility: the lease expired or was superseded. */
  | 'stale-receipt'
  /** A response that is not the XML MNS sends (truncated, HTML with 2xx, wrong shape). */
  | 'malformed-response'
  /** MNS rejected the request itself (InvalidArgument, MalformedXML, bad queue name…). */
  | 'invalid-request'
  /** The caller aborted the request (poller stopped, app suspending). */
  | 'cancelled'
  /** Anything the classifier does not recognise; reported verbatim. */
  | 'unexpected';

/** The MNS operations the client layer performs. */
export type MnsOperation =
  | 'receive'
  | 'peek'
  | 'delete'
  | 'batch-delete'
  | 'change-visibility'
  | 'list-queues'
  | 'get-queue-attributes';

/** Facts about one failure; everything here is safe to show and log (never a secret). */
export interface MnsErrorDetails {
  kind: MnsErrorKind;
  operation: MnsOperation;
  /** MNS error code (`QueueNotExist`) or Node error code (`ECONNRESET`), when there is one. */
  code: string | undefined;
  httpStatus: number | undefined;
  requestId: string | undefined;
  /** The failure may have happened after MNS acted (reset, read timeout, 5xx): a retry may find it done. */
  indeterminate: boolean;
  /** Worth retrying (with backoff) without the user changing anything. */
  retryable: boolean;
  /** Technical detail for the "details" disclosure: server message, Node error text. */
  detail: string;
}

/** A classified MNS failure whose message explains, in plain words, what went wrong and what to do. */
export class MnsError extends Error implements MnsErrorDetails {
  readonly kind: MnsErrorKind;
  readonly operation: MnsOperation;
  readonly code: string | undefined;
  readonly httpStatus: number | undefined;
  readonly requestId: string | undefined;
  readonly indeterminate: boolean;
  readonly retryable: boolean;
  readonly detail: string;

  constructor(message: string, details: MnsErrorDetails) {
    super(message);
    this.name = 'MnsError';
    this.kind = details.kind;
    this.operation = details.operation;
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.requestId = details.requestId;
    this.indeterminate = details.indeterminate;
    this.retryable = details.retryable;
    this.detail = details.detail;
  }

  /** Plain data for logs, IPC and tests. */
  toJSON(): MnsErrorDetails & { message: string } {
    return {
      message: this.message,
      kind: this.kind,
      operation: this.operation,
      code: this.code,
      httpStatus: this.httpStatus,
      requestId: this.requestId,
      indeterminate: this.indeterminate,
      retryable: this.retryable,
      detail: this.detail,
    };
  }
}

/** True when `value` is an MnsError of one of the given kinds (any kind when none are given). */
export function isMnsError(value: unknown, ...kinds: MnsErrorKind[]): value is MnsError {
  return value instanceof MnsError && (kinds.length === 0 || kinds.includes(value.kind));
}
