// App-added latency: from the moment a receive's HTTP response has fully arrived (observed below
// the SDK, through Node's http diagnostics channel, so XML parsing counts as app time) to the moment
// the message is pushed to the host. Observation only: nothing here changes what the engine does.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

import type { QueueClient } from '../../main/engine/mns/queue-client';

const RESPONSE_CHANNEL = 'http.client.response.finish';
// A receive (not a peek): GET /queues/<name>/messages?...waitseconds=...
const RECEIVE_PATH = /^\/queues\/([^/?]+)\/messages\?(?:.*&)?waitseconds=/;

/** Stamps receive responses and the pushes that follow them; one poller per queue at a time. */
export class LatencyProbe {
  /** App-added milliseconds, one per first push of a received message. */
  private readonly samples: number[] = [];
  /** performance.now() of the first receive call through a wrapped client. */
  firstReceiveAt: number | undefined;
  private readonly lastResponseEnd = new Map<string, number>();
  private readonly receivedAt = new Map<string, number>();
  private subscribed = false;

  private readonly onResponse = (message: unknown): void => {
    const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
    const queue = request.method === 'GET' ? RECEIVE_PATH.exec(request.path)?.[1] : undefined;
    if (queue === undefined) return;
    // Registered before the SDK's own reader, so this runs first when the last byte is in.
    response.once('end', () => this.lastResponseEnd.set(queue, performance.now()));
  };

  /** Starts observing HTTP responses in this process. */
  start(): this {
    if (!this.subscribed) subscribe(RESPONSE_CHANNEL, this.onResponse);
    this.subscribed = true;
    return this;
  }

  /** Stops observing. */
  stop(): void {
    if (this.subscribed) unsubscribe(RESPONSE_CHANNEL, this.onResponse);
    this.subscribed = false;
  }

  /** A client that behaves exactly like `client` and tells the probe which messages a response held. */
  wrap(client: QueueClient): QueueClient {
    return {
      ...client,
      receive: async (queue, options) => {
        this.firstReceiveAt ??= performance.now();
        const batch = await client.receive(queue, options);
        const at = this.lastResponseEnd.get(queue) ?? performance.now();
        for (const message of batch) this.receivedAt.set(message.messageId, at);
        return batch;
      },
    };
  }

  /** Records the push of these messages; only a message's first push after its receive counts. */
  pushed(messageIds: readonly string[]): void {
    const now = performance.now();
    for (const id of messageIds) {
      const at = this.receivedAt.get(id);
      if (at === undefined) continue;
      this.receivedAt.delete(id);
      this.samples.push(now - at);
    }
  }

  /** The samples so far, ascending; the probe starts a fresh set. */
  take(): number[] {
    const taken = this.samples.splice(0).sort((a, b) => a - b);
    return taken;
  }
}
