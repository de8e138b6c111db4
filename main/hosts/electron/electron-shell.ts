// The Electron shell's composition root: it wires the engine runtime to IPC, the tray, the
// windows, native notifications and OS events. Every decision lives in a pure module beside it;
// this file only connects them. Electron arrives as a parameter (main/index.ts passes the real
// module, tests a fake), so nothing here imports it.
import { join } from 'node:path';

import type { EngineEvent, EngineResult } from '../../../preload/contract';
import { createKeytarSecretStore } from '../../engine/credentials/keytar-secret-store';
import type { SecretStore } from '../../engine/credentials/secret-store';
import { startEngineRuntime } from '../engine-api/engine-runtime';
import type { ApiHandlers, EngineRuntimeOptions } from '../engine-api/engine-runtime';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { createAppWindows } from './app-windows-adapter';
import type { AppWindows } from './app-windows-adapter';
import { guardWebContents } from './browser-window-adapter';
import type { BatchTimers } from './event-batcher';
import { isAllowedExternalUrl } from './external-links';
import {
  createEventBroadcast,
  createEventOutbox,
  registerEngineHandlers,
} from './ipc-bridge-adapter';
import type { EventOutbox } from './ipc-bridge-adapter';
import { createStartAtLogin, launchedAtLogin } from './login-item-adapter';
import { createNotifier } from './notification-adapter';
import { watchOsEvents } from './os-events-adapter';
import type { FeedOsControls } from './os-events-adapter';
import { hardenSession } from './session-adapter';
import type { ShellElectron, ShellWindow } from './shell-ports';
import { runTrayAction } from './tray-actions';
import { createTrayAdapter } from './tray-adapter';
import type { TrayAdapter } from './tray-adapter';
import { createTrayController } from './tray-controller';
import type { TrayController } from './tray-controller';
import { assetsDirectory, trayIconFile } from './tray-icons';
import { loadWindowState, saveWindowState, windowStatePath } from './window-state-file';

/** Windows ties toasts to this id; it matches electron-builder's appId. */
export const APP_USER_MODEL_ID = 'com.mnswatch.app';

/** The part of the engine runtime the shell uses. */
export interface ShellRuntime {
  handlers: ApiHandlers;
  engine: { feed(): FeedOsControls };
  stop(): Promise<void>;
}

/** The process around the shell: paths, clock, timers and the engine, injectable for tests. */
export interface ShellEnvironment {
  platform: NodeJS.Platform;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The built main bundle's folder (out/main); preload and renderer sit beside it. */
  mainDir: string;
  /** Electron's resources folder (process.resourcesPath) when packaged. */
  resourcesPath: string;
  execPath: string;
  now(): number;
  timers: BatchTimers;
  secretStore(): SecretStore;
  startRuntime(options: EngineRuntimeOptions): Promise<ShellRuntime>;
  /** Diagnostics; never given secrets or message contents. */
  log(message: string): void;
}

/** The running shell. */
export interface ElectronShell {
  runtime: Promise<ShellRuntime>;
  windows: AppWindows;
  tray: TrayAdapter | undefined;
  trayController: TrayController;
  /** Resolves once the engine runs and the tray shows its first statuses. */
  ready: Promise<void>;
}

/** The real process as the shell's environment. */
export function processEnvironment(mainDir: string): ShellEnvironment {
  return {
    platform: process.platform,
    argv: process.argv,
    env: process.env,
    mainDir,
    resourcesPath: process.resourcesPath,
    execPath: process.execPath,
    now: () => Date.now(),
    timers: {
      set: (callback, ms) => setTimeout(callback, ms),
      clear: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
    },
    secretStore: () => createKeytarSecretStore('MNS Watch'),
    startRuntime: startEngineRuntime,
    log: (message) => console.error(`MNS Watch: ${message}`),
  };
}

/**
 * Everything before `ready`: the app:// scheme, the sandbox for every renderer, the single-
 * instance lock (a second launch focuses the first and exits); then starts the shell. Resolves to
 * undefined in a second instance.
 */
