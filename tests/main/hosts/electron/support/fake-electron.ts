// A small hand-written Electron for tests: EventEmitter-based doubles of exactly the APIs the
// shell uses (typed against main/hosts/electron/shell-ports.ts, which the real module satisfies),
// plus handles to drive them: click the tray, blur a window, fire powerMonitor events.
import { EventEmitter } from 'node:events';

import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  Display,
  Input,
  MenuItemConstructorOptions,
  NotificationConstructorOptions,
  Rectangle,
} from 'electron';

import type {
  InvokeEvent,
  ShellElectron,
  ShellNotification,
  ShellTray,
  ShellWebContents,
  ShellWindow,
} from '../../../../../main/hosts/electron/shell-ports';

/** A preventable event as Electron passes it. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** A page. */
export class FakeWebContents extends EventEmitter implements ShellWebContents {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  url = '';
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Every event batch sent on a channel, flattened in order. */
  events(channel = 'engine:event'): unknown[] {
    return this.sent
      .filter((m) => m.channel === channel)
      .flatMap((m) => (Array.isArray(m.args[0]) ? (m.args[0] as unknown[]) : [m.args[0]]));
  }
  /** Fires a navigation the way Electron does; true when the shell let it happen. */
  navigate(kind: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    const event = new FakeEvent(url);
    if (kind === 'will-frame-navigate') this.emit(kind, event);
    else this.emit(kind, event, url);
    return !event.defaultPrevented;
  }
  /** Presses a key; true when the page would still receive it. */
  press(key: string): boolean {
    const event = new FakeEvent();
    const input: Partial<Input> = { type: 'keyDown', key };
    this.emit('before-input-event', event, input);
    return !event.defaultPrevented;
  }
}

/** A window. */
export class FakeWindow extends EventEmitter implements ShellWindow {
  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  destroyed = false;
  minimized = false;
  maximized = false;
  alwaysOnTop = false;
  allWorkspaces = false;
  bounds: Rectangle;
  loadedUrl: string | undefined;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
  }
  show(): void {
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
    this.focused = false;
    this.emit('hide');
  }
  focus(): void {
    this.focused = true;
    this.emit('focus');
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }
  setVisibleOnAllWorkspaces(visible: boolean): void {
    this.allWorkspaces = visible;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.url = url;
    return Promise.resolve();
  }
  /** The page finished loading and painted. */
  finishLoading(): void {
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }
  /** The user clicked elsewhere. */
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  /** The user closed it; true when it really closed. */
  close(): boolean {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }
  /** The top frame, as an IPC sender sees it. */
  ipcEvent(url = this.loadedUrl ?? ''): InvokeEvent {
    return { sender: this.webContents, senderFrame: { url, parent: null } };
  }
}

/** A built menu: the template it came from. */
export class FakeMenu {
  constructor(readonly template: MenuItemConstructorOptions[]) {}
  /** The item with `label` (searching submenus). */
  item(label: string | RegExp): MenuItemConstructorOptions | undefined {
    const find = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
      for (const item of items) {
        const matches =
          typeof label === 'string' ? item.label === label : label.test(item.label ?? '');
        if (matches) return item;
        if (Array.isArray(item.submenu)) {
          const inner = find(item.submenu as MenuItemConstructorOptions[]);
          if (inner !== undefined) return inner;
        }
      }
      return undefined;
    };
    return find(this.template);
  }
  /** Every label, separators as '---'. */
  labels(): string[] {
    return this.template.map((item) => (item.type === 'separator' ? '---' : (item.label ?? '')));
  }
  /** Chooses the item with `label`. */
  click(label: string | RegExp): void {
    const item = this.item(label);
    if (item?.click === undefined) throw new Error(`No clickable menu item ${String(label)}`);
    (item.click as () => void)();
  }
}

/** The tray icon. */
export class FakeTray extends EventEmitter implements ShellTray {
  tooltip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  poppedUp: FakeMenu[] = [];
  ignoreDoubleClicks = false;
  destroyed = false;
  bounds: Rectangle = { x: 0, y: 0, width: 0, height: 0 };
  readonly images: string[];
  constructor(image: string) {
    super();
    this.images = [image];
  }
  get image(): string {
    return this.images[this.images.length - 1] ?? '';
  }
  setImage(image: string): void {
    this.images.push(image);
  }
  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: object | null): void {
    this.contextMenu = menu as FakeMenu | null;
  }
  popUpContextMenu(menu?: object): void {
    if (menu !== undefined) this.poppedUp.push(menu as FakeMenu);
  }
  setIgnoreDoubleClickEvents(ignore: boolean): void {
    this.ignoreDoubleClicks = ignore;
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  destroy(): void {
    this.destroyed = true;
  }
}

/** A native notification. */
export class FakeNotification extends EventEmitter implements ShellNotification {
  shown = false;
  constructor(readonly options: NotificationConstructorOptions) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.emit('close');
  }
}

