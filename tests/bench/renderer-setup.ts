// The app the renderer figures run against: a data folder whose journal already holds 100,000
// events, a local MNS server with the account's queues, and the browser host serving the built
// renderer, with the account saved through the engine as a user would (session-only secret).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { createMemorySecretStore } from '../../main/engine/credentials/memory-secret-store';
import { openJournal } from '../../main/engine/journal';
import type { JournalEntry } from '../../main/engine/journal';
import { saveSettings, settingsFilePath } from '../../main/engine/settings/settings-file';
import { defaultSettings } from '../../main/engine/settings/settings-schema';
import { startWebApp } from '../../main/hosts/browser/web-app';
import type { WebApp } from '../../main/hosts/browser/web-app';
import { startLocalMns } from '../../main/local-mns';
import type { LocalMns } from '../../main/local-mns';
import { DEMO_QUEUES } from '../../main/local-mns/demo';
import { copiesOf, demoEntries } from '../main/engine/journal/support/demo-entries';

const root = resolve(__dirname, '../..');
const staticDir = join(root, 'out', 'renderer');

/** The queue the live traffic goes to (consumed); the other one is watched. */
export const LIVE_QUEUE = DEMO_QUEUES.vod;
/** The region id the engine gives an account at a custom endpoint. */
const CUSTOM_REGION = 'custom';

/** A running app with a full journal, and the server its account reads. */
export interface RendererBench {
  app: WebApp;
  server: LocalMns;
  /** Stops everything and removes the data folder. */
  stop(): Promise<void>;
}

/** Builds the renderer when out/renderer is missing or older than its sources. */
export function ensureRendererBuilt(): void {
  const index = join(staticDir, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const newest = Math.max(
    newestMtime(join(root, 'renderer')),
    newestMtime(join(root, 'preload')),
    statSync(join(root, 'electron.vite.config.ts')).mtimeMs,
  );
  if (built >= newest) return;
  execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * `count` journal entries of demo traffic, one a second up to now: the consumed queue's messages
 * deleted, the watched queue's peeked, as a day or so of history looks.
 */
function history(accountId: string, count: number): JournalEntry[] {
  const originals = [0, 1, 2, 3].flatMap((seed) =>
    demoEntries(seed, 1000, { prefix: `r${seed}`, accountId, regionId: CUSTOM_REGION }),
  );
  const entries = copiesOf(originals, count, 'h', Date.now() - count * 1000);
  return entries.map((entry) => ({
    ...entry,
    state: entry.message.origin.queue === LIVE_QUEUE ? 'deleted' : 'peeked',
  }));
}

/**
 * Starts the server, writes the journal and settings, starts the web app (serving `renderer`,
 * out/renderer unless told) and adds the account.
 */
export async function startRendererBench(
  count: number,
  renderer: string = staticDir,
): Promise<RendererBench> {
  const credentials = {
    accessKeyId: 'MnsWatchBenchKey',
    accessKeySecret: randomBytes(18).toString('base64url'),
  };
  const server = await startLocalMns({
    credentials: [credentials],
    queues: [DEMO_QUEUES.vod, DEMO_QUEUES.mps],
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'mns-watch-bench-renderer-'));
  let app: WebApp | undefined;
  try {
    const journal = await openJournal({
      dir: join(dataDir, 'journal'),
      retention: { maxEntries: Infinity, maxAgeDays: Infinity },
    });
    const all = history(server.accountId, count);
    for (let done = 0; done < all.length; done += 1000)
      await journal.upsert(all.slice(done, done + 1000));
    await journal.close();
    // Retention large enough to keep the whole history.
    await saveSettings(settingsFilePath(dataDir), {
      ...defaultSettings(),
      journal: { maxEntries: 200_000, maxAgeDays: 30 },
      display: { timeZone: 'local', theme: 'light', language: 'en' },
    });

    app = await startWebApp({
      staticDir: renderer,
      dataDir,
      version: '0.1.0-bench',
      demo: 'off',
      secretStore: createMemorySecretStore(),
    });
    await app.runtime.handlers.saveAccount({
      name: 'Media pipeline',
      accountId: server.accountId,
      endpoint: { kind: 'url', url: server.url, accountId: server.accountId },
      queues: [
        { name: DEMO_QUEUES.vod, mode: 'consume' },
        { name: DEMO_QUEUES.mps, mode: 'watch' },
      ],
      credentials,
      sessionOnly: true,
    });
  } catch (error) {
    await app?.stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const running = app;
  return {
    app: running,
    server,
    async stop() {
      await running.stop();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
