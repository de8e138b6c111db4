// The slice of Electron the shell uses, as narrow interfaces. main/index.ts passes the real
// `electron` module, and the compiler checks it against these types (electron.d.ts); tests pass
// the EventEmitter fake in tests/main/hosts/electron/support. Only types are imported here.
// One overload per event, as electron.d.ts declares them: a union of event names would let a
// misspelt name through the check against the real module (method parameters are bivariant).
/* eslint-disable @typescript-eslint/unified-signatures */
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  Display,
  Input,
  MenuItemConstructorOptions,
  NotificationConstructorOptions,
  Point,
  Rectangle,
} from 'electron';

/** An event whose default Electron may be told to skip. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The frame that sent an IPC message. */
export interface SenderFrame {
  readonly url: string;
  /** Null for a window's top frame. */
  readonly parent: unknown;
}

/** What an `ipcMain.handle` listener receives first. */
export interface InvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: SenderFrame | null;
}

/** A window's page. */
export interface ShellWebContents {
  send(channel: string, ...args: unknown[]): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  on(
    event: 'before-input-event',
    listener: (event: PreventableEvent, input: Input) => void,
  ): unknown;
  on(event: 'did-finish-load', listener: () => void): unknown;
  on(event: 'did-start-loading', listener: () => void): unknown;
  on(event: 'destroyed', listener: () => void): unknown;
}

/** A top-level window. */
export interface ShellWindow {
  readonly webContents: ShellWebContents;
  show(): void;
  hide(): void;
  focus(): void;
  restore(): void;
  maximize(): void;
  destroy(): void;
  isVisible(): boolean;
  isFocused(): boolean;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isMaximized(): boolean;
  getBounds(): Rectangle;
  getNormalBounds(): Rectangle;
  setBounds(bounds: Partial<Rectangle>): void;
  setAlwaysOnTop(flag: boolean): void;
  setVisibleOnAllWorkspaces(visible: boolean): void;
  loadURL(url: string): Promise<void>;
  on(event: 'blur', listener: () => void): unknown;
  on(event: 'focus', listener: () => void): unknown;
  on(event: 'show', listener: () => void): unknown;
  on(event: 'hide', listener: () => void): unknown;
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
}

/** A built native menu; the shell only hands it back to the tray. */
export type ShellMenu = object;

/** The notification-area icon. */
export interface ShellTray {
  setImage(image: string): void;
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: ShellMenu | null): void;
  popUpContextMenu(menu?: ShellMenu): void;
  setIgnoreDoubleClickEvents(ignore: boolean): void;
  getBounds(): Rectangle;
  destroy(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'right-click', listener: () => void): unknown;
}

/** One native notification. */
export interface ShellNotification {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
}

/** The `app` module, as far as the shell uses it. */
export interface ShellApp {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  exit(exitCode?: number): void;
  enableSandbox(): void;
  getPath(name: 'userData' | 'home'): string;
  getAppPath(): string;
  getVersion(): string;
  setAppUserModelId(id: string): void;
  getLoginItemSettings(options?: { args?: string[] }): {
    openAtLogin: boolean;
    wasOpenedAtLogin?: boolean;
  };
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: ShellWebContents) => void,
  ): unknown;
}

/** Permission callbacks of a session (permission names are Chromium's). */
export interface ShellSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
}

/** Everything the shell takes from Electron. */
export interface ShellElectron {
  app: ShellApp;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ShellWindow;
  Tray: new (image: string) => ShellTray;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): ShellMenu };
  Notification: {
    new (options: NotificationConstructorOptions): ShellNotification;
    isSupported(): boolean;
  };
  ipcMain: {
    handle(
      channel: string,
      listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>,
    ): void;
  };
  powerMonitor: {
    on(event: 'suspend', listener: () => void): unknown;
    on(event: 'resume', listener: () => void): unknown;
  };
  net: { isOnline(): boolean };
  protocol: {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  session: { defaultSession: ShellSession };
  shell: { openExternal(url: string): Promise<void> };
  screen: {
    getPrimaryDisplay(): Display;
    getAllDisplays(): Display[];
    getDisplayNearestPoint(point: Point): Display;
    getCursorScreenPoint(): Point;
  };
}
