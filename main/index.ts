// Electron entry point: lifecycle only. The shell lives in hosts/electron; the engine knows nothing of Electron.
import { app } from 'electron';

import { startElectronShell } from './hosts/electron/electron-shell';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(startElectronShell, (error: unknown) => {
    console.error('MNS Watch could not start:', error instanceof Error ? error.message : error);
    app.exit(1);
  });
}
