import { join } from 'node:path';

import { BrowserWindow, Notification, app, ipcMain, session } from 'electron';

import type { EngineEvent, EventChannel } from '../../../preload/contract';
import { ENGINE_METHODS } from '../../../preload/engine-methods';
import { createKeytarSecretStore } from '../../engine/credentials/keytar-secret-store';
import { startEngineRuntime } from '../engine-api/engine-runtime';
import type { EngineRuntime } from '../engine-api/engine-runtime';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const EVENT_CHANNEL: EventChannel = 'engine:event';

/** Opens the main window with the hardened settings and serves the engine's calls over IPC. */
export function startElectronShell(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    title: 'MNS Watch',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  const send = (event: EngineEvent): void => {
    if (event.type === 'notification' && Notification.isSupported()) {
      new Notification({
        title: event.notification.title,
        body: event.notification.body,
        urgency: event.notification.urgency,
      }).show();
    }
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  };
  const runtime: Promise<EngineRuntime> = startEngineRuntime({
    dataDir: app.getPath('userData'),
    secretStore: createKeytarSecretStore('MNS Watch'),
    host: 'electron',
    version: app.getVersion(),
    demo: 'first-run',
    onEvent: send,
    startAtLogin: {
      get: () => app.getLoginItemSettings().openAtLogin,
      set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
    },
  });
  runtime.catch((error: unknown) => {
    console.error(
      'MNS Watch engine failed to start:',
      error instanceof Error ? error.message : error,
    );
  });

  for (const method of ENGINE_METHODS) {
    ipcMain.handle(method, async (event, params: unknown) => {
      // Only our own page may call the engine: not a frame, a navigated page or another window.
      if (event.senderFrame?.url !== window.webContents.getURL()) throw new Error('Unknown sender');
      return (await runtime).handlers[method](params);
    });
  }

  // Quit waits for the engine: deletes still in their undo window are sent, the journal closed.
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void runtime
      .then((r) => r.stop())
      .catch(() => undefined)
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
  void window.loadFile(join(__dirname, '../renderer/index.html'));
}
