// A steady stream of realistic demo messages into the consumed queue on the local MNS server.
import type { LocalMns } from '../../main/local-mns';
import { generateDemoMessages } from '../../main/local-mns/demo';
import { LIVE_QUEUE } from './renderer-setup';

/** A running sender. */
export interface Sender {
  /** Messages sent so far. */
  sent(): number;
  stop(): void;
}

const TICK_MS = 10;

/** Sends `perSecond` messages a second (catching up on late ticks) until stopped. */
export function startSender(server: LocalMns, perSecond: number): Sender {
  // Events of now (the demo's own pace, compressed), so they arrive at the top of the feed.
  const bodies = generateDemoMessages('bench-live', 2000, {
    accountId: server.accountId,
    startTimeMs: Date.now(),
    speed: 100,
  }).map((message) => message.body);
  const started = performance.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    for (; sent < due; sent += 1)
      server.store.sendMessage(LIVE_QUEUE, bodies[sent % bodies.length] ?? '');
  }, TICK_MS);
  return {
    sent: () => sent,
    stop: () => clearInterval(timer),
  };
}
