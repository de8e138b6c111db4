import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { SettingsView } from '../../../../preload/contract';
import { TRAY_THROTTLE_MS } from '../../../../main/hosts/electron/tray-controller';
import type { FakeMenu } from './support/fake-electron';
import { REPO_ROOT, startShellKit } from './support/shell-kit';
import type { ShellKit, ShellKitOptions } from './support/shell-kit';
import { sampleRow, sampleStatus } from './support/samples';

const linuxIcon = (state: string) =>
  join(REPO_ROOT, 'assets', 'tray', 'linux', `tray-${state}-22.png`);

describe('tray wiring', () => {
  let kit: ShellKit | undefined;
  afterEach(async () => {
    await kit?.close();
    kit = undefined;
  });
  const start = async (options: ShellKitOptions = {}) => {
    kit = await startShellKit(options);
    return kit;
  };
  const menu = (k: ShellKit): FakeMenu => {
    const attached = k.electron.tray().contextMenu;
    if (attached === null) throw new Error('no context menu');
    return attached;
  };

  it('starts idle with the context menu attached and Open first', async () => {
    const k = await start();
    const tray = k.electron.tray();
    expect(tray.image).toBe(linuxIcon('idle'));
    expect(tray.tooltip).toBe('MNS Watch');
    expect(menu(k).labels()[0]).toBe('Open MNS Watch');
    expect(menu(k).item('No queues yet')?.enabled).toBe(false);
  });

  it('turns to the error icon when a queue reports an auth error, and lists it per account', async () => {
    const k = await start();
    k.emit({
      type: 'statuses',
      statuses: [sampleStatus({ queue: 'a' }), sampleStatus({ queue: 'b', state: 'idle' })],
    });
    k.emit({ type: 'status', status: sampleStatus({ queue: 'a', state: 'auth-error' }) });
    expect(k.electron.tray().image).toBe(linuxIcon('idle'));
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(k.electron.tray().image).toBe(linuxIcon('error'));
    expect(k.electron.tray().tooltip).toBe('MNS Watch · 1 queue failing');
    expect(menu(k).item(/^Demo account/)).toMatchObject({
      label: 'Demo account · cn-shanghai: 1 queue live, 1 failing',
      enabled: false,
    });
  });

  it('redraws a burst of status changes once', async () => {
    const k = await start();
    const imagesBefore = k.electron.tray().images.length;
    const menusBefore = k.electron.tray().contextMenu;
    for (let i = 0; i < 100; i += 1) {
      k.emit({ type: 'status', status: sampleStatus({ queue: `q${i % 5}`, requestsMade: i }) });
    }
    k.timers.advance(TRAY_THROTTLE_MS);
    const after = k.electron.tray();
    expect(after.contextMenu).not.toBe(menusBefore);
    expect(after.images.length).toBe(imagesBefore);
    expect(after.contextMenu?.item(/^Demo account/)?.label).toBe(
      'Demo account · cn-shanghai: 5 queues live',
    );
  });

  it('shows paused when every queue is paused, and the menu offers Resume all', async () => {
    const k = await start();
    k.emit({ type: 'statuses', statuses: [sampleStatus({ state: 'paused' })] });
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(k.electron.tray().image).toBe(linuxIcon('paused'));
    expect(menu(k).item('Pause all queues')).toBeUndefined();
    menu(k).click('Resume all queues');
    await vi.waitFor(() => expect(k.handlers.resumeQueue).toHaveBeenCalledWith({}));
  });

  it('shows new events that arrive while no window is in front, until one is looked at', async () => {
    const k = await start();
    const [main] = k.electron.windows;
    main?.finishLoading();
    main?.blur();
    k.timers.advance(1000);
    k.emit({
      type: 'feed',
      rows: [sampleRow('a', k.timers.now()), sampleRow('b', k.timers.now())],
    });
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(k.electron.tray().image).toBe(linuxIcon('new'));
    expect(k.electron.tray().tooltip).toBe('MNS Watch · 2 new events');
    main?.focus();
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(k.electron.tray().image).toBe(linuxIcon('idle'));
    // While a window has focus, arriving events are seen at once.
    k.emit({ type: 'feed', rows: [sampleRow('c', k.timers.now() + 1)] });
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(k.electron.tray().image).toBe(linuxIcon('idle'));
  });

  it('pauses everything through the engine', async () => {
    const k = await start();
    k.emit({ type: 'statuses', statuses: [sampleStatus()] });
    k.timers.advance(TRAY_THROTTLE_MS);
    menu(k).click('Pause all queues');
    await vi.waitFor(() => expect(k.handlers.pauseQueue).toHaveBeenCalledWith({}));
  });

  it('mutes notifications for an hour through the preferences, then offers to unmute', async () => {
    const k = await start();
    menu(k).click('For 1 hour');
    await vi.waitFor(() => expect(k.handlers.updatePreferences).toHaveBeenCalled());
    const request = vi.mocked(k.handlers.updatePreferences).mock.calls[0]?.[0] as {
      notifications: SettingsView['notifications'];
    };
    expect(request.notifications).toMatchObject({
      enabled: true,
      mutedUntil: k.timers.now() + 3_600_000,
    });
    // The engine pushes the new settings; the menu follows.
    await vi.waitFor(() => {
      k.timers.advance(TRAY_THROTTLE_MS);
      expect(menu(k).item(/^Notifications muted until/)).toBeDefined();
    });
    expect(k.electron.tray().tooltip).toBe('MNS Watch · muted');
    menu(k).click('Unmute');
    await vi.waitFor(() => expect(k.handlers.updatePreferences).toHaveBeenCalledTimes(2));
    const unmute = vi.mocked(k.handlers.updatePreferences).mock.calls[1]?.[0] as {
      notifications: SettingsView['notifications'];
    };
    expect(unmute.notifications.mutedUntil).toBeUndefined();
    expect(unmute.notifications.enabled).toBe(true);
  });

  it('redraws when a mute runs out', async () => {
    const k = await start();
    menu(k).click('Until tomorrow morning');
    await vi.waitFor(() => {
      k.timers.advance(TRAY_THROTTLE_MS);
      expect(menu(k).item(/^Notifications muted until/)).toBeDefined();
    });
    k.timers.advance(48 * 3_600_000);
    expect(menu(k).item('Mute notifications')).toBeDefined();
  });

  it('opens the full window on Settings and tells its page to show the settings', async () => {
    const k = await start({ argv: ['electron', '.', '--hidden'] });
    expect(k.electron.windows).toHaveLength(0);
    menu(k).click('Settings…');
    await vi.waitFor(() => expect(k.electron.windows).toHaveLength(1));
    const [main] = k.electron.windows;
    main?.finishLoading();
    expect(main?.visible).toBe(true);
    expect(main?.webContents.events()).toContainEqual({ type: 'open-settings' });
    menu(k).click('Open MNS Watch');
    expect(k.electron.windows).toHaveLength(1);
  });

  it('quits from the menu after stopping the engine', async () => {
    const k = await start();
    menu(k).click('Quit MNS Watch');
    await vi.waitFor(() => expect(k.electron.app.quits).toBe(2));
    expect(k.electron.tray().destroyed).toBe(true);
  });

  it('on macOS: template icon, menu on right-click only, count beside the icon', async () => {
    const k = await start({ platform: 'darwin' });
    const tray = k.electron.tray();
    expect(tray.image).toBe(join(REPO_ROOT, 'assets', 'tray', 'macos', 'tray-idleTemplate.png'));
    expect(tray.contextMenu).toBeNull();
    expect(tray.ignoreDoubleClicks).toBe(true);
    tray.emit('right-click');
    expect(tray.poppedUp[0]?.labels()[0]).toBe('Open MNS Watch');
    k.electron.windows[0]?.blur();
    k.timers.advance(1000);
    k.emit({ type: 'feed', rows: [sampleRow('a', k.timers.now())] });
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(tray.title).toBe('1');
  });

  it('on Windows: ICO icon, toasts app id, and account names cannot become mnemonics', async () => {
    const k = await start({ platform: 'win32' });
    expect(k.electron.app.userModelId).toBe('com.mnswatch.app');
    expect(k.electron.tray().image).toBe(
      join(REPO_ROOT, 'assets', 'tray', 'windows', 'tray-idle.ico'),
    );
    k.emit({ type: 'statuses', statuses: [sampleStatus({ accountName: 'R&D' })] });
    k.timers.advance(TRAY_THROTTLE_MS);
    expect(menu(k).item(/^R&&D/)).toBeDefined();
  });
});
