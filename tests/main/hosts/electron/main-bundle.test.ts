import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { ENGINE_METHODS } from '../../../../preload/engine-methods';
import { APP_ENTRY_URL } from '../../../../main/hosts/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../main/hosts/electron/content-security-policy';
import { createFakeElectron } from './support/fake-electron';
import type { FakeElectron, FakeWindow } from './support/fake-electron';
import { REPO_ROOT } from './support/shell-kit';

// The built bundle, as electron-builder would pack it; `npm test` builds before running vitest.
const bundle = join(REPO_ROOT, 'out', 'main', 'index.js');

/** Loads a fresh copy of the bundle with the fake as its `electron` module. */
function loadWithFakeElectron(userData: string, options: { autoReady?: boolean } = {}) {
  const electron = createFakeElectron({ userData, home: userData, appPath: REPO_ROOT }, options);
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request, ...rest) =>
    request === 'electron' ? electron : original(request, ...rest);
  try {
    const load = Module.createRequire(bundle);
    Reflect.deleteProperty(load.cache, bundle);
    load(bundle);
  } finally {
    loader._load = original;
  }
  return electron;
}

async function firstWindow(electron: FakeElectron): Promise<FakeWindow> {
  await vi.waitFor(() => expect(electron.windows.length).toBeGreaterThan(0));
  const [window] = electron.windows;
  if (window === undefined) throw new Error('no window');
  return window;
}

/** Quits the way Electron does and resolves once the shell let the app go. */
async function quit(electron: FakeElectron): Promise<void> {
  electron.app.quit();
  await vi.waitFor(() => expect(electron.app.quits).toBe(2), { timeout: 10_000 });
}

describe('built Electron main bundle', () => {
  const userData = mkdtempSync(join(tmpdir(), 'mns-watch-electron-'));
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('exists (run `npx electron-vite build` first when running vitest alone)', () => {
    expect(existsSync(bundle)).toBe(true);
  });

  it.runIf(existsSync(bundle))(
    'registers app:// before ready, then opens one hardened window on it',
    async () => {
      const electron = loadWithFakeElectron(userData, { autoReady: false });
      expect(electron.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
      expect(electron.app.sandboxEnabled).toBe(true);
      expect(electron.windows).toHaveLength(0);
      electron.makeReady();
      const window = await firstWindow(electron);
      expect(electron.windows).toHaveLength(1);
      expect(window.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      });
      expect(String(window.options.webPreferences?.preload)).toMatch(
        /out[\\/]preload[\\/]index\.js$/,
      );
      expect(window.loadedUrl).toBe(APP_ENTRY_URL);
      expect(window.webContents.openHandler?.({ url: 'https://evil.example/' })).toEqual({
        action: 'deny',
      });
      expect(window.webContents.navigate('will-navigate', 'https://evil.example/')).toBe(false);
      let allowed: boolean | undefined;
      electron.permissionRequest?.({}, 'notifications', (a) => (allowed = a), {
        requestingUrl: APP_ENTRY_URL,
      });
      expect(allowed).toBe(false);
      // The packaged renderer is served from out/renderer with the CSP header.
      const handler = electron.protocolHandlers.get('app');
      const page = await handler?.(new Request(APP_ENTRY_URL));
      expect(page?.status).toBe(200);
      expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await page?.text()).toContain('<div id="root">');
      await quit(electron);
    },
  );

  it.runIf(existsSync(bundle))(
    'serves every engine call to its own window only, shows the tray, and stops the engine before quitting',
    async () => {
      const electron = loadWithFakeElectron(userData);
      const window = await firstWindow(electron);
      const own = window.ipcEvent();
      await expect(electron.invoke('appInfo', own, null)).resolves.toMatchObject({
        name: 'MNS Watch',
        version: '0.1.0',
        host: 'electron',
      });
      await expect(
        electron.invoke('appInfo', {
          sender: window.webContents,
          senderFrame: { url: 'https://evil.example/', parent: null },
        }),
      ).rejects.toThrow('Unknown sender');
      await expect(electron.invoke('queryFeed', own, { limit: 'all' })).rejects.toThrow(
        'Invalid request to queryFeed',
      );
      expect([...electron.handlers.keys()].sort()).toEqual([...ENGINE_METHODS].sort());
      const tray = electron.tray();
      expect(tray.image).toMatch(/assets[\\/]tray[\\/]/);
      expect(tray.contextMenu?.labels()[0]).toBe('Open MNS Watch');
      await quit(electron);
      expect(tray.destroyed).toBe(true);
    },
  );
});
