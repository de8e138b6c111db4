// What a poller does with each kind of failed receive/peek: table 2.3 of
// poller-reliability-security.md, keyed by the client's MnsError kinds. Never "retry now": every
// retry goes through backoff, because an immediate retry is the hot loop sqs-consumer #484/#490
// describe.
import { isMnsError } from '../mns/mns-error';
import type { MnsErrorKind } from '../mns/mns-error';
import { THROTTLE_FLOOR_MS } from './backoff';

/** States in which a poller has stopped itself until the user acts. */
export type HaltState = 'auth-error' | 'clock-error' | 'queue-missing';

/** The poller's reaction to one failure. */
export type ErrorAction =
  /** Treat as an empty answer (the fast-empty guard still applies). */
  | { readonly action: 'empty' }
  /** Back off (full jitter, at least `floorMs`), then poll again. */
  | { readonly action: 'retry'; readonly floorMs: number }
  /** Stop polling and show `state` until the user fixes the cause. */
  | { readonly action: 'halt'; readonly state: HaltState };

const RETRY: ErrorAction = { action: 'retry', floorMs: 0 };

/** Table 2.3 as data: one action per MnsError kind. */
export const ERROR_POLICY: Readonly<Record<MnsErrorKind, ErrorAction>> = {
  // The client already turns MessageNotExist into []; should one slip through, it is still "empty".
  empty: { action: 'empty' },
  // Retrying wrong credentials only piles up 403s; resume on credentialsChanged().
  auth: { action: 'halt', state: 'auth-error' },
  // The client has already corrected its clock from the server Date once; it did not help.
  'clock-skew': { action: 'halt', state: 'clock-error' },
  throttled: { action: 'retry', floorMs: THROTTLE_FLOOR_MS },
  transient: RETRY,
  // ENOTFOUND/ECONNREFUSED/TLS: keep backing off (cap 60 s); after 5 minutes the message says so.
  unreachable: RETRY,
  'queue-missing': { action: 'halt', state: 'queue-missing' },
  // Cannot happen on receive/peek; if it does, it is the server's confusion, not ours.
  'stale-receipt': RETRY,
  // Never half-display a batch: the whole answer is dropped and the poll repeated later.
  'malformed-response': RETRY,
  // Permanent in principle, but a slow (≤ 1/min) retry costs nothing and recovers from a server
  // that briefly rejected a valid request; the message is shown meanwhile.
  'invalid-request': RETRY,
  // The poller ignores cancellations it asked for; one it did not ask for is a dropped request.
  cancelled: RETRY,
  unexpected: RETRY,
};

/** How long unreachable errors must persist before the status says to check the endpoint. */
export const UNREACHABLE_NOTICE_AFTER_MS = 5 * 60_000;

/** A failure as the poller reports and handles it. */
export interface ClassifiedFailure {
  kind: MnsErrorKind;
  message: string;
  action: ErrorAction;
}

/** Classifies anything a QueueClient call threw; a non-MnsError is a bug elsewhere, kept visible. */
export function classifyPollFailure(error: unknown): ClassifiedFailure {
  if (isMnsError(error)) {
    return { kind: error.kind, message: error.message, action: ERROR_POLICY[error.kind] };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'unexpected',
    message: `Unexpected error while polling: ${detail}`,
    action: ERROR_POLICY.unexpected,
  };
}

/** The status message once a region has been unreachable for UNREACHABLE_NOTICE_AFTER_MS. */
export function unreachableNotice(message: string): string {
  return `Region unreachable for over 5 minutes: check the endpoint (region and account ID) and the network. ${message}`;
}
