// The benchmark's naive baseline: what a first attempt at an MNS consumer looks like. It short-polls
// (waitseconds=0) for one message at a time, sleeps 1 s whenever the queue is empty, and deletes
// every message with its own DeleteMessage. To keep the comparison fair it does the same work per
// message as MNS Watch: classify, journal (fsync), push to the host, delete, journal the outcome.
import { entriesFromBatch } from '../../main/engine/feed/queue-intake';
import type { MessageOrigin } from '../../main/engine/events/event-model';
import type { Journal, JournalEntry } from '../../main/engine/journal';
import type { QueueClient } from '../../main/engine/mns/queue-client';

/** What the naive poller runs on. */
export interface NaivePollerOptions {
  client: QueueClient;
  origin: MessageOrigin;
  journal: Journal;
  /** Called with each journaled entry, like the feed engine's 'feed' event. */
  onPush: (entries: JournalEntry[]) => void;
  /** The pause after an empty answer (1 s); injectable so a manual clock can drive it. */
  sleep: (ms: number) => Promise<void>;
  /** Epoch ms for firstSeenAt/lastSeenAt. */
  now: () => number;
  /** Delete each message after journaling it (default true). */
  deleteAfterJournal?: boolean;
}

/** How long the naive poller sleeps after an empty receive. */
export const NAIVE_EMPTY_SLEEP_MS = 1_000;

/** A running naive poller. */
export interface NaivePoller {
  /** Ends the loop after the current step; resolves when it has exited. */
  stop(): Promise<void>;
  /** Receive requests sent so far. */
  readonly receives: number;
}

/** Starts the naive loop at once. A failed request is retried after the 1 s sleep. */
export function startNaivePoller(options: NaivePollerOptions): NaivePoller {
  const { client, origin, journal } = options;
  const deleteAfter = options.deleteAfterJournal ?? true;
  let stopping = false;
  let receives = 0;

  async function step(): Promise<void> {
    receives += 1;
    const batch = await client.receive(origin.queue, { max: 1, waitSeconds: 0 });
    if (batch.length === 0) {
      await options.sleep(NAIVE_EMPTY_SLEEP_MS);
      return;
    }
    for (const message of batch) {
      const stored = await journal.upsert(entriesFromBatch([message], origin, options.now()));
      options.onPush(stored);
      if (!deleteAfter) continue;
      await client.delete(origin.queue, message.receiptHandle);
      for (const entry of stored)
        await journal.update(entry.id, { state: 'deleted', leaseExpiresAt: undefined });
    }
  }

  const loop = (async () => {
    while (!stopping) {
      try {
        await step();
      } catch {
        if (!stopping) await options.sleep(NAIVE_EMPTY_SLEEP_MS);
      }
    }
  })();

  return {
    stop() {
      stopping = true;
      return loop;
    },
    get receives() {
      return receives;
    },
  };
}
