import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { AccountView } from '../../preload/contract';
import { App } from '../../renderer/App';
import { createAppStore } from '../../renderer/store/app-store';
import { renderApp, settingsWithQueue } from './feed/support/render-app';
import { createFakeApi, emptyCounts, emptySettings } from './support/fake-api';

afterEach(() => {
  delete document.documentElement.dataset.theme;
  document.documentElement.lang = 'en';
});

describe('App shell', () => {
  it('tells the user how to start the engine when there is no bridge', () => {
    render(<App store={createAppStore()} api={undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('not connected to its engine');
    expect(alert.textContent).toContain('npm start');
  });

  it('shows the version and host the engine reports', async () => {
    renderApp();
    expect((await screen.findByTestId('app-version')).textContent).toBe('v1.2.3 · browser');
    expect(screen.getByRole('heading', { name: 'MNS Watch' })).toBeTruthy();
  });

  it('says the engine did not answer, with the reason', async () => {
    renderApp({ overrides: { appInfo: () => Promise.reject(new Error('channel closed')) } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The engine did not answer: channel closed',
    );
  });
});

describe('first run versus the feed', () => {
  it('offers the demo on a fresh install and shows the feed once its account exists', async () => {
    let demoAdded = false;
    const demoAccount: AccountView = {
      id: 'demo',
      name: 'Demo account',
      accountId: '1234567890123456',
      accessKeyIdMasked: 'MnsW…oKey',
      credentialSource: 'demo',
      hasSecret: true,
      regions: [],
    };
    const api = createFakeApi({
      // The demo server already runs on first run; only its account makes the app a demo.
      appInfo: vi.fn(async () => ({
        name: 'MNS Watch',
        version: '1.2.3',
        host: 'browser' as const,
        platform: 'linux',
        demoRunning: true,
      })),
      getSettings: vi.fn(async () => ({
        ...emptySettings(),
        accounts: demoAdded ? [demoAccount] : [],
      })),
      startDemo: vi.fn(async () => {
        demoAdded = true;
        return { profileId: 'demo' };
      }),
    });
    render(<App store={createAppStore({ api })} api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try the demo' }));
    expect(within(screen.getByRole('banner')).queryByText('Demo')).toBeNull();
    expect(api.startDemo).toHaveBeenCalled();
    expect(await screen.findByText('Waiting for the first event…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).toBeNull();
    expect(within(screen.getByRole('banner')).getByText('Demo')).toBeTruthy();
  });

  it('explains a demo that could not start', async () => {
    const api = createFakeApi({
      startDemo: vi.fn(async () => Promise.reject(new Error('Port 9911 is in use.'))),
    });
    render(<App store={createAppStore({ api })} api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try the demo' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Port 9911 is in use.');
  });

  it('opens the account form from the first run, and Escape closes it', async () => {
    const api = createFakeApi();
    render(<App store={createAppStore({ api })} api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect an account' }));
    const dialog = await screen.findByRole('dialog');
    expect(api.regions).toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows the feed, not the first run, when an account exists', async () => {
    renderApp({ total: 3 });
    expect(await screen.findByText('Event 2')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeTruthy();
  });

  it('groups by asset: the timeline gets up to 1000 rows of the current query', async () => {
    const { api, store } = renderApp({ total: 12 });
    await screen.findByText('Event 11');
    store.getState().setQuery({ kinds: ['transcode'] });
    const toggle = screen.getByRole('switch', { name: 'Group by asset' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await waitFor(() =>
      expect(api.queryFeed).toHaveBeenCalledWith({ kinds: ['transcode'], offset: 0, limit: 1000 }),
    );
    expect(await screen.findByRole('region', { name: 'Asset timeline' })).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
    fireEvent.click(toggle);
    expect(await screen.findByRole('grid')).toBeTruthy();
  });

  it('says so when the filters match nothing, and clears them', async () => {
    const { api, store } = renderApp({
      total: 0,
      overrides: {
        queryFeed: vi.fn(async () => ({
          rows: [],
          total: 0,
          counts: emptyCounts(),
          journalSize: 40,
        })),
      },
    });
    store.getState().setQuery({ outcomes: ['failure'] });
    const empty = (await screen.findByText('No events match these filters')).parentElement;
    fireEvent.click(within(empty as HTMLElement).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(store.getState().feed.query).toEqual({}));
    expect(vi.mocked(api.queryFeed).mock.lastCall?.[0]).toEqual({ offset: 0, limit: 100 });
  });
});

describe('appearance and connection', () => {
  it('applies the theme and language from settings', async () => {
    const settings = settingsWithQueue('watch');
    settings.display = { timeZone: 'utc', theme: 'dark', language: 'zh-CN' };
    renderApp({ overrides: { getSettings: vi.fn(async () => settings) } });
    expect(await screen.findByText('正在等待第一条事件…')).toBeTruthy();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('follows the OS preference for "system", live', async () => {
    const listeners = new Set<() => void>();
    const query = {
      matches: true,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    };
    const wide = { matches: false, addEventListener() {}, removeEventListener() {} };
    vi.stubGlobal('matchMedia', (text: string) =>
      // The layout asks for window widths too; this window is wide.
      text === '(prefers-color-scheme: dark)' ? query : wide,
    );
    try {
      renderApp();
      await screen.findByText('Waiting for the first event…');
      expect(document.documentElement.dataset.theme).toBe('dark');
      query.matches = false;
      listeners.forEach((listener) => listener());
      expect(document.documentElement.dataset.theme).toBe('light');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a banner while reconnecting and reloads once back', async () => {
    const { api } = renderApp();
    await screen.findByText('Waiting for the first event…');
    api.setConnection('reconnecting');
    expect(await screen.findByText('Reconnecting to the engine…')).toBeTruthy();
    const loads = vi.mocked(api.getSettings).mock.calls.length;
    api.setConnection('open');
    await waitFor(() => expect(screen.queryByText('Reconnecting to the engine…')).toBeNull());
    await waitFor(() => expect(vi.mocked(api.getSettings).mock.calls.length).toBe(loads + 1));
  });

  it('opens the settings panel from the header', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });
});
