import { describe, expect, it } from 'vitest';

import { muteEndLabel, muteUntil } from '../../../../main/hosts/electron/mute-times';
import { trayMenuTemplate, statusLines } from '../../../../main/hosts/electron/tray-menu';
import type { TrayMenuItem } from '../../../../main/hosts/electron/tray-menu';
import {
  applyToTrayModel,
  emptyTrayModel,
  trayView,
} from '../../../../main/hosts/electron/tray-model';
import { allPaused, trayState } from '../../../../main/hosts/electron/tray-state';
import { trayText } from '../../../../main/hosts/electron/tray-text';
import { noteRows, UNSEEN_CAP, viewedAt } from '../../../../main/hosts/electron/unseen-events';
import { sampleRow, sampleSettings, sampleStatus } from './support/samples';

const NOW = new Date(2026, 5, 1, 14, 30).getTime();
const labels = (items: TrayMenuItem[]) =>
  items.map((item) => (item.kind === 'separator' ? '---' : item.label));
const actions = (items: TrayMenuItem[]): string[] =>
  items.flatMap((item) =>
    item.kind === 'action' || item.kind === 'checkbox'
      ? [item.action]
      : item.kind === 'submenu'
        ? actions(item.items)
        : [],
  );

describe('trayState', () => {
  const live = [sampleStatus({ queue: 'a' }), sampleStatus({ queue: 'b', state: 'idle' })];

  it('is idle with nothing new, new with unseen events', () => {
    expect(trayState(live, 0, false)).toBe('idle');
    expect(trayState(live, 3, false)).toBe('new');
    expect(trayState([], 0, false)).toBe('idle');
  });

  it('shows an error while any queue is halted, whatever else is going on', () => {
    for (const state of ['auth-error', 'queue-missing', 'clock-error']) {
      expect(trayState([...live, sampleStatus({ queue: 'c', state })], 5, false)).toBe('error');
    }
    // Retrying and offline are not errors: the pollers recover on their own.
    expect(trayState([sampleStatus({ state: 'backing-off' })], 0, false)).toBe('idle');
    expect(trayState([sampleStatus({ state: 'offline' })], 0, false)).toBe('idle');
  });

  it('shows paused when everything is paused', () => {
    const paused = live.map((s) => ({ ...s, state: 'paused' }));
    expect(allPaused(paused)).toBe(true);
    expect(allPaused([...paused, sampleStatus({ queue: 'c' })])).toBe(false);
    expect(allPaused([])).toBe(false);
    expect(trayState(paused, 2, allPaused(paused))).toBe('paused');
  });
});

describe('trayMenuTemplate', () => {
  const base = { mutedUntil: undefined, pinned: false, language: 'en' as const, now: NOW };

  it('opens first, then one status line per account and region, then the commands', () => {
    const statuses = [
      sampleStatus({ queue: 'a' }),
      sampleStatus({ queue: 'b', state: 'idle' }),
      sampleStatus({
        profileId: 'p2',
        accountName: 'Prod',
        regionId: 'cn-hangzhou',
        queue: 'x',
        state: 'auth-error',
      }),
      sampleStatus({
        profileId: 'p2',
        accountName: 'Prod',
        regionId: 'cn-hangzhou',
        queue: 'y',
        state: 'paused',
      }),
    ];
    const menu = trayMenuTemplate({ ...base, statuses });
    expect(labels(menu)).toEqual([
      'Open MNS Watch',
      '---',
      'Demo account · cn-shanghai: 2 queues live',
      'Prod · cn-hangzhou: 1 paused, 1 failing',
      '---',
      'Pause all queues',
      'Resume all queues',
      'Mute notifications',
      'Keep panel open',
      '---',
      'Settings…',
      'Quit MNS Watch',
    ]);
    expect(menu.filter((i) => i.kind === 'status')).toHaveLength(2);
    expect(actions(menu)).toEqual([
      'open-window',
      'pause-all',
      'resume-all',
      'mute-hour',
      'mute-tomorrow',
      'toggle-pin',
      'open-settings',
      'quit',
    ]);
  });

  it('offers only what applies: resume when all are paused, neither without queues', () => {
    const paused = [sampleStatus({ state: 'paused' })];
    expect(actions(trayMenuTemplate({ ...base, statuses: paused }))).not.toContain('pause-all');
    expect(actions(trayMenuTemplate({ ...base, statuses: paused }))).toContain('resume-all');
    const none = trayMenuTemplate({ ...base, statuses: [] });
    expect(labels(none)).toContain('No queues yet');
    expect(actions(none)).not.toContain('pause-all');
    expect(actions(none)).not.toContain('resume-all');
  });

  it('says until when notifications are muted and offers unmute', () => {
    const until = new Date(2026, 5, 1, 15, 30).getTime();
    const menu = trayMenuTemplate({ ...base, statuses: [], mutedUntil: until });
    const mute = menu.find((i) => i.kind === 'submenu');
    expect(mute?.label).toBe('Notifications muted until 15:30');
    expect(actions(mute?.kind === 'submenu' ? mute.items : [])).toEqual([
      'mute-hour',
      'mute-tomorrow',
      'unmute',
    ]);
    // A mute that has run out is no mute.
    const expired = trayMenuTemplate({ ...base, statuses: [], mutedUntil: NOW - 1 });
    expect(actions(expired)).not.toContain('unmute');
  });

  it('shows the pin as a checkbox', () => {
    const pin = trayMenuTemplate({ ...base, statuses: [], pinned: true }).find(
      (i) => i.kind === 'checkbox',
    );
    expect(pin).toMatchObject({ action: 'toggle-pin', checked: true });
  });

  it('speaks Chinese when the app does', () => {
    const menu = trayMenuTemplate({ ...base, language: 'zh-CN', statuses: [sampleStatus()] });
    expect(labels(menu)[0]).toBe('打开 MNS Watch');
    expect(statusLines([sampleStatus()], 'zh-CN')).toEqual([
      'Demo account · cn-shanghai：1 个队列运行中',
    ]);
  });
});

