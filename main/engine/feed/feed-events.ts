import type { ActionResult } from '../actions/action-result';
import type { JournalEntry } from '../journal/journal-entry';
import type { NotificationText } from '../notifications';
import type { PollerStatus } from '../pollers';

/** Identifies one watched queue: account profile, region and queue name. */
export interface QueueRef {
  /** The settings account (profile) id. */
  profileId: string;
  accountId: string;
  regionId: string;
  queue: string;
}

/** "profile/region/queue": the key hosts use for per-queue commands and statuses. */
export function queueRefKey(ref: Pick<QueueRef, 'profileId' | 'regionId' | 'queue'>): string {
  return `${ref.profileId}/${ref.regionId}/${ref.queue}`;
}

/** Everything the engine tells its host, as plain data (safe for IPC and sockets). */
export type FeedEvent =
  /** Entries added or changed: new deliveries, redeliveries (same id), state changes. */
  | { type: 'feed'; entries: JournalEntry[] }
  /** A queue's poller status changed. */
  | { type: 'status'; queue: QueueRef; mode: 'watch' | 'consume'; status: PollerStatus }
  /** A desktop notification (or digest) to show now. */
  | { type: 'notification'; notification: NotificationText }
  /** A scheduled delete was sent or undone. */
  | { type: 'action-results'; ticket: string; results: ActionResult[] }
  /** Something the user should know that is not tied to one message, in words. */
  | {
      type: 'notice';
      level: 'info' | 'warning' | 'error';
      queue: QueueRef | undefined;
      message: string;
    };
