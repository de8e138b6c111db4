import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { APP_ENTRY_URL } from '../../../../main/hosts/electron/app-protocol';
import { POPOVER_SIZE } from '../../../../main/hosts/electron/browser-window-adapter';
import { bootElectronShell } from '../../../../main/hosts/electron/electron-shell';
import type { ShellEnvironment } from '../../../../main/hosts/electron/electron-shell';
import { createFakeElectron, fakeDisplay } from './support/fake-electron';
import type { FakeWindow } from './support/fake-electron';
import { TRAY_THROTTLE_MS } from '../../../../main/hosts/electron/tray-controller';
import { startShellKit } from './support/shell-kit';
import type { ShellKit, ShellKitOptions } from './support/shell-kit';
import { sampleRow } from './support/samples';

describe('windows', () => {
  let kit: ShellKit | undefined;
  afterEach(async () => {
    await kit?.close();
    kit = undefined;
  });
  const start = async (options: ShellKitOptions = {}) => (kit = await startShellKit(options));
  const popoverOf = (k: ShellKit): FakeWindow => {
    const popover = k.electron.windows.find((w) => w.options.skipTaskbar === true);
    if (popover === undefined) throw new Error('no popover');
    return popover;
  };

  it('opens the full window on a normal start, centred, loading the app page', async () => {
    const k = await start();
    expect(k.electron.windows).toHaveLength(1);
    const [main] = k.electron.windows;
    expect(main?.loadedUrl).toBe(APP_ENTRY_URL);
    expect(main?.options).toMatchObject({ x: 320, y: 153, width: 1280, height: 800, show: false });
    expect(main?.visible).toBe(false);
    main?.finishLoading();
    expect(main?.visible).toBe(true);
    expect(main?.focused).toBe(true);
  });

  it('stays in the tray when started at login', async () => {
    const k = await start({ argv: ['mns-watch', '--hidden'] });
    expect(k.electron.windows).toHaveLength(0);
  });

  it('a second launch focuses the running app instead of starting again', async () => {
    const k = await start();
    const [main] = k.electron.windows;
    main?.finishLoading();
    main?.hide();
    if (main !== undefined) main.minimized = true;
    k.electron.app.emit('second-instance', {}, ['mns-watch']);
    expect(k.electron.windows).toHaveLength(1);
    expect(main?.visible).toBe(true);
    expect(main?.minimized).toBe(false);
    expect(main?.focused).toBe(true);
    main?.hide();
    k.electron.app.emit('activate');
    expect(main?.visible).toBe(true);
  });

  it('the second instance itself quits without opening anything', async () => {
    const electron = createFakeElectron({
      userData: '/nonexistent',
      home: '/nonexistent',
      appPath: '/src',
    });
    electron.app.lockGranted = false;
    const startRuntime = vi.fn();
    const shell = await bootElectronShell(electron, {
      startRuntime,
    } as unknown as ShellEnvironment);
    expect(shell).toBeUndefined();
    expect(electron.app.quits).toBe(1);
    expect(electron.windows).toHaveLength(0);
    expect(startRuntime).not.toHaveBeenCalled();
    // The scheme is registered before the lock: it must happen before `ready` in every instance.
    expect(electron.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
  });

  it('hides instead of closing, until the app quits', async () => {
    const k = await start();
    const [main] = k.electron.windows;
    main?.finishLoading();
    expect(main?.close()).toBe(false);
    expect(main?.visible).toBe(false);
    expect(main?.destroyed).toBe(false);
  });

  it('toggles the popover under the tray icon from a click', async () => {
    const k = await start({
      platform: 'win32',
      prepare: (e) => {
        e.state.displays = [fakeDisplay({ x: 0, y: 0, width: 1920, height: 1040 })];
      },
    });
    const tray = k.electron.tray();
    tray.bounds = { x: 1800, y: 1044, width: 32, height: 32 };
    tray.emit('click');
    const popover = popoverOf(k);
    expect(popover.options).toMatchObject({ frame: false, skipTaskbar: true, show: false });
    expect(popover.loadedUrl).toBe(APP_ENTRY_URL);
    popover.finishLoading();
    expect(popover.visible).toBe(true);
    expect(popover.bounds).toEqual({
      x: 1920 - POPOVER_SIZE.width,
      y: 1044 - POPOVER_SIZE.height - 6,
      ...POPOVER_SIZE,
    });
    tray.emit('click');
    expect(popover.visible).toBe(false);
    tray.emit('click');
    expect(popover.visible).toBe(true);
    expect(k.electron.windows.filter((w) => w === popover)).toHaveLength(1);
  });

  it('hides the popover on blur and Escape, and a click that caused the blur does not reopen it', async () => {
    const k = await start();
    const tray = k.electron.tray();
    tray.emit('click');
    const popover = popoverOf(k);
    popover.finishLoading();
    popover.blur();
    expect(popover.visible).toBe(false);
    // The click on the icon blurred the popover a moment ago: that click means "close".
    tray.emit('click');
    expect(popover.visible).toBe(false);
    k.timers.advance(400);
    tray.emit('click');
    expect(popover.visible).toBe(true);
    expect(popover.webContents.press('a')).toBe(true);
    expect(popover.visible).toBe(true);
    expect(popover.webContents.press('Escape')).toBe(true);
    expect(popover.visible).toBe(false);
  });

  it('keeps a pinned popover open and on top', async () => {
    const k = await start();
    const tray = k.electron.tray();
    tray.emit('click');
    const popover = popoverOf(k);
    popover.finishLoading();
    tray.contextMenu?.click('Keep panel open');
    expect(popover.alwaysOnTop).toBe(true);
    popover.blur();
    expect(popover.visible).toBe(true);
    expect(tray.contextMenu?.item('Keep panel open')?.checked).toBe(true);
    // Events arriving in an open pinned popover are in plain view: not "new".
    k.electron.windows[0]?.blur();
    k.emit({ type: 'feed', rows: [sampleRow('a', k.timers.now() + 1)] });
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(tray.image).toMatch(/tray-idle-22\.png$/);
    tray.contextMenu?.click('Keep panel open');
    expect(popover.alwaysOnTop).toBe(false);
  });

  it('puts the popover in the top-right corner of the clicked display when the tray has no bounds', async () => {
    const k = await start({
      prepare: (e) => {
        e.state.displays = [
          fakeDisplay({ x: 0, y: 32, width: 1920, height: 1048 }),
          fakeDisplay({ x: 1920, y: 32, width: 2560, height: 1408 }),
        ];
        e.state.cursor = { x: 4000, y: 10 };
      },
    });
    k.electron.tray().emit('click');
    const popover = popoverOf(k);
    popover.finishLoading();
    expect(popover.bounds).toEqual({
      x: 1920 + 2560 - POPOVER_SIZE.width - 6,
      y: 32 + 6,
      ...POPOVER_SIZE,
    });
  });

  it('remembers the full window size and place in userData', async () => {
    const saved = { x: 100, y: 120, width: 1000, height: 700, maximized: false };
    const k = await start({
      prepare: (e) =>
        writeFileSync(join(e.app.paths.userData, 'window-state.json'), JSON.stringify(saved)),
    });
    const [main] = k.electron.windows;
    expect(main?.options).toMatchObject({ x: 100, y: 120, width: 1000, height: 700 });
    main?.finishLoading();
    main?.setBounds({ x: 200, width: 1100 });
    main?.emit('move');
    main?.emit('resize');
    const file = join(k.userData, 'window-state.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved);
    k.timers.advance(500);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...saved, x: 200, width: 1100 });
    main?.setBounds({ y: 300 });
    main?.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ y: 300 });
  });
});
