// Consume mode: long-poll receives that lease messages (rules 1–4 of poller-reliability-security.md
// §2.2): waitseconds=30, numOfMessages=min(16, budget), straight back after any non-empty batch or
// a normal empty, and the fast-empty guard after an empty the server refused to park.
import type { ReceivedMessage } from '../mns/queue-client';
import { delayAfterEmpty } from './fast-empty';
import { DEFAULT_REQUEST_TIMEOUT_MS, MAX_BATCH } from './poll-mode';
import type { PollMode } from './poll-mode';

/** The long-poll wait of every receive: the MNS maximum, so an idle queue costs ~120 requests/hour. */
export const RECEIVE_WAIT_SECONDS = 30;

/** Settings of a consuming poller. */
export interface ConsumeOptions {
  /**
   * How many more leased messages the UI will hold for this queue; 0 stops receiving until
   * budgetChanged() is called. Unlimited (16 per receive) when absent.
   */
  budget?: (() => number) | undefined;
  /** Must match the QueueClient's requestTimeoutMs (default 20 s). */
  requestTimeoutMs?: number | undefined;
}

/** Creates the consume strategy. */
export function createConsumeMode(
  onMessages: (batch: ReceivedMessage[]) => Promise<void>,
  random: () => number,
  options: ConsumeOptions = {},
): PollMode {
  const waitMs = RECEIVE_WAIT_SECONDS * 1000;
  return {
    readTimeoutMs: waitMs + (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    minRetryDelayMs: 0,
    capacity() {
      const budget = options.budget?.() ?? MAX_BATCH;
      return Number.isFinite(budget) ? Math.max(0, Math.min(MAX_BATCH, Math.floor(budget))) : 0;
    },
    async fetch(client, queue, max, signal) {
      const batch = await client.receive(queue, {
        max,
        waitSeconds: RECEIVE_WAIT_SECONDS,
        signal,
      });
      return {
        returned: batch.length,
        // Leased messages are handed over even when the poller is stopping: dropping them would
        // hide them until their visibility timeout ran out.
        handOver: async () => {
          if (batch.length === 0) return 0;
          await onMessages(batch);
          return batch.length;
        },
      };
    },
    delayAfterSuccess({ startedAt, answeredAt, now, returned }) {
      // Stripes make partial batches normal, so any message at all means "poll again now".
      if (returned > 0) return 0;
      return delayAfterEmpty({ startedAt, answeredAt, now, waitMs }, random);
    },
  };
}