export function bootElectronShell(
  electron: ShellElectron,
  environment: ShellEnvironment,
): Promise<ElectronShell | undefined> {
  const { app } = electron;
  electron.protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME_PRIVILEGES.scheme, privileges: { ...APP_SCHEME_PRIVILEGES.privileges } },
  ]);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve(undefined);
  }
  let shell: ElectronShell | undefined;
  app.on('second-instance', () => shell?.windows.showMain());
  // macOS: a click on the Dock icon.
  app.on('activate', () => shell?.windows.showMain());
  // Closing the last window leaves the app in the tray; only Quit ends it.
  app.on('window-all-closed', () => undefined);
  return app.whenReady().then(
    () => (shell = startElectronShell(electron, environment)),
    (error: unknown) => {
      environment.log(`could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
      return undefined;
    },
  );
}

/** Starts the shell once the app is ready. */
export function startElectronShell(
  electron: ShellElectron,
  environment: ShellEnvironment,
): ElectronShell {
  const { app } = electron;
  const { platform, timers, now } = environment;
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const assetsDir = assetsDirectory({
    isPackaged: app.isPackaged,
    resourcesPath: environment.resourcesPath,
    appPath: app.getAppPath(),
  });
  const appIcon = join(assetsDir, 'icons', 'app.png');

  hardenSession(electron, join(environment.mainDir, '../renderer'));
  // The browser only ever gets https pages on the console allowlist (security checklist 15).
  const openConsoleLink = async (url: string): Promise<void> => {
    if (!isAllowedExternalUrl(url)) return;
    await electron.shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only allowlisted https console URLs, checked on the line above
  };
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openConsoleLink));

  // Pushed events: batched, then sent to every window whose page is listening.
  const outboxes = new Map<ShellWindow, EventOutbox>();
  const broadcast = createEventBroadcast(() => outboxes.values(), timers);
  const sendTo = (window: ShellWindow, event: EngineEvent): void =>
    outboxes.get(window)?.send([event]);

  let tray: TrayAdapter | undefined;
  const statePath = windowStatePath(app.getPath('userData'));
  const windows = createAppWindows({
    electron,
    platform,
    preload: join(environment.mainDir, '../preload/index.js'),
    // Windows and macOS take the window icon from the app bundle; Linux needs it given.
    icon: platform === 'linux' ? appIcon : undefined,
    tray: () => tray?.tray,
    now,
    timers,
    loadState: () => loadWindowState(statePath),
    saveState: (state) => void saveWindowState(statePath, state),
    onCreated: (window) => {
      outboxes.set(window, createEventOutbox(window.webContents));
      window.on('closed', () => outboxes.delete(window));
    },
    onViewed: () => trayController.markViewed(),
  });

  const trayController = createTrayController({
    show: (view) => tray?.show(view),
    now,
    timers,
    pinned: () => windows.pinned(),
    viewing: () => windows.inView(),
  });

  const notifier = createNotifier({
    Notification: electron.Notification,
    platform,
    icon: appIcon,
    log: environment.log,
    onClick: (view) => {
      const window = windows.showMain();
      const id = view.eventRefs[0];
      if (id !== undefined) sendTo(window, { type: 'open-event', id });
    },
  });

  let running: ShellRuntime | undefined;
  const os = watchOsEvents({ electron, feed: () => running?.engine.feed(), timers });

  const dispatch = (event: EngineEvent): void => {
    trayController.onEngineEvent(event);
    if (event.type === 'notification') notifier.show(event.notification);
    // A new queue set means new pollers, which start out assuming the network is up.
    if (event.type === 'statuses') os.reassert();
    broadcast.push(event);
  };

  const runtime = environment.startRuntime({
    dataDir: app.getPath('userData'),
    secretStore: environment.secretStore(),
    host: 'electron',
    version: app.getVersion(),
    demo: 'first-run',
    onEvent: dispatch,
    startAtLogin: createStartAtLogin({
      app,
      platform,
      env: environment.env,
      execPath: environment.execPath,
    }),
  });
  const handlers = runtime.then((r) => r.handlers);
  // Calls made while the engine failed to start reject with its error; nobody else waits on it.
  handlers.catch(() => undefined);
  registerEngineHandlers(electron.ipcMain, handlers, windows.isOwnContents);

  const reportFailure = (what: string) => (error: unknown) =>
    environment.log(`${what}: ${error instanceof Error ? error.message : String(error)}`);

  try {
    tray = createTrayAdapter({
      electron,
      platform,
      iconFile: (state) =>
        trayIconFile(assetsDir, state, platform, electron.screen.getPrimaryDisplay().scaleFactor),
      onClick: () => windows.togglePopover(),
      onAction: (action) =>
        void runTrayAction(action, {
          handlers,
          windows,
          sendTo,
          notifications: () => trayController.notifications(),
          refreshTray: () => trayController.refreshNow(),
          quit: () => app.quit(),
          now,
        }).catch(reportFailure(`tray action ${action} failed`)),
    });
    trayController.refreshNow();
  } catch (error) {
    // No tray (some Linux desktops): the window and notifications still make the app usable.
    reportFailure('the tray icon is unavailable')(error);
  }

  const ready = runtime.then(async (started) => {
    running = started;
    os.reassert();
    const [statuses, settings] = await Promise.all([
      started.handlers.statuses(null) as Promise<EngineResult<'statuses'>>,
      started.handlers.getSettings(null) as Promise<EngineResult<'getSettings'>>,
    ]);
    trayController.onEngineEvent({ type: 'statuses', statuses });
    trayController.onEngineEvent({ type: 'settings', settings });
    trayController.refreshNow();
  });
  ready.catch(reportFailure('the engine failed to start'));

  // Quit waits for the engine: deletes still in their undo window are sent, the journal closed.
  let stopping = false;
  let stopped = false;
  app.on('before-quit', (event) => {
    windows.allowClose();
    if (stopped) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    os.stop();
    broadcast.dispose();
    void runtime
      .then((r) => r.stop())
      .catch(() => undefined)
      .finally(() => {
        stopped = true;
        tray?.destroy();
        app.quit();
      });
  });

  if (!launchedAtLogin(app, platform, environment.argv)) windows.showMain();
  return { runtime, windows, tray, trayController, ready };
}
