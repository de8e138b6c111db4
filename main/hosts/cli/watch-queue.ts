import { isMnsError } from '../../engine/mns/mns-error';
import type { QueueClient, ReceivedMessage } from '../../engine/mns/queue-client';

/** What the terminal host does with each message and each problem. */
export interface WatchHandlers {
  onMessage(message: ReceivedMessage): void;
  onProblem(text: string): void;
}

/** Long-polls one queue until aborted: show each batch, then delete it in one batch call. */
export async function watchQueue(
  client: QueueClient,
  queue: string,
  signal: AbortSignal,
  handlers: WatchHandlers,
): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    try {
      const messages = await client.receive(queue, { max: 16, waitSeconds: 30, signal });
      for (const message of messages) handlers.onMessage(message);
      if (messages.length > 0) {
        const outcomes = await client.deleteBatch(
          queue,
          messages.map((m) => m.receiptHandle),
          { signal },
        );
        for (const outcome of outcomes) {
          if (!outcome.deleted)
            handlers.onProblem(`could not delete a message: ${outcome.errorMessage}`);
        }
      }
      failures = 0;
    } catch (error) {
      if (isMnsError(error, 'cancelled')) return;
      handlers.onProblem(error instanceof Error ? error.message : String(error));
      if (isMnsError(error) && !error.retryable) return;
      failures += 1;
      await pause(Math.min(30_000, 1000 * 2 ** failures), signal);
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
