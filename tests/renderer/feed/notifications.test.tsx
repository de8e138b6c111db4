import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { NotificationView } from '../../../preload/contract';
import { journalRow } from './support/journal';
import { renderApp, settingsWithQueue } from './support/render-app';

/** A stand-in for the browser's Notification, recording what was shown. */
function stubNotifications(permission: NotificationPermission, answer: NotificationPermission) {
  const shown: {
    title: string;
    options: NotificationOptions | undefined;
    instance: FakeNotification;
  }[] = [];
  class FakeNotification {
    static permission = permission;
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = answer;
      return answer;
    });
    onclick: (() => void) | null = null;
    close = vi.fn();
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options, instance: this });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { FakeNotification, shown };
}

const failed: NotificationView = {
  title: 'Transcode failed',
  body: 'launch-trailer.mp4: 2 of 3 definitions failed',
  eventRefs: [journalRow(1).id],
  tag: 'video:abc123',
  urgency: 'critical',
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('desktop notifications in the browser', () => {
  it('asks for permission from a click, then shows pushed notifications', async () => {
    const { FakeNotification, shown } = stubNotifications('default', 'granted');
    const { api } = renderApp({ total: 3 });
    fireEvent.click(await screen.findByRole('button', { name: 'Enable desktop notifications' }));
    expect(FakeNotification.requestPermission).toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Enable desktop notifications' })).toBeNull(),
    );

    api.emit({ type: 'notification', notification: failed });
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Transcode failed');
    expect(shown[0]?.options).toEqual({ body: failed.body, tag: 'video:abc123' });
  });

  it('focuses the window and opens the event when a notification is clicked', async () => {
    const { shown } = stubNotifications('granted', 'granted');
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    const { api } = renderApp({ total: 3 });
    await screen.findByText('Event 2');
    expect(screen.queryByRole('button', { name: 'Enable desktop notifications' })).toBeNull();

    api.emit({ type: 'notification', notification: failed });
    shown[0]?.instance.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(shown[0]?.instance.close).toHaveBeenCalled();
    await waitFor(() => expect(api.getEvent).toHaveBeenCalledWith({ id: journalRow(1).id }));
    const selected = screen
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected.map((r) => r.querySelector('.feed-row__title')?.textContent)).toEqual([
      'Event 1',
    ]);
  });

  it('shows notifications in the UI language', async () => {
    const { shown } = stubNotifications('granted', 'granted');
    const settings = settingsWithQueue('consume');
    settings.display = { ...settings.display, language: 'zh-CN' };
    const { api } = renderApp({
      total: 1,
      overrides: { getSettings: vi.fn(async () => settings) },
    });
    await screen.findByText('Event 0');
    api.emit({
      type: 'notification',
      notification: {
        ...failed,
        title: 'Transcode failed: Timeout',
        body: 'launch-trailer.mp4 · Job 394e6e1d2c3b4a59',
      },
    });
    expect(shown[0]?.title).toBe('转码失败：Timeout');
    expect(shown[0]?.options).toEqual({
      body: 'launch-trailer.mp4 · 作业 394e6e1d2c3b4a59',
      tag: 'video:abc123',
    });
  });

  it('shows nothing when permission was denied', async () => {
    const { shown } = stubNotifications('denied', 'denied');
    const { api } = renderApp({ total: 1 });
    await screen.findByText('Event 0');
    expect(screen.queryByRole('button', { name: 'Enable desktop notifications' })).toBeNull();
    api.emit({ type: 'notification', notification: failed });
    expect(shown).toHaveLength(0);
  });

  it('leaves notifications to the Electron main process on the desktop', async () => {
    const { shown } = stubNotifications('granted', 'granted');
    const { api } = renderApp({
      total: 1,
      overrides: {
        appInfo: vi.fn(async () => ({
          name: 'MNS Watch',
          version: '1.2.3',
          host: 'electron' as const,
          platform: 'linux',
          demoRunning: false,
        })),
      },
    });
    await screen.findByText('v1.2.3 · desktop');
    api.emit({ type: 'notification', notification: failed });
    expect(shown).toHaveLength(0);
  });
});
