import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { SettingsView } from '../../../preload/contract';
import { createFakeApi, emptySettings } from '../support/fake-api';
import { infoFor, openLivePanel, openPanel, sampleSettings } from './settings-fixtures';

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SettingsPanel: notifications', () => {
  it('saves the edited rules as one object', async () => {
    const api = createFakeApi();
    openPanel(api);
    const notifications = section('Notifications');
    const save = within(notifications).getByRole('button', { name: 'Save notification rules' });
    expect(save).toHaveProperty('disabled', true);

    fireEvent.click(within(notifications).getByRole('radio', { name: 'Failures only' }));
    fireEvent.click(
      within(notifications).getByRole('checkbox', { name: /Also notify any failure/ }),
    );
    fireEvent.click(within(notifications).getByRole('checkbox', { name: 'Upload' }));
    fireEvent.click(within(notifications).getByRole('checkbox', { name: 'Live' }));
    fireEvent.click(within(notifications).getByRole('checkbox', { name: /Quiet hours/ }));
    fireEvent.change(within(notifications).getByLabelText('Quiet from'), {
      target: { value: '23:30' },
    });
    fireEvent.click(save);

    await waitFor(() =>
      expect(api.updatePreferences).toHaveBeenCalledWith({
        notifications: {
          enabled: true,
          mode: 'failures-only',
          anyFailure: true,
          mutedKinds: ['upload', 'live'],
          mutedQueues: [],
          quietHours: { start: '23:30', end: '07:00' },
        },
      }),
    );
    expect(await within(notifications).findByText('Saved.')).toBeDefined();
  });

  it('turns notifications off', async () => {
    const api = createFakeApi();
    openPanel(api);
    const notifications = section('Notifications');
    fireEvent.click(
      within(notifications).getByRole('checkbox', { name: 'Show desktop notifications' }),
    );
    // The rules below are greyed out with the disabled fieldset while notifications are off.
    expect(
      within(notifications).getByRole('radio', { name: 'Failures only' }).matches(':disabled'),
    ).toBe(true);
    fireEvent.click(within(notifications).getByRole('button', { name: 'Save notification rules' }));
    await waitFor(() =>
      expect(api.updatePreferences).toHaveBeenCalledWith({
        notifications: {
          enabled: false,
          mode: 'default',
          anyFailure: false,
          mutedKinds: [],
          mutedQueues: [],
        },
      }),
    );
  });

  it('refuses quiet hours that start and end at the same time', () => {
    const api = createFakeApi();
    openPanel(api);
    const notifications = section('Notifications');
    fireEvent.click(within(notifications).getByRole('checkbox', { name: /Quiet hours/ }));
    fireEvent.change(within(notifications).getByLabelText('Quiet from'), {
      target: { value: '07:00' },
    });
    fireEvent.click(within(notifications).getByRole('button', { name: 'Save notification rules' }));
    expect(
      within(notifications).getByText('Quiet hours must start and end at different times.'),
    ).toBeDefined();
    expect(api.updatePreferences).not.toHaveBeenCalled();
  });

  it('mutes for one hour at once, keeping the other rules', async () => {
    const now = Date.UTC(2026, 10, 23, 9, 0, 0);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const api = createFakeApi();
    const settings = sampleSettings({
      notifications: { ...emptySettings().notifications, mutedQueues: ['noisy'] },
    });
    openPanel(api, settings);
    fireEvent.click(screen.getByRole('button', { name: 'Mute for 1 hour' }));
    await waitFor(() =>
      expect(api.updatePreferences).toHaveBeenCalledWith({
        notifications: {
          enabled: true,
          mode: 'default',
          anyFailure: false,
          mutedKinds: [],
          mutedQueues: ['noisy'],
          mutedUntil: now + 60 * 60 * 1000,
        },
      }),
    );
  });

  it('shows an active mute and unmutes', async () => {
    const now = Date.UTC(2026, 10, 23, 9, 0, 0);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const api = createFakeApi();
    const notifications = { ...emptySettings().notifications, mutedUntil: now + 30 * 60 * 1000 };
    openPanel(api, sampleSettings({ notifications }));
    expect(screen.getByText(/Notifications are muted until/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Unmute' }));
    await waitFor(() =>
      expect(api.updatePreferences).toHaveBeenCalledWith({
        notifications: {
          enabled: true,
          mode: 'default',
          anyFailure: false,
          mutedKinds: [],
          mutedQueues: [],
        },
      }),
    );
  });

  it('says why saving failed, next to the section', async () => {
    const api = createFakeApi({
      updatePreferences: vi.fn(() => Promise.reject(new Error('Disk full.'))),
    });
    openPanel(api);
    const notifications = section('Notifications');
    fireEvent.click(within(notifications).getByRole('radio', { name: 'Failures only' }));
    fireEvent.click(within(notifications).getByRole('button', { name: 'Save notification rules' }));
    expect((await within(notifications).findByRole('alert')).textContent).toBe(
      'Not saved: Disk full.',
    );
    // The edit is still there to save again.
    expect(within(notifications).getByRole('radio', { name: 'Failures only' })).toHaveProperty(
      'checked',
      true,
    );
  });
});

