// The engine connection: who it is, whether the socket is up, and why it cannot be reached.
import type { AppInfo } from '../../preload/contract';
import type { SliceCreator } from './slice';
import { callEngine, errorText } from './store-deps';
import type { StoreDeps } from './store-deps';

/** The bridge's connection state (the socket may drop in a browser). */
export type ConnectionState = 'open' | 'reconnecting' | 'closed';

/** What the renderer knows about the engine it is connected to. */
export interface ConnectionSlice {
  info: AppInfo | undefined;
  connection: ConnectionState;
  /** Why the engine did not answer, in its words. */
  bridgeError: string | undefined;
  setInfo(info: AppInfo): void;
  setConnection(state: ConnectionState): void;
  /** Why the engine did not answer; undefined once it answers again. */
  setBridgeError(message: string | undefined): void;
  /** Asks the engine who it is. */
  loadInfo(): Promise<void>;
  /** Starts the demo and reloads everything it changes; rejects with the engine's reason. */
  startDemo(): Promise<void>;
}

/** Creates the connection slice. */
export function createConnectionSlice(deps: StoreDeps): SliceCreator<ConnectionSlice> {
  return (set, get) => ({
    info: undefined,
    connection: 'open',
    bridgeError: undefined,
    setInfo: (info) => set({ info }),
    setConnection: (connection) => set({ connection }),
    setBridgeError: (message) => set({ bridgeError: message }),
    loadInfo: async () => {
      const api = deps.api;
      if (api === undefined) return;
      try {
        get().setInfo(await callEngine(() => api.appInfo()));
      } catch (error) {
        get().setBridgeError(errorText(error));
      }
    },
    startDemo: async () => {
      const api = deps.api;
      if (api === undefined) return;
      // A failure rejects: the first-run screen shows it next to the button that was pressed.
      await callEngine(() => api.startDemo());
      await Promise.all([get().loadInfo(), get().loadSettings(), get().loadStatuses()]);
      get().scheduleRefresh();
    },
  });
}