/** The `app` module. */
export class FakeApp extends EventEmitter {
  isPackaged = false;
  lockGranted = true;
  quits = 0;
  exits: (number | undefined)[] = [];
  sandboxEnabled = false;
  userModelId: string | undefined;
  loginItem = { openAtLogin: false, wasOpenedAtLogin: false, args: [] as string[] };
  constructor(
    readonly paths: { userData: string; home: string; appPath: string },
    private readonly readyGate: Promise<void>,
  ) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.lockGranted;
  }
  whenReady(): Promise<void> {
    return this.readyGate;
  }
  quit(): void {
    this.quits += 1;
    const event = new FakeEvent();
    this.emit('before-quit', event);
  }
  exit(exitCode?: number): void {
    this.exits.push(exitCode);
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  getPath(name: 'userData' | 'home'): string {
    return this.paths[name];
  }
  getAppPath(): string {
    return this.paths.appPath;
  }
  getVersion(): string {
    return '0.1.0';
  }
  setAppUserModelId(id: string): void {
    this.userModelId = id;
  }
  getLoginItemSettings(options?: { args?: string[] }) {
    const argsMatch =
      options?.args === undefined ||
      options.args.join('\u0000') === this.loginItem.args.join('\u0000');
    return {
      openAtLogin: this.loginItem.openAtLogin && argsMatch,
      wasOpenedAtLogin: this.loginItem.wasOpenedAtLogin,
    };
  }
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void {
    this.loginItem = {
      ...this.loginItem,
      openAtLogin: settings.openAtLogin,
      args: settings.args ?? [],
    };
  }
}

/** The fake module plus the handles tests drive it with. */
export interface FakeElectron extends ShellElectron {
  app: FakeApp;
  windows: FakeWindow[];
  trays: FakeTray[];
  notifications: FakeNotification[];
  handlers: Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>;
  privilegedSchemes: CustomScheme[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  permissionRequest:
    | ((
        c: unknown,
        p: string,
        cb: (granted: boolean) => void,
        d: { requestingUrl?: string },
      ) => void)
    | undefined;
  permissionCheck: ((c: unknown, p: string, origin: string) => boolean) | undefined;
  openedExternally: string[];
  powerMonitorEvents: EventEmitter;
  state: {
    online: boolean;
    notificationsSupported: boolean;
    displays: Display[];
    cursor: { x: number; y: number };
  };
  /** Lets `whenReady()` resolve. */
  makeReady(): void;
  /** Calls an IPC handler as a page would. */
  invoke(channel: string, event: InvokeEvent, arg?: unknown): Promise<unknown>;
  /** The only tray. */
  tray(): FakeTray;
}

/** A display with the given work area (bounds add a 25 px bar above it). */
export function fakeDisplay(workArea: Rectangle, scaleFactor = 1): Display {
  return {
    workArea,
    bounds: { ...workArea, y: workArea.y - 25, height: workArea.height + 25 },
    scaleFactor,
  } as Display;
}

/** Creates a fresh fake Electron. `autoReady: false` holds `whenReady()` until makeReady(). */
export function createFakeElectron(
  paths: { userData: string; home: string; appPath: string },
  options: { autoReady?: boolean } = {},
): FakeElectron {
  let resolveReady: () => void = () => undefined;
  const readyGate = new Promise<void>((resolve) => (resolveReady = resolve));
  if (options.autoReady !== false) resolveReady();
  const app = new FakeApp(paths, readyGate);
  const windows: FakeWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  const handlers: FakeElectron['handlers'] = new Map();
  const state: FakeElectron['state'] = {
    online: true,
    notificationsSupported: true,
    displays: [fakeDisplay({ x: 0, y: 25, width: 1920, height: 1055 })],
    cursor: { x: 1800, y: 10 },
  };
  const powerMonitorEvents = new EventEmitter();

  const fake: FakeElectron = {
    app,
    windows,
    trays,
    notifications,
    handlers,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    permissionRequest: undefined,
    permissionCheck: undefined,
    openedExternally: [],
    powerMonitorEvents,
    state,
    BrowserWindow: class extends FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        super(options);
        windows.push(this);
        // Electron announces every new page, which is where the shell fences it in.
        app.emit('web-contents-created', new FakeEvent(), this.webContents);
      }
    },
    Tray: class extends FakeTray {
      constructor(image: string) {
        super(image);
        trays.push(this);
      }
    },
    Menu: { buildFromTemplate: (template) => new FakeMenu(template) },
    Notification: class extends FakeNotification {
      static isSupported(): boolean {
        return state.notificationsSupported;
      }
      constructor(options: NotificationConstructorOptions) {
        super(options);
        notifications.push(this);
      }
    },
    ipcMain: {
      handle: (channel, listener) => {
        if (handlers.has(channel))
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      },
    },
    powerMonitor: {
      on: (event: 'suspend' | 'resume', listener: () => void) =>
        powerMonitorEvents.on(event, listener),
    },
    net: { isOnline: () => state.online },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => void fake.privilegedSchemes.push(...schemes),
      handle: (scheme, handler) => void fake.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler) => void (fake.permissionRequest = handler),
        setPermissionCheckHandler: (handler) => void (fake.permissionCheck = handler),
      },
    },
    shell: {
      openExternal: async (url) => void fake.openedExternally.push(url),
    },
    screen: {
      getPrimaryDisplay: () => state.displays[0] as Display,
      getAllDisplays: () => state.displays,
      getDisplayNearestPoint: (point) =>
        state.displays.find(
          (d) =>
            point.x >= d.bounds.x &&
            point.x < d.bounds.x + d.bounds.width &&
            point.y >= d.bounds.y &&
            point.y < d.bounds.y + d.bounds.height,
        ) ?? (state.displays[0] as Display),
      getCursorScreenPoint: () => state.cursor,
    },
    makeReady: () => resolveReady(),
    invoke: async (channel, event, arg) => {
      const handler = handlers.get(channel);
      if (handler === undefined) throw new Error(`No handler for ${channel}`);
      return handler(event, arg);
    },
    tray: () => {
      const [tray] = trays;
      if (tray === undefined) throw new Error('No tray was created');
      return tray;
    },
  };
  return fake;
}
