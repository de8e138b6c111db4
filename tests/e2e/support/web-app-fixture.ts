// Playwright fixture: the whole app as `npm start -- --web` runs it (engine runtime, demo server,
// browser host serving the built renderer, the real keychain of the test session), in this process
// so tests can check what reached the local MNS server. Each test gets a fresh data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { test as base } from '@playwright/test';

import { createKeytarSecretStore } from '../../../main/engine/credentials/keytar-secret-store';
import { startWebApp } from '../../../main/hosts/browser/web-app';
import type { WebApp, WebAppOptions } from '../../../main/hosts/browser/web-app';

/** Starts a web app for this test; it is stopped and its data removed afterwards. */
export type LaunchApp = (
  options?: Partial<Pick<WebAppOptions, 'demo' | 'demoSpeed'>>,
) => Promise<WebApp>;

const staticDir = resolve(__dirname, '../../../out/renderer');

/** The test function with a `launchApp` fixture. */
export const test = base.extend<{ launchApp: LaunchApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  launchApp: async ({}, use, testInfo) => {
    const started: { app: WebApp; dir: string }[] = [];
    await use(async (options = {}) => {
      const dir = mkdtempSync(join(tmpdir(), 'mns-watch-e2e-'));
      const app = await startWebApp({
        staticDir,
        dataDir: dir,
        version: '0.1.0-e2e',
        demo: options.demo ?? 'first-run',
        demoSpeed: options.demoSpeed ?? 4,
        // A per-test keychain service: the real Secret Service, nothing shared between tests.
        secretStore: createKeytarSecretStore(`MNS Watch e2e ${testInfo.testId}`),
      });
      started.push({ app, dir });
      return app;
    });
    for (const { app, dir } of started) {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
