// Sandboxed preload: one named verb per engine call and an event subscription; ipcRenderer itself
// never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';

import type { Api, EngineEvent, EventChannel } from './contract';
import { ENGINE_METHODS } from './engine-methods';

const EVENT_CHANNEL: EventChannel = 'engine:event';

const verbs = Object.fromEntries(
  ENGINE_METHODS.map((method) => [
    method,
    (params?: unknown) => ipcRenderer.invoke(method, params ?? null),
  ]),
) as Omit<Api, 'onEvent' | 'onConnection'>;

const api: Api = {
  ...verbs,
  onEvent(listener) {
    // Only the event reaches the page: passing the IPC event would leak `sender`.
    const forward = (_event: Electron.IpcRendererEvent, payload: EngineEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  onConnection(listener) {
    // IPC to the main process cannot drop while the window exists.
    listener('open');
    return () => undefined;
  },
};

contextBridge.exposeInMainWorld('mnsWatch', api);
