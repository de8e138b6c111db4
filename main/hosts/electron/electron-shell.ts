import { join } from 'node:path';

import { BrowserWindow, app, ipcMain, session } from 'electron';

import type { AppInfo } from '../../../preload/contract';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** Opens the main window with the hardened settings and answers the renderer's calls. */
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
    width: 1100,
    height: 720,
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

  ipcMain.handle('app:info', (event): AppInfo => {
    if (event.senderFrame?.url !== window.webContents.getURL()) throw new Error('Unknown sender');
    return { name: 'MNS Watch', version: app.getVersion(), host: 'electron' };
  });

  void window.loadFile(join(__dirname, '../renderer/index.html'));
}
