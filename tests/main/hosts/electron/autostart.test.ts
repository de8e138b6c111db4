import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  AUTOSTART_FILE,
  autostartDesktopEntry,
  autostartDirectory,
  launchCommand,
  quoteExecArg,
} from '../../../../main/hosts/electron/autostart-entry';
import {
  createStartAtLogin,
  launchedAtLogin,
} from '../../../../main/hosts/electron/login-item-adapter';
import { createXdgAutostart } from '../../../../main/hosts/electron/xdg-autostart';
import { createFakeElectron } from './support/fake-electron';
import { startShellKit } from './support/shell-kit';

const entry = {
  name: 'MNS Watch',
  comment: 'Queue events',
  command: ['/opt/MNS Watch/mns-watch', '--hidden'],
  icon: '/opt/MNS Watch/resources/assets/icons/app.png',
};

describe('XDG autostart entry', () => {
  it('is a desktop entry that starts the app hidden', () => {
    expect(autostartDesktopEntry(entry)).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=MNS Watch',
        'Comment=Queue events',
        'Exec="/opt/MNS Watch/mns-watch" --hidden',
        'Icon=/opt/MNS Watch/resources/assets/icons/app.png',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it('quotes Exec arguments by the Desktop Entry rules', () => {
    expect(quoteExecArg('/usr/bin/app')).toBe('/usr/bin/app');
    expect(quoteExecArg('/a b/c')).toBe('"/a b/c"');
    // Inside quotes ", `, $ and \ are escaped, then every backslash is doubled (string value).
    expect(quoteExecArg('/x/"q"$HOME`\\')).toBe('"/x/\\\\"q\\\\"\\\\$HOME\\\\`\\\\\\\\"');
    expect(quoteExecArg('100%')).toBe('100%%');
    expect(quoteExecArg('')).toBe('""');
  });

  it('lives in $XDG_CONFIG_HOME/autostart, or ~/.config/autostart', () => {
    expect(autostartDirectory({ XDG_CONFIG_HOME: '/cfg' }, '/home/u')).toBe('/cfg/autostart');
    expect(autostartDirectory({}, '/home/u')).toBe('/home/u/.config/autostart');
    // The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    expect(autostartDirectory({ XDG_CONFIG_HOME: 'cfg' }, '/home/u')).toBe(
      '/home/u/.config/autostart',
    );
  });

  it('launches the AppImage, the packaged binary, or Electron with the app in development', () => {
    const base = { execPath: '/tmp/.mount_x/mns-watch', appPath: '/src', isPackaged: true };
    expect(launchCommand({ ...base, appImage: '/home/u/MNS.AppImage' })).toEqual([
      '/home/u/MNS.AppImage',
      '--hidden',
    ]);
    expect(launchCommand({ ...base, appImage: undefined })).toEqual([base.execPath, '--hidden']);
    expect(launchCommand({ ...base, isPackaged: false, appImage: undefined })).toEqual([
      base.execPath,
      '/src',
      '--hidden',
    ]);
  });
});

describe('start at login', () => {
  const root = mkdtempSync(join(tmpdir(), 'mns-watch-autostart-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes and removes the entry on Linux, and honours Hidden=true', () => {
    const dir = join(root, 'config', 'autostart');
    const file = join(dir, AUTOSTART_FILE);
    const login = createXdgAutostart(dir, entry);
    expect(login.get()).toBe(false);
    login.set(true);
    expect(readFileSync(file, 'utf8')).toBe(autostartDesktopEntry(entry));
    expect(login.get()).toBe(true);
    writeFileSync(file, `${autostartDesktopEntry(entry)}Hidden=true\n`);
    expect(login.get()).toBe(false);
    login.set(false);
    expect(existsSync(file)).toBe(false);
    login.set(false);
  });

  it('uses the XDG entry on Linux and the login item elsewhere', () => {
    const home = join(root, 'home');
    const electron = createFakeElectron({ userData: root, home, appPath: '/src' });
    const linux = createStartAtLogin({
      app: electron.app,
      platform: 'linux',
      env: {},
      execPath: '/usr/lib/mns-watch/mns-watch',
    });
    linux.set(true);
    const text = readFileSync(join(home, '.config', 'autostart', AUTOSTART_FILE), 'utf8');
    expect(text).toContain('Exec=/usr/lib/mns-watch/mns-watch /src --hidden');
    expect(electron.app.loginItem.openAtLogin).toBe(false);

    const windows = createStartAtLogin({
      app: electron.app,
      platform: 'win32',
      env: {},
      execPath: 'C:\\MNS Watch\\MNS Watch.exe',
    });
    windows.set(true);
    expect(electron.app.loginItem).toMatchObject({ openAtLogin: true, args: ['--hidden'] });
    expect(windows.get()).toBe(true);

    const mac = createStartAtLogin({
      app: electron.app,
      platform: 'darwin',
      env: {},
      execPath: '',
    });
    mac.set(false);
    expect(mac.get()).toBe(false);
  });

  it('knows a login launch by its argument, or by macOS saying so', () => {
    const electron = createFakeElectron({ userData: root, home: root, appPath: '/src' });
    expect(launchedAtLogin(electron.app, 'linux', ['app', '--hidden'])).toBe(true);
    expect(launchedAtLogin(electron.app, 'linux', ['app'])).toBe(false);
    electron.app.loginItem.wasOpenedAtLogin = true;
    expect(launchedAtLogin(electron.app, 'darwin', ['app'])).toBe(true);
    expect(launchedAtLogin(electron.app, 'win32', ['app'])).toBe(false);
  });

  it('is switched from the settings through the engine call, on Linux via the XDG entry', async () => {
    const kit = await startShellKit({ argv: ['mns-watch'] });
    try {
      const [main] = kit.electron.windows;
      if (main === undefined) throw new Error('no window');
      main.finishLoading();
      const file = join(kit.home, '.config', 'autostart', AUTOSTART_FILE);
      const on = (await kit.electron.invoke('setStartAtLogin', main.ipcEvent(), {
        enabled: true,
      })) as {
        startAtLogin: boolean;
      };
      expect(on.startAtLogin).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/MNS Watch/mns-watch" ');
      const off = (await kit.electron.invoke('setStartAtLogin', main.ipcEvent(), {
        enabled: false,
      })) as { startAtLogin: boolean };
      expect(off.startAtLogin).toBe(false);
      expect(existsSync(file)).toBe(false);
    } finally {
      await kit.close();
    }
  });
});
