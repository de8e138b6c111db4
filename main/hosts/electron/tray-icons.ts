// Which icon file the tray shows: a template image on macOS (the system tints it for light and
// dark menu bars), a multi-size ICO on Windows, a PNG sized for the display on Linux. The files
// are made by tests/support/make-tray-icons.sh.
import { join } from 'node:path';

import type { TrayIconState } from './tray-state';

/** The Linux PNG sizes shipped, smallest first. */
export const LINUX_TRAY_SIZES = [22, 32, 48, 64] as const;
/** The sizes inside each Windows ICO (100 % to 400 % of 16 px). */
export const WINDOWS_TRAY_SIZES = [16, 20, 24, 32, 40, 48, 64] as const;
/** macOS sizes: 1x and the @2x retina variant. */
export const MACOS_TRAY_SIZES = [16, 32] as const;

/** Where the app's assets folder is: beside the asar when packaged, the project root otherwise. */
export function assetsDirectory(app: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}): string {
  return app.isPackaged ? join(app.resourcesPath, 'assets') : join(app.appPath, 'assets');
}

/**
 * The icon file for `state`. On macOS the @2x file is found by Electron from the 1x name; Linux
 * gets the smallest PNG that covers a 22 px panel icon at the display's scale.
 */
export function trayIconFile(
  assetsDir: string,
  state: TrayIconState,
  platform: NodeJS.Platform,
  scaleFactor = 1,
): string {
  const dir = join(assetsDir, 'tray');
  if (platform === 'darwin') return join(dir, 'macos', `tray-${state}Template.png`);
  if (platform === 'win32') return join(dir, 'windows', `tray-${state}.ico`);
  const wanted = 22 * scaleFactor;
  const size = LINUX_TRAY_SIZES.find((s) => s >= wanted) ?? 64;
  return join(dir, 'linux', `tray-${state}-${size}.png`);
}
