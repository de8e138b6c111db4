import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type {
  EngineEvent,
  EngineMethod,
  EngineParams,
  EngineResult,
  FeedRow,
} from '../../../../preload/contract';
import { createMemorySecretStore } from '../../../../main/engine/credentials/memory-secret-store';
import type { SecretStore } from '../../../../main/engine/credentials/secret-store';
import { startEngineRuntime } from '../../../../main/hosts/engine-api/engine-runtime';
import type {
  EngineRuntime,
  EngineRuntimeOptions,
} from '../../../../main/hosts/engine-api/engine-runtime';
import { startLocalMns } from '../../../../main/local-mns';
import type { LocalMns } from '../../../../main/local-mns';

/** Teardown steps a test registers; run them in reverse in afterEach. */
export type Cleanup = (() => Promise<void> | void)[];

/** Runs registered teardown steps newest first and empties the list. */
export async function runCleanup(cleanup: Cleanup): Promise<void> {
  for (const step of cleanup.splice(0).reverse()) await step();
}

/** A fresh temp folder, removed at teardown. */
export function tempDir(cleanup: Cleanup, prefix = 'mnsw-runtime-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Records pushed engine events; `next` resolves with the first past or future match. */
export function eventLog() {
  const events: EngineEvent[] = [];
  const waiters: { match: (e: EngineEvent) => boolean; resolve: (e: EngineEvent) => void }[] = [];
  return {
    events,
    push(event: EngineEvent): void {
      events.push(event);
      for (const waiter of [...waiters]) {
        if (!waiter.match(event)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    },
    next<E extends EngineEvent>(
      match: (e: EngineEvent) => e is E,
      what: string,
      timeoutMs = 15_000,
    ): Promise<E> {
      const seen = events.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${what}`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e as E);
          },
        });
      });
    },
  };
}

/** The event log type {@link eventLog} returns. */
export type EventLog = ReturnType<typeof eventLog>;

/** Matches a `feed` event with at least one row passing `test`. */
export function feedWith(
  test: (row: FeedRow) => boolean,
): (e: EngineEvent) => e is Extract<EngineEvent, { type: 'feed' }> {
  return (e): e is Extract<EngineEvent, { type: 'feed' }> => e.type === 'feed' && e.rows.some(test);
}

/** A running runtime with its event log and a typed way to call its handlers. */
export interface TestRuntime {
  runtime: EngineRuntime;
  events: EventLog;
  dataDir: string;
  secretStore: SecretStore;
  call<M extends EngineMethod>(method: M, params?: EngineParams<M>): Promise<EngineResult<M>>;
}

/** Options of {@link startTestRuntime}: any runtime option, plus an existing data folder. */
export type TestRuntimeOptions = Partial<Omit<EngineRuntimeOptions, 'onEvent'>>;

/** Starts a browser-host runtime on a temp data folder (memory keychain) and registers its stop. */
export async function startTestRuntime(
  cleanup: Cleanup,
  options: TestRuntimeOptions = {},
): Promise<TestRuntime> {
  const events = eventLog();
  const dataDir = options.dataDir ?? tempDir(cleanup);
  const secretStore = options.secretStore ?? createMemorySecretStore();
  const runtime = await startEngineRuntime({
    host: 'browser',
    version: '9.9.9-test',
    demo: 'off',
    ...options,
    dataDir,
    secretStore,
    onEvent: (event) => events.push(event),
  });
  let stopped = false;
  const stop = runtime.stop.bind(runtime);
  runtime.stop = async () => {
    if (stopped) return;
    stopped = true;
    await stop();
  };
  cleanup.push(() => runtime.stop());
  return {
    runtime,
    events,
    dataDir,
    secretStore,
    call: async (method, params) =>
      (await runtime.handlers[method](params)) as EngineResult<typeof method>,
  };
}

/** A demo runtime: demo traffic at ten times real speed, watch queues peeked every second. */
export function startDemoRuntime(
  cleanup: Cleanup,
  options: TestRuntimeOptions = {},
): Promise<TestRuntime> {
  return startTestRuntime(cleanup, {
    demo: 'now',
    demoSpeed: 10,
    engine: { peekIntervalMs: 1_000, undoWindowMs: 1_500 },
    ...options,
  });
}

/** Keys a test's own local MNS server accepts. */
export const LOCAL_KEYS = {
  accessKeyId: 'LTAI5tLocalTestKey01',
  accessKeySecret: 'Local-Secret-Never-Shown-7781',
} as const;

/** Starts a local MNS server with the given queues and {@link LOCAL_KEYS}, stopped at teardown. */
export async function startOwnMns(cleanup: Cleanup, queues: string[]): Promise<LocalMns> {
  const mns = await startLocalMns({ queues, credentials: [{ ...LOCAL_KEYS }] });
  cleanup.push(() => mns.stop());
  return mns;
}
