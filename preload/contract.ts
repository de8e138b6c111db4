// The IPC contract between the main process and the renderer: types only, imports nothing.

/** Facts about the running app that the renderer shows. */
export interface AppInfo {
  name: string;
  version: string;
  /** Which host runs the engine: the Electron shell or the browser host. */
  host: 'electron' | 'browser';
}

/** Calls the renderer may make; each key is a channel, each value its signature. */
export interface InvokeContract {
  'app:info': () => AppInfo;
}

/** The bridge object the preload exposes as `window.mnsWatch`. */
export interface Api {
  /** Facts about the running app. */
  appInfo(): Promise<AppInfo>;
}
