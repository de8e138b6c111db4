// Child-process entry of the timed polling figures: a local MNS server in its own process, so its
// work (signature checks, XML, scanning a 20,000-message queue) runs beside the app on the second
// core, as a real MNS would, instead of inside the event loop being measured. Driven over IPC by
// poller-remote-mns.ts.
import { performance } from 'node:perf_hooks';

import { startLocalMns } from '../../main/local-mns';
import type { LocalMns } from '../../main/local-mns';
import type { RemoteReply, RemoteRequest, RequestCount } from './poller-remote-mns';
import { BENCH_QUEUE, demoBodies, preload } from './poller-bench-kit';

const RECEIVES: ReadonlySet<string> = new Set(['ReceiveMessage', 'BatchReceiveMessage']);
const DELETES: ReadonlySet<string> = new Set(['DeleteMessage', 'BatchDeleteMessage']);

async function main(): Promise<void> {
  const mns = await startLocalMns({ queues: [BENCH_QUEUE] });
  // Requests on the benchmark queue as the audit log records them, and messages in them.
  const cost: RequestCount = { receives: 0, deletes: 0, delivered: 0, deleted: 0 };
  const deleteWaiters: { count: number; resolve: (snapshot: RequestCount) => void }[] = [];
  let refill: { bodies: string[]; next: number; window: number } | undefined;
  mns.audit.on('entry', (entry) => {
    if (entry.queue !== BENCH_QUEUE) return;
    if (RECEIVES.has(entry.operation)) {
      cost.receives += 1;
      cost.delivered += entry.messageIds.length;
    }
    if (!DELETES.has(entry.operation)) return;
    cost.deletes += 1;
    cost.deleted += entry.messageIds.length;
    if (refill !== undefined) {
      const { bodies, window } = refill;
      // Outstanding (sent, not yet deleted) messages of this preload stay at `window`.
      while (refill.next < bodies.length && refill.next - cost.deleted < window)
        mns.store.sendMessage(BENCH_QUEUE, bodies[refill.next++] ?? '');
    }
    for (const waiter of [...deleteWaiters]) {
      if (cost.deleted < waiter.count) continue;
      deleteWaiters.splice(deleteWaiters.indexOf(waiter), 1);
      waiter.resolve({ ...cost });
    }
  });

  const handle = async (request: RemoteRequest): Promise<unknown> => {
    switch (request.op) {
      case 'preload': {
        // A producer faster than any consumer: `window` messages at once, then one more for each
        // one deleted, until `count` were sent. The queue never runs dry, yet the local server
        // (which scans its whole queue on every receive, unlike MNS) costs the same per receive
        // for a long run as for a short one.
        const bodies = demoBodies(request.count, request.seed);
        const first = Math.min(request.window, bodies.length);
        preload(mns, bodies.slice(0, first));
        refill = { bodies, next: first, window: request.window };
        return first;
      }
      case 'until-deleted':
        if (cost.deleted >= request.count) return { ...cost };
        return new Promise<RequestCount>((resolve) =>
          deleteWaiters.push({ count: request.count, resolve }),
        );
      case 'traffic':
        return sendAtRate(mns, demoBodies(request.count, request.seed), request.perSecond);
      case 'stop':
        await mns.stop();
        return undefined;
    }
  };

  // The benchmark went away (finished, failed or killed): so does its server.
  process.once('disconnect', () => void mns.stop().finally(() => process.exit(0)));
  process.on('message', (message: RemoteRequest) => {
    handle(message).then(
      (result) => reply({ id: message.id, result }),
      (error: unknown) =>
        reply({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  reply({ id: 0, result: address(mns) });
}

/** Sends `bodies` one by one at `perSecond`, as live events arrive; resolves once all are sent. */
function sendAtRate(mns: LocalMns, bodies: readonly string[], perSecond: number): Promise<number> {
  const started = performance.now();
  let sent = 0;
  return new Promise((resolve) => {
    const tick = (): void => {
      const due = Math.min(
        bodies.length,
        Math.floor(((performance.now() - started) / 1000) * perSecond) + 1,
      );
      for (; sent < due; sent += 1) mns.store.sendMessage(BENCH_QUEUE, bodies[sent] ?? '');
      if (sent >= bodies.length) resolve(sent);
      else setTimeout(tick, 1);
    };
    tick();
  });
}

function address(mns: LocalMns) {
  return {
    url: mns.url,
    accountId: mns.accountId,
    accessKeyId: mns.accessKeyId,
    accessKeySecret: mns.accessKeySecret,
  };
}

function reply(message: RemoteReply): void {
  process.send?.(message);
}

main().catch((error: unknown) => {
  reply({ id: 0, error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
