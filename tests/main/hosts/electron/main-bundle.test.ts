import { existsSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

// The built bundle, as electron-builder would pack it; `npm test` builds before running vitest.
const bundle = join(__dirname, '../../../../out/main/index.js');

interface WindowRecord {
  options: { webPreferences: Record<string, unknown> };
  openHandler?: () => unknown;
  navigateHandler?: (event: { preventDefault(): void }) => void;
  loaded?: string;
}

function loadWithStubElectron() {
  const windows: WindowRecord[] = [];
  const handlers = new Map<string, (event: unknown) => unknown>();
  let readyCallback: (() => void) | undefined;
  let permissionHandler:
    ((c: unknown, p: string, cb: (allow: boolean) => void) => void) | undefined;
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      whenReady: () => ({ then: (ok: () => void) => void (readyCallback = ok) }),
      getVersion: () => '0.1.0',
      quit: () => undefined,
      exit: () => undefined,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof permissionHandler) => void (permissionHandler = h),
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    ipcMain: {
      handle: (channel: string, h: (event: unknown) => unknown) => void handlers.set(channel, h),
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
        };
      }
      once() {}
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
  return { windows, handlers, permissionHandler: () => permissionHandler };
}

describe('built Electron main bundle', () => {
  it('exists (run `npm run build` first when running vitest alone)', () => {
    expect(existsSync(bundle)).toBe(true);
  });

  it.runIf(existsSync(bundle))('opens one hardened window that loads the packaged renderer', () => {
    const { windows, permissionHandler } = loadWithStubElectron();
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
  });

  it.runIf(existsSync(bundle))('answers app:info only to its own window', () => {
    const { handlers } = loadWithStubElectron();
    const info = handlers.get('app:info');
    expect(info?.({ senderFrame: { url: 'file:///app/out/renderer/index.html' } })).toEqual({
      name: 'MNS Watch',
      version: '0.1.0',
      host: 'electron',
    });
    expect(() => info?.({ senderFrame: { url: 'https://evil.example/' } })).toThrow(
      'Unknown sender',
    );
  });
});
