// Start at login per OS: the login item on macOS and Windows (with the argument that keeps the
// window closed), an XDG autostart entry on Linux, where Electron has no login item API.
import { autostartDirectory, HIDDEN_ARG, launchCommand } from './autostart-entry';
import type { ShellApp } from './shell-ports';
import { createXdgAutostart } from './xdg-autostart';
import type { StartAtLogin } from './xdg-autostart';

/** The start-at-login switch for this OS. */
export function createStartAtLogin(options: {
  app: ShellApp;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  execPath: string;
}): StartAtLogin {
  const { app } = options;
  if (options.platform === 'linux') {
    return createXdgAutostart(autostartDirectory(options.env, app.getPath('home')), {
      name: 'MNS Watch',
      comment: 'Alibaba Cloud MNS queue events in the tray',
      command: launchCommand({
        execPath: options.execPath,
        isPackaged: app.isPackaged,
        appPath: app.getAppPath(),
        appImage: options.env.APPIMAGE,
      }),
      // The icon name the deb/AppImage install (hicolor theme): a path inside an AppImage mount
      // would be gone by the next login.
      icon: 'mns-watch',
    });
  }
  // Windows matches the login item by its arguments too, so read it back with the same ones.
  const args = options.platform === 'win32' ? [HIDDEN_ARG] : undefined;
  return {
    get: () => app.getLoginItemSettings(args !== undefined ? { args } : undefined).openAtLogin,
    set: (enabled) =>
      app.setLoginItemSettings({ openAtLogin: enabled, ...(args !== undefined ? { args } : {}) }),
  };
}

/** True when this launch came from the login item (start quietly in the tray). */
export function launchedAtLogin(
  app: ShellApp,
  platform: NodeJS.Platform,
  argv: readonly string[],
): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
