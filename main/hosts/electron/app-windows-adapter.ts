// The app's two windows: the popover that the tray icon toggles (anchored to the icon, hidden on
// blur unless pinned, Escape hides it) and the full window (size and place remembered). Closing
// either hides it; the app lives on in the tray until Quit.
import { createAppBrowserWindow, POPOVER_SIZE } from './browser-window-adapter';
import type { WindowKind } from './browser-window-adapter';
import type { BatchTimers } from './event-batcher';
import { popoverBounds } from './popover-bounds';
import { restoreWindowBounds } from './window-state';
import type { WindowState } from './window-state';
import type { ShellElectron, ShellTray, ShellWindow } from './shell-ports';
import { APP_ENTRY_URL } from './app-protocol';

/** A blur this recent means the click on the tray icon caused it: do not reopen. */
const BLUR_TOGGLE_GUARD_MS = 300;
/** Moves and resizes are saved once the window has been still this long. */
const SAVE_DELAY_MS = 500;

/** What the windows need from the shell. */
export interface AppWindowsOptions {
  electron: Pick<ShellElectron, 'BrowserWindow' | 'screen'>;
  platform: NodeJS.Platform;
  preload: string;
  icon: string | undefined;
  tray: () => ShellTray | undefined;
  now: () => number;
  timers: BatchTimers;
  loadState: () => WindowState | undefined;
  saveState: (state: WindowState) => void;
  /** A window was created (to wire its events outbox). */
  onCreated: (window: ShellWindow, kind: WindowKind) => void;
  /** The user is looking at a window (it was shown or focused). */
  onViewed: () => void;
}

/** The windows' handle. */
export interface AppWindows {
  /** Shows and focuses the full window, creating it if needed. */
  showMain(): ShellWindow;
  /** Opens the popover at the tray icon, or hides it when it is open. */
  togglePopover(): void;
  hidePopover(): void;
  pinned(): boolean;
  /** Pinned: the popover stays open (and on top) when it loses focus. */
  setPinned(pinned: boolean): void;
  /** True while the user can see the app: a window has focus, or the pinned popover is open. */
  inView(): boolean;
  /** The live windows. */
  all(): ShellWindow[];
  /** True for the web contents of one of the app's windows. */
  isOwnContents(contents: unknown): boolean;
  /** From now on closing really closes (the app is quitting). */
  allowClose(): void;
}

/** Creates the window manager; windows themselves are created when first shown. */
export function createAppWindows(options: AppWindowsOptions): AppWindows {
  const { electron, now, timers } = options;
  let main: ShellWindow | undefined;
  let popover: ShellWindow | undefined;
  let pinned = false;
  let quitting = false;
  let popoverHiddenAt = Number.NEGATIVE_INFINITY;
  let saveTimer: unknown;

  const live = (window: ShellWindow | undefined): window is ShellWindow =>
    window !== undefined && !window.isDestroyed();

  function create(kind: WindowKind, bounds: Partial<WindowState>): ShellWindow {
    const window = createAppBrowserWindow(electron, kind, {
      preload: options.preload,
      bounds,
      icon: options.icon,
    });
    window.on('focus', options.onViewed);
    window.on('show', options.onViewed);
    window.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      if (kind === 'main') saveNow(window);
      window.hide();
    });
    options.onCreated(window, kind);
    void window.loadURL(APP_ENTRY_URL).catch(() => undefined);
    return window;
  }

  function saveNow(window: ShellWindow): void {
    if (saveTimer !== undefined) timers.clear(saveTimer);
    saveTimer = undefined;
    if (window.isDestroyed()) return;
    const maximized = window.isMaximized();
    options.saveState({
      ...(maximized ? window.getNormalBounds() : window.getBounds()),
      maximized,
    });
  }

  function createMain(): ShellWindow {
    const displays = [electron.screen.getPrimaryDisplay(), ...electron.screen.getAllDisplays()].map(
      (d) => d.workArea,
    );
    const restored = restoreWindowBounds(options.loadState(), displays);
    const window = create('main', {
      x: restored.x,
      y: restored.y,
      width: restored.width,
      height: restored.height,
    });
    const scheduleSave = (): void => {
      if (saveTimer !== undefined) timers.clear(saveTimer);
      saveTimer = timers.set(() => saveNow(window), SAVE_DELAY_MS);
    };
    window.on('resize', scheduleSave);
    window.on('move', scheduleSave);
    window.on('closed', () => {
      if (main === window) main = undefined;
    });
    window.once('ready-to-show', () => {
      if (restored.maximized) window.maximize();
      window.show();
      window.focus();
    });
    return window;
  }

  function createPopover(): ShellWindow {
    const window = create('popover', {});
    window.setVisibleOnAllWorkspaces(true);
    window.setAlwaysOnTop(pinned);
    window.on('blur', () => {
      if (pinned || !window.isVisible()) return;
      popoverHiddenAt = now();
      window.hide();
    });
    // The key still reaches the page, so an open dialog closes along with the popover.
    window.webContents.on('before-input-event', (_event, input) => {
      if (input.type === 'keyDown' && input.key === 'Escape') window.hide();
    });
    window.on('closed', () => {
      if (popover === window) popover = undefined;
    });
    return window;
  }

  function placePopover(window: ShellWindow): void {
    const trayBounds = options.tray()?.getBounds() ?? { x: 0, y: 0, width: 0, height: 0 };
    const known = trayBounds.width > 0 && trayBounds.height > 0;
    const point = known
      ? {
          x: Math.round(trayBounds.x + trayBounds.width / 2),
          y: Math.round(trayBounds.y + trayBounds.height / 2),
        }
      : electron.screen.getCursorScreenPoint();
    const display = electron.screen.getDisplayNearestPoint(point);
    window.setBounds(popoverBounds(trayBounds, display.workArea, POPOVER_SIZE, options.platform));
  }

  return {
    showMain() {
      if (!live(main)) {
        main = createMain();
        return main;
      }
      if (main.isMinimized()) main.restore();
      main.show();
      main.focus();
      return main;
    },
    togglePopover() {
      if (live(popover) && popover.isVisible()) {
        popover.hide();
        return;
      }
      if (now() - popoverHiddenAt < BLUR_TOGGLE_GUARD_MS) return;
      const open = (window: ShellWindow): void => {
        placePopover(window);
        window.show();
        window.focus();
      };
      if (live(popover)) {
        open(popover);
        return;
      }
      // A new popover shows once its page is painted, not as an empty frame.
      const created = createPopover();
      popover = created;
      created.once('ready-to-show', () => open(created));
    },
    hidePopover() {
      if (live(popover)) popover.hide();
    },
    pinned: () => pinned,
    setPinned(value) {
      pinned = value;
      if (live(popover)) popover.setAlwaysOnTop(value);
    },
    inView: () =>
      [main, popover].some((w) => live(w) && w.isFocused()) ||
      (pinned && live(popover) && popover.isVisible()),
    all: () => [main, popover].filter(live),
    isOwnContents: (contents) => [main, popover].some((w) => live(w) && w.webContents === contents),
    allowClose() {
      quitting = true;
      if (live(main)) saveNow(main);
    },
  };
}
