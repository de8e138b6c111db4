import { createStore } from 'zustand/vanilla';

import type { AppInfo } from '../../preload/contract';

/** What the renderer knows about the engine it is connected to. */
export interface AppState {
  info: AppInfo | undefined;
  /** Why the engine could not be reached, in plain words. */
  bridgeError: string | undefined;
  setInfo(info: AppInfo): void;
  setBridgeError(message: string): void;
}

/** Creates a fresh store (tests create one each). */
export function createAppStore() {
  return createStore<AppState>()((set) => ({
    info: undefined,
    bridgeError: undefined,
    setInfo: (info) => set({ info, bridgeError: undefined }),
    setBridgeError: (message) => set({ bridgeError: message }),
  }));
}

/** The store type, for components that receive it. */
export type AppStore = ReturnType<typeof createAppStore>;
