// Host side of poller-mns-process.ts: starts the local MNS server in a child process (with the same
// TypeScript loader flags as this process) and talks to it over IPC.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

import type { MnsAddress } from './poller-bench-kit';

/** What the benchmark asks the server process. */
export type RemoteCommand =
  | { op: 'preload'; count: number; seed: number; window: number }
  | { op: 'until-deleted'; count: number }
  | { op: 'traffic'; count: number; perSecond: number; seed: number }
  | { op: 'stop' };

/** A command with the id its reply carries. */
export type RemoteRequest = RemoteCommand & { id: number };

/** Its answers; id 0 is the start-up report (the address, or why it failed). */
export type RemoteReply = { id: number; result?: unknown; error?: string };

/** Requests on the benchmark queue (from the server's audit log) and the messages they carried. */
export interface RequestCount {
  receives: number;
  deletes: number;
  /** Messages handed out by the receives. */
  delivered: number;
  /** Messages the deletes removed. */
  deleted: number;
}

/** A local MNS server running in a child process. */
export interface RemoteMns extends MnsAddress {
  /**
   * Sends `count` demo messages to the benchmark queue: `window` at once, then one for each message
   * deleted, so at most `window` are outstanding. Resolves with how many were sent at once.
   */
  preload(count: number, seed: number, window: number): Promise<number>;
  /** Resolves once `count` messages of the benchmark queue are deleted, with the requests until then. */
  untilDeleted(count: number): Promise<RequestCount>;
  /** Sends `count` demo messages one by one at `perSecond`; resolves once all are sent. */
  traffic(count: number, perSecond: number, seed: number): Promise<void>;
  /** Stops the server and the process. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/** Forks the server process and waits until it listens. */
export function startRemoteMns(): Promise<RemoteMns> {
  const child = fork(join(__dirname, 'poller-mns-process.ts'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  child.on('message', (message: RemoteReply) => {
    const waiter = pending.get(message.id);
    if (waiter === undefined) return;
    pending.delete(message.id);
    holdWhilePending();
    if (message.error !== undefined)
      waiter.reject(new Error(`local MNS process: ${message.error}`));
    else waiter.resolve(message.result);
  });
  child.once('exit', (code) => {
    for (const waiter of pending.values())
      waiter.reject(new Error(`local MNS process exited (code ${String(code)})`));
    pending.clear();
  });

  // The child keeps this process alive only while an answer is awaited: a benchmark that failed
  // elsewhere must still be able to exit.
  const holdWhilePending = (): void => {
    if (pending.size > 0) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };
  const call = (command: RemoteCommand): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      holdWhilePending();
      child.send({ ...command, id });
    });

  return new Promise<RemoteMns>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('local MNS process did not start'));
    }, START_TIMEOUT_MS);
    pending.set(0, {
      resolve: (value) => {
        clearTimeout(timer);
        resolve({
          ...(value as MnsAddress),
          preload: async (count, seed, window) =>
            Number(await call({ op: 'preload', count, seed, window })),
          untilDeleted: async (count) =>
            (await call({ op: 'until-deleted', count })) as RequestCount,
          traffic: async (count, perSecond, seed) =>
            void (await call({ op: 'traffic', count, perSecond, seed })),
          stop: () => stopChild(child, call, exited),
        });
      },
      reject: (error) => {
        clearTimeout(timer);
        child.kill();
        reject(error);
      },
    });
    holdWhilePending();
  });
}

async function stopChild(
  child: ChildProcess,
  call: (command: RemoteCommand) => Promise<unknown>,
  exited: Promise<void>,
): Promise<void> {
  if (child.exitCode !== null) return;
  await call({ op: 'stop' }).catch(() => undefined);
  child.ref(); // until it has exited: this process may have nothing else to wait for
  if (child.connected) child.disconnect();
  await exited;
}
