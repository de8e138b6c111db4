// Every window of the app comes from here, with the security settings written out in full (the
// Electron security checklist, and Electronegativity, which only trusts explicit values), and
// every page is fenced in: no navigation away, no new windows, no webviews.
import { isAllowedExternalUrl } from './external-links';
import { isAppUrl } from './app-protocol';
import type { Rect } from './geometry';
import type { PreventableEvent, ShellElectron, ShellWebContents, ShellWindow } from './shell-ports';

/** The two kinds of window: the tray popover and the full window. */
export type WindowKind = 'popover' | 'main';

/** The popover's size. */
export const POPOVER_SIZE = { width: 440, height: 640 } as const;

/** Window options that differ by kind (the security settings never do). */
export function windowChrome(kind: WindowKind, bounds: Partial<Rect>, icon: string | undefined) {
  if (kind === 'popover') {
    return {
      ...POPOVER_SIZE,
      frame: false,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
    };
  }
  return {
    ...bounds,
    minWidth: 640,
    minHeight: 420,
    ...(icon !== undefined ? { icon } : {}),
  };
}

/** Creates a window of `kind` with the hardened page settings; it starts hidden. */
export function createAppBrowserWindow(
  electron: Pick<ShellElectron, 'BrowserWindow'>,
  kind: WindowKind,
  options: { preload: string; bounds: Partial<Rect>; icon: string | undefined },
): ShellWindow {
  // A bare `BrowserWindow` identifier: Electronegativity only inspects `new BrowserWindow(…)`.
  const { BrowserWindow } = electron;
  return new BrowserWindow({
    ...windowChrome(kind, options.bounds, options.icon),
    show: false,
    title: 'MNS Watch',
    webPreferences: {
      preload: options.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would open links as new windows; they are denied anyway, this stops the try.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/**
 * Fences in a page (applied to every web contents the app creates): navigation only within the
 * app's own origin, new windows denied, webviews refused. An allowlisted console link the user
 * clicks opens in their browser instead.
 */
export function guardWebContents(
  contents: ShellWebContents,
  openExternal: (url: string) => Promise<void>,
): void {
  const leave = (event: PreventableEvent, url: string): void => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) void openExternal(url).catch(() => undefined);
  };
  contents.on('will-navigate', leave);
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}
