import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { ENGINE_METHODS } from '../../../../preload/engine-methods';

// The built bundle, as electron-builder would pack it; `npm test` builds before running vitest.
const bundle = join(__dirname, '../../../../out/main/index.js');

interface WindowRecord {
  options: { webPreferences: Record<string, unknown> };
  openHandler?: () => unknown;
  navigateHandler?: (event: { preventDefault(): void }) => void;
  loaded?: string;
}

function loadWithStubElectron(userData: string) {
  const windows: WindowRecord[] = [];
  const handlers = new Map<string, (event: unknown, params?: unknown) => unknown>();
  const appListeners = new Map<string, (event: { preventDefault(): void }) => void>();
  const sent: unknown[] = [];
  let quits = 0;
  let readyCallback: (() => void) | undefined;
  let permissionHandler:
    ((c: unknown, p: string, cb: (allow: boolean) => void) => void) | undefined;
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      whenReady: () => ({ then: (ok: () => void) => void (readyCallback = ok) }),
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'userData' ? userData : tmpdir()),
      getLoginItemSettings: () => ({ openAtLogin: false }),
      setLoginItemSettings: () => undefined,
      on: (event: string, h: (event: { preventDefault(): void }) => void) =>
        void appListeners.set(event, h),
      quit: () => void (quits += 1),
      exit: () => undefined,
    },
    Notification: class {
      static isSupported() {
        return false;
      }
      show() {}
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof permissionHandler) => void (permissionHandler = h),
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, params?: unknown) => unknown) =>
        void handlers.set(channel, h),
    },
    BrowserWindow: class {
      readonly record: WindowRecord;
      readonly webContents: Record<string, unknown>;
      constructor(options: WindowRecord['options']) {
        this.record = { options };
        windows.push(this.record);
        this.webContents = {
          setWindowOpenHandler: (h: () => unknown) => void (this.record.openHandler = h),
          on: (_event: string, h: NonNullable<WindowRecord['navigateHandler']>) =>
            void (this.record.navigateHandler = h),
          getURL: () => 'file:///app/out/renderer/index.html',
          send: (_channel: string, event: unknown) => void sent.push(event),
        };
      }
      once() {}
      isDestroyed() {
        return false;
      }
      loadFile(path: string) {
        this.record.loaded = path;
        return Promise.resolve();
      }
    },
  };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request, ...rest) =>
    request === 'electron' ? electron : original(request, ...rest);
  try {
    // A fresh require each time, so every test sees the bundle start from scratch.
    const load = Module.createRequire(bundle);
    Reflect.deleteProperty(load.cache, bundle);
    load(bundle);
  } finally {
    loader._load = original;
  }
  readyCallback?.();
  return {
    windows,
    handlers,
    sent,
    permissionHandler: () => permissionHandler,
    /** Quits the way Electron does and resolves once the shell let the app go. */
    async quit() {
      appListeners.get('before-quit')?.({ preventDefault: () => undefined });
      await vi.waitFor(() => expect(quits).toBe(1), { timeout: 10_000 });
    },
  };
}

describe('built Electron main bundle', () => {
  const userData = mkdtempSync(join(tmpdir(), 'mns-watch-electron-'));
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('exists (run `npm run build` first when running vitest alone)', () => {
    expect(existsSync(bundle)).toBe(true);
  });

  it.runIf(existsSync(bundle))(
    'opens one hardened window that loads the packaged renderer',
    async () => {
      const shell = loadWithStubElectron(userData);
      const { windows, permissionHandler } = shell;
      expect(windows).toHaveLength(1);
      const [window] = windows;
      expect(window?.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      });
      expect(String(window?.options.webPreferences.preload)).toMatch(
        /out[\\/]preload[\\/]index\.js$/,
      );
      expect(window?.loaded).toMatch(/out[\\/]renderer[\\/]index\.html$/);
      expect(window?.openHandler?.()).toEqual({ action: 'deny' });
      let prevented = false;
      window?.navigateHandler?.({ preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      let allowed: boolean | undefined;
      permissionHandler()?.(undefined, 'notifications', (allow) => (allowed = allow));
      expect(allowed).toBe(false);
      await shell.quit();
    },
  );

  it.runIf(existsSync(bundle))(
    'serves every engine call to its own window only, and stops the engine before quitting',
    async () => {
      const shell = loadWithStubElectron(userData);
      const own = { senderFrame: { url: 'file:///app/out/renderer/index.html' } };
      const info = shell.handlers.get('appInfo');
      await expect(info?.(own, null)).resolves.toMatchObject({
        name: 'MNS Watch',
        version: '0.1.0',
        host: 'electron',
      });
      await expect(
        Promise.resolve().then(() => info?.({ senderFrame: { url: 'https://evil.example/' } })),
      ).rejects.toThrow('Unknown sender');
      await expect(shell.handlers.get('queryFeed')?.(own, { limit: 'all' })).rejects.toThrow(
        'Invalid request to queryFeed',
      );
      expect([...shell.handlers.keys()].sort()).toEqual([...ENGINE_METHODS].sort());
      await shell.quit();
    },
  );
});
