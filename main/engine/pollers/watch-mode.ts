// Watch mode: peeks that change nothing on the queue (rule 15 of poller-reliability-security.md
// §2.2), for production queues whose real consumers must keep getting every message. A peek cannot
// long-poll and repeats what is still visible, so it runs on an interval and reports each
// MessageId once.
import type { PeekedMessage } from '../mns/queue-client';
import { MAX_BATCH, DEFAULT_REQUEST_TIMEOUT_MS } from './poll-mode';
import type { PollMode } from './poll-mode';
import { SeenIds } from './seen-ids';

/** Default time between the starts of two peeks: 360 requests/hour. */
export const DEFAULT_PEEK_INTERVAL_MS = 10_000;

/** Settings of a watching poller. */
export interface WatchOptions {
  /** Time between the starts of two peeks (default 10 s, at least 1 s). */
  peekIntervalMs?: number | undefined;
  /** How many reported MessageIds are remembered (default 2048). */
  rememberIds?: number | undefined;
  /** Must match the QueueClient's requestTimeoutMs (default 20 s). */
  requestTimeoutMs?: number | undefined;
}

/** Creates the watch strategy. */
export function createWatchMode(
  onMessages: (batch: PeekedMessage[]) => Promise<void>,
  options: WatchOptions = {},
): PollMode {
  // Peeks are billed like receives and cannot park; sub-second intervals would be a hot loop.
  const intervalMs = Math.max(1_000, options.peekIntervalMs ?? DEFAULT_PEEK_INTERVAL_MS);
  const seen = new SeenIds(options.rememberIds);
  return {
    readTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    // After a failure too, a watcher never peeks more often than its interval.
    minRetryDelayMs: intervalMs,
    capacity: () => MAX_BATCH,
    async fetch(client, queue, max, signal) {
      const batch = await client.peek(queue, { max, signal });
      const fresh = new Map<string, PeekedMessage>();
      for (const message of batch) {
        if (!seen.touch(message.messageId)) fresh.set(message.messageId, message);
      }
      return {
        returned: batch.length,
        handOver: async () => {
          if (fresh.size === 0) return 0;
          const news = [...fresh.values()];
          await onMessages(news);
          // Remembered only once handed over, so a failed hand-over is offered again next peek.
          for (const message of news) seen.add(message.messageId);
          return news.length;
        },
      };
    },
    delayAfterSuccess: ({ startedAt, now }) => Math.max(0, startedAt + intervalMs - now),
  };
}
