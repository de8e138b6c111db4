// `npm run screenshots`: the README's pictures, taken from the running app (browser host, demo
// traffic, real engine) in Debian's Chromium, in the light and the dark theme.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from '@playwright/test';

import type { DisplayPreferences, FeedPage } from '../../preload/contract';
import { createMemorySecretStore } from '../../main/engine/credentials/memory-secret-store';
import { startWebApp } from '../../main/hosts/browser/web-app';

const root = resolve(__dirname, '../..');
const out = join(root, 'assets', 'screenshots');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mns-watch-shots-'));
  const app = await startWebApp({
    staticDir: join(root, 'out', 'renderer'),
    dataDir,
    version: '0.1.0',
    demo: 'now',
    demoSpeed: 8,
    secretStore: createMemorySecretStore(),
  });
  const browser = await chromium.launch({
    executablePath: process.env.MNS_WATCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // Enough history for a realistic feed: wait until a finished multi-rendition transcode arrived.
    for (let i = 0; i < 120; i += 1) {
      const page = (await app.runtime.handlers.queryFeed({
        eventTypes: ['TranscodeComplete'],
        limit: 1,
      })) as FeedPage;
      const all = (await app.runtime.handlers.queryFeed({ limit: 0 })) as FeedPage;
      if (page.total > 0 && all.total >= 40) break;
      await new Promise((done) => setTimeout(done, 500));
    }
    const display: DisplayPreferences = { theme: 'light', language: 'en', timeZone: 'local' };
    for (const theme of ['light', 'dark'] as const) {
      await app.runtime.handlers.updatePreferences({ display: { ...display, theme } });
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(app.url);
      const row = page
        .getByRole('row')
        .filter({ hasText: /Transcode complete: \d+ renditions/ })
        .first();
      await row.click();
      await page.getByRole('tab', { name: 'Summary' }).waitFor();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(out, `feed-${theme}.png`) });
      await page.close();
    }
    console.log(`Screenshots written to ${out}`);
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
