import type { ClassifiedMessage } from '../events/classify-message';

/** Where a message stands, as far as MNS Watch knows. */
export type MessageState =
  /** Received in consume mode: leased to us until `leaseExpiresAt`. */
  | 'leased'
  /** Seen by a peek in watch mode: never leased, nothing to act on. */
  | 'peeked'
  /** The lease ran out (or was released): MNS will deliver it again, to us or another consumer. */
  | 'visible'
  /** A delete is waiting out its undo window, or is in flight. */
  | 'deleting'
  /** MNS answered 204 to a delete. */
  | 'deleted'
  /** A delete failed; `lastError` says why (a stale lease, a network failure…). */
  | 'delete-failed';

/** One message in the journal: everything classified about it plus what happened since. */
export interface JournalEntry {
  /** Dedupe identity: account/region/queue/MessageId. */
  id: string;
  message: ClassifiedMessage;
  state: MessageState;
  /** Epoch ms when MNS Watch first and last received or peeked it. */
  firstSeenAt: number;
  lastSeenAt: number;
  /** The newest receipt handle and when its lease ends (consume mode only). */
  receiptHandle: string | undefined;
  leaseExpiresAt: number | undefined;
  /** How many times it was delivered to MNS Watch (a redelivery updates the entry, never duplicates it). */
  deliveries: number;
  /** The last failure of an action on it, in words. */
  lastError: string | undefined;
}
