// Sandboxed preload: one named verb per engine call and an event subscription; ipcRenderer itself
// never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';

import type { Api, EngineEvent, EventChannel } from './contract';
import { ENGINE_METHODS } from './engine-methods';

const EVENT_CHANNEL: EventChannel = 'engine:event';
/** Events kept for a page that has not subscribed yet (start-up notices, "open this event"). */
const MAX_EARLY_EVENTS = 200;

/**
 * Electron prefixes a handler's error with "Error invoking remote method 'x': Error: "; the engine's
 * messages are written to be shown, so the page gets them as the engine wrote them.
 */
function engineError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(
    message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, ''),
  );
}

const verbs = Object.fromEntries(
  ENGINE_METHODS.map((method) => [
    method,
    (params?: unknown) =>
      ipcRenderer.invoke(method, params ?? null).catch((error: unknown) => {
        throw engineError(error);
      }),
  ]),
) as Omit<Api, 'onEvent' | 'onConnection'>;

// The main process sends events in batches (arrays). Until the page subscribes they wait here, so
// nothing sent while React mounts is lost.
const listeners = new Set<(event: EngineEvent) => void>();
let early: EngineEvent[] | undefined = [];
ipcRenderer.on(EVENT_CHANNEL, (_event: Electron.IpcRendererEvent, batch: EngineEvent[]) => {
  if (!Array.isArray(batch)) return;
  if (early !== undefined) {
    early.push(...batch);
    if (early.length > MAX_EARLY_EVENTS) early = early.slice(early.length - MAX_EARLY_EVENTS);
    return;
  }
  for (const event of batch) for (const listener of listeners) listener(event);
});

const api: Api = {
  ...verbs,
  onEvent(listener) {
    // Only the event reaches the page: passing the IPC event would leak `sender`.
    listeners.add(listener);
    if (early !== undefined) {
      const waiting = early;
      early = undefined;
      for (const event of waiting) listener(event);
    }
    return () => {
      listeners.delete(listener);
    };
  },
  onConnection(listener) {
    // IPC to the main process cannot drop while the window exists.
    listener('open');
    return () => undefined;
  },
};

contextBridge.exposeInMainWorld('mnsWatch', api);
