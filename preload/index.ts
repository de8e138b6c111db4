// Sandboxed preload: exposes named verbs built from the contract, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';

import type { Api, AppInfo } from './contract';

const api: Api = {
  appInfo: () => ipcRenderer.invoke('app:info') as Promise<AppInfo>,
};

contextBridge.exposeInMainWorld('mnsWatch', api);
