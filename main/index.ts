// Electron entry point: hands the real Electron module and process to the shell. Everything else
// (scheme registration, single-instance lock, ready) happens in hosts/electron/electron-shell.
import * as electron from 'electron';

import { bootElectronShell, processEnvironment } from './hosts/electron/electron-shell';

void bootElectronShell(electron, processEnvironment(__dirname));