describe('SettingsPanel: history', () => {
  it('checks the retention bounds in words before saving', async () => {
    const api = createFakeApi();
    openPanel(api);
    const history = section('History');
    const entries = within(history).getByLabelText('Maximum events');
    const days = within(history).getByLabelText('Maximum age in days');
    fireEvent.change(entries, { target: { value: '50' } });
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.click(within(history).getByRole('button', { name: 'Save retention' }));
    expect(
      within(history).getByText('Enter a whole number of events from 100 to 1,000,000.'),
    ).toBeDefined();
    expect(
      within(history).getByText('Enter a whole number of days from 1 to 3,650.'),
    ).toBeDefined();
    expect(entries.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(entries, { target: { value: '2,000,000' } });
    fireEvent.change(days, { target: { value: '3651' } });
    expect(entries.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(days, { target: { value: '12.5' } });
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(api.updatePreferences).not.toHaveBeenCalled();

    fireEvent.change(entries, { target: { value: '250,000' } });
    fireEvent.change(days, { target: { value: '90' } });
    expect(entries.getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(within(history).getByRole('button', { name: 'Save retention' }));
    await waitFor(() =>
      expect(api.updatePreferences).toHaveBeenCalledWith({
        journal: { maxEntries: 250_000, maxAgeDays: 90 },
      }),
    );
  });
});

describe('SettingsPanel: appearance', () => {
  it('applies theme and time zone at once', async () => {
    const api = createFakeApi();
    openPanel(api);
    const appearance = section('Appearance');
    fireEvent.click(within(appearance).getByRole('radio', { name: 'Dark' }));
    await waitFor(() =>
      expect(api.updatePreferences).toHaveBeenCalledWith({
        display: { timeZone: 'local', theme: 'dark', language: 'en' },
      }),
    );
    expect(within(appearance).getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', true);
    fireEvent.click(within(appearance).getByRole('radio', { name: 'UTC' }));
    await waitFor(() =>
      expect(api.updatePreferences).toHaveBeenLastCalledWith({
        display: { timeZone: 'utc', theme: 'dark', language: 'en' },
      }),
    );
  });

  it('goes back to the saved theme when the change fails', async () => {
    const api = createFakeApi({
      updatePreferences: vi.fn(() => Promise.reject(new Error('Settings are locked.'))),
    });
    openPanel(api);
    const appearance = section('Appearance');
    fireEvent.click(within(appearance).getByRole('radio', { name: 'Light' }));
    expect((await within(appearance).findByRole('alert')).textContent).toBe(
      'Not saved: Settings are locked.',
    );
    expect(within(appearance).getByRole('radio', { name: 'System' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('switches the language, and the panel reads in Simplified Chinese', async () => {
    let current: SettingsView = sampleSettings();
    const api = createFakeApi({
      updatePreferences: vi.fn(async (change) => {
        current = { ...current, ...change };
        live.push(current);
        return current;
      }),
    });
    const live = openLivePanel(api, current);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    expect(await screen.findByRole('dialog', { name: '设置' })).toBeDefined();
    expect(api.updatePreferences).toHaveBeenCalledWith({
      display: { timeZone: 'local', theme: 'system', language: 'zh-CN' },
    });
    expect(screen.getByRole('region', { name: '账号' })).toBeDefined();
    expect(screen.getByRole('region', { name: '通知' })).toBeDefined();
    expect(screen.getByRole('button', { name: '添加账号' })).toBeDefined();
    expect(screen.getByRole('button', { name: '关闭' })).toBeDefined();
    expect(screen.getByLabelText('语言')).toHaveProperty('value', 'zh-CN');
  });
});

describe('SettingsPanel: start at login and secrets', () => {
  it('has no start-at-login switch in the browser host, and says where it is', () => {
    openPanel(createFakeApi(), sampleSettings({ startAtLogin: false }), infoFor('browser'));
    expect(screen.queryByRole('checkbox', { name: 'Open MNS Watch when you log in' })).toBeNull();
    expect(screen.getByText('Start at login is available in the desktop app.')).toBeDefined();
  });

  it('toggles start at login in the desktop app', async () => {
    const api = createFakeApi();
    openPanel(api, sampleSettings({ startAtLogin: false }), infoFor('electron'));
    const toggle = screen.getByRole('checkbox', { name: 'Open MNS Watch when you log in' });
    fireEvent.click(toggle);
    await waitFor(() => expect(api.setStartAtLogin).toHaveBeenCalledWith({ enabled: true }));
    expect(toggle).toHaveProperty('checked', true);
  });

  it('says when the desktop OS cannot start it at login', () => {
    openPanel(createFakeApi(), sampleSettings({ startAtLogin: undefined }), infoFor('electron'));
    expect(screen.getByText('Start at login is not available on this system.')).toBeDefined();
  });

  it('says where secrets are kept, with details on request', () => {
    openPanel(
      createFakeApi(),
      sampleSettings({
        vault: {
          storage: 'memory',
          reason: 'No keychain is available: secrets are kept in memory until MNS Watch quits.',
          detail: 'The name org.freedesktop.secrets was not provided by any .service files',
        },
      }),
    );
    const secrets = section('Secrets');
    expect(within(secrets).getByText('Memory only')).toBeDefined();
    expect(
      within(secrets).getByText(/secrets are kept in memory until MNS Watch quits/),
    ).toBeDefined();
    expect(within(secrets).getByText('Details').tagName).toBe('SUMMARY');
  });
});