describe('mute times', () => {
  it('ends an hour from now, or tomorrow at 08:00 local time', () => {
    expect(muteUntil('hour', NOW)).toBe(NOW + 3_600_000);
    expect(muteUntil('tomorrow', NOW)).toBe(new Date(2026, 5, 2, 8, 0).getTime());
    // Just after midnight "tomorrow morning" is still the next day's morning.
    const lateNight = new Date(2026, 5, 1, 0, 10).getTime();
    expect(muteUntil('tomorrow', lateNight)).toBe(new Date(2026, 5, 2, 8, 0).getTime());
  });

  it('words the end as a time, tomorrow, or a date', () => {
    const tomorrow = trayText('en').tomorrow;
    expect(muteEndLabel(new Date(2026, 5, 1, 18, 5).getTime(), NOW, tomorrow)).toBe('18:05');
    expect(muteEndLabel(new Date(2026, 5, 2, 8, 0).getTime(), NOW, tomorrow)).toBe(
      'tomorrow 08:00',
    );
    expect(muteEndLabel(new Date(2026, 5, 9, 8, 0).getTime(), NOW, tomorrow)).toBe(
      '2026-06-09 08:00',
    );
  });
});

describe('tray model and view', () => {
  it('follows pushed statuses and settings, and ignores other events', () => {
    let model = emptyTrayModel();
    model = applyToTrayModel(model, { type: 'status', status: sampleStatus({ queue: 'a' }) });
    model = applyToTrayModel(model, { type: 'status', status: sampleStatus({ queue: 'b' }) });
    model = applyToTrayModel(model, {
      type: 'status',
      status: sampleStatus({ queue: 'a', state: 'auth-error' }),
    });
    expect(model.statuses.map((s) => `${s.queue}:${s.state}`)).toEqual([
      'a:auth-error',
      'b:polling',
    ]);
    model = applyToTrayModel(model, { type: 'statuses', statuses: [sampleStatus({ queue: 'c' })] });
    expect(model.statuses.map((s) => s.queue)).toEqual(['c']);
    model = applyToTrayModel(model, {
      type: 'settings',
      settings: sampleSettings({ mutedUntil: NOW + 1 }, 'zh-CN'),
    });
    expect(model.language).toBe('zh-CN');
    expect(model.notifications?.mutedUntil).toBe(NOW + 1);
    const same = applyToTrayModel(model, { type: 'open-settings' });
    expect(same).toBe(model);
  });

  it('puts counts in the tooltip and the unseen count in the macOS title', () => {
    const model = {
      ...emptyTrayModel(),
      statuses: [sampleStatus({ queue: 'a', state: 'auth-error' }), sampleStatus({ queue: 'b' })],
      notifications: sampleSettings({ mutedUntil: NOW + 60_000 }).notifications,
      unseen: 3,
    };
    const view = trayView(model, NOW);
    expect(view.icon).toBe('error');
    expect(view.tooltip).toBe('MNS Watch · 3 new events · 1 queue failing · muted');
    expect(view.title).toBe('3');
    expect(trayView(emptyTrayModel(), NOW)).toMatchObject({
      icon: 'idle',
      tooltip: 'MNS Watch',
      title: '',
    });
  });
});

describe('unseen events', () => {
  it('counts entries first seen since the user last looked, each once', () => {
    let unseen = viewedAt(1000);
    unseen = noteRows(unseen, [sampleRow('old', 900), sampleRow('a', 1100)], false, 1200);
    unseen = noteRows(
      unseen,
      [sampleRow('a', 1100, { state: 'deleted' }), sampleRow('b', 1300)],
      false,
      1300,
    );
    expect([...unseen.ids]).toEqual(['a', 'b']);
  });

  it('counts nothing while a window is in front, and stops at the cap', () => {
    expect(noteRows(viewedAt(0), [sampleRow('a', 10)], true, 20).ids.size).toBe(0);
    const rows = Array.from({ length: UNSEEN_CAP + 5 }, (_, i) => sampleRow(`r${i}`, 10));
    expect(noteRows(viewedAt(0), rows, false, 20).ids.size).toBe(UNSEEN_CAP);
  });
});
