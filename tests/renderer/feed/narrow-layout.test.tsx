import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { COMPACT_ROW_HEIGHT, ROW_HEIGHT } from '../../../renderer/feed/FeedList';
import { rowDomId } from '../../../renderer/feed/FeedRowView';
import { visibleToasts } from '../../../renderer/notify/ToastRegion';
import type { Toast } from '../../../renderer/store/toast-state';
import { stubWindowWidth } from '../support/match-media';
import { detailOf } from './support/event-detail';
import { journalRow, sampleStatus } from './support/journal';
import { renderApp, settingsWithQueue } from './support/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The App with `total` events, each event's detail answered. */
function renderWithDetails(total: number, options: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({
    total,
    ...options,
    overrides: {
      getEvent: vi.fn(async ({ id }) => detailOf(journalRow(Number(id.split('-').pop())))),
      ...options.overrides,
    },
  });
}

const grid = () => screen.getByRole('grid');
const spacerHeight = () => (grid().firstElementChild as HTMLElement).style.height;

describe('narrow layout (400 px, the tray popover)', () => {
  it('keeps the header on one line: icon buttons with their names, the version as a tooltip', async () => {
    stubWindowWidth(400);
    renderApp({ total: 3 });
    const settings = await screen.findByRole('button', { name: 'Settings' });
    expect(settings.getAttribute('title')).toBe('Settings');
    expect(settings.querySelector('svg')).not.toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'MNS Watch' }).getAttribute('title')).toMatch(
        /^v1\.2\.3 · /,
      ),
    );
    fireEvent.click(settings);
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });

  it('folds the filters behind a "Filters" button; search and the count stay in view', async () => {
    stubWindowWidth(400);
    const { store } = renderApp({ total: 12 });
    await screen.findByText('Event 11');
    expect(screen.getByRole('searchbox', { name: 'Search' }).id).toBe('feed-search');
    expect(screen.getByText('12 of 12 events')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Outcome' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Time range' })).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Filters', expanded: false });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const outcome = screen.getByRole('group', { name: 'Outcome' });
    expect(screen.getByRole('group', { name: 'Time range' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Saved filters/ })).toBeTruthy();

    fireEvent.click(within(outcome).getByRole('button', { name: /^Failed/ }));
    await waitFor(() => expect(store.getState().feed.query.outcomes).toEqual(['failure']));
    fireEvent.click(toggle);
    expect(screen.queryByRole('group', { name: 'Outcome' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Filters (1 active)', expanded: false })).toBe(
      toggle,
    );
  });

  it('sums the queues up in one line that expands to the chips', async () => {
    stubWindowWidth(400);
    renderApp({ total: 1 });
    const summary = await screen.findByRole('button', { name: '1 queue · all live' });
    expect(summary.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Production · cn-shanghai' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause all' })).toBeNull();

    fireEvent.click(summary);
    expect(summary.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Production · cn-shanghai' });
    expect(within(group).getByRole('button', { name: /vod-events/, expanded: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pause all' })).toBeTruthy();
  });

  it('says "1 error" when a queue has stopped for the user', async () => {
    stubWindowWidth(400);
    renderApp({
      total: 1,
      overrides: {
        statuses: vi.fn(async () => [
          sampleStatus('consume', {
            state: 'auth-error',
            lastError: { kind: 'auth', message: 'Rejected.', at: 1 },
          }),
        ]),
      },
    });
    const summary = await screen.findByRole('button', { name: '1 queue · 1 error' });
    fireEvent.click(summary);
    expect(screen.getByRole('list', { name: 'Queues that need attention' }).textContent).toContain(
      'Access denied',
    );
  });

  it('uses taller rows, still virtualized, and keeps the top row when the window widens', async () => {
    const window = stubWindowWidth(400);
    renderApp({ total: 100_000 });
    await screen.findByText('Event 99999');
    expect(spacerHeight()).toBe(`${100_000 * COMPACT_ROW_HEIGHT}px`);
    expect(screen.getAllByRole('row').length).toBeLessThan(40);
    expect(document.getElementById(rowDomId(0))?.style.height).toBe(`${COMPACT_ROW_HEIGHT}px`);

    grid().scrollTop = 500 * COMPACT_ROW_HEIGHT;
    fireEvent.scroll(grid());
    await screen.findByText('Event 99499');
    window.resize(1200);
    expect(spacerHeight()).toBe(`${100_000 * ROW_HEIGHT}px`);
    expect(grid().scrollTop).toBe(500 * ROW_HEIGHT);
    expect(screen.getByText('Event 99499')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
  });

  it('opens an event over the feed, focused on its heading; Back returns to the row', async () => {
    stubWindowWidth(400);
    const { store } = renderWithDetails(5);
    fireEvent.click(await screen.findByText('Event 3'));
    const pane = await screen.findByRole('complementary', { name: 'Event detail' });
    const heading = within(pane).getByRole('heading', { level: 2, name: 'Event 3' });
    expect(document.activeElement).toBe(heading);
    // The feed keeps its place underneath but is out of reach until Back.
    const feed = grid().closest('.workspace__feed') as HTMLElement;
    expect(feed.hasAttribute('inert')).toBe(true);
    await within(pane).findByRole('tab', { name: 'Summary' });
    expect(within(pane).getByRole('toolbar', { name: 'Message actions' })).toBeTruthy();

    fireEvent.click(within(pane).getByRole('button', { name: 'Back to events' }));
    expect(screen.queryByRole('complementary', { name: 'Event detail' })).toBeNull();
    expect(feed.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(grid());
    const index = store.getState().feed.positions.get(journalRow(3).id) ?? -1;
    expect(grid().getAttribute('aria-activedescendant')).toBe(rowDomId(index));
  });

  it('closes the covering event with Esc, back on the list', async () => {
    stubWindowWidth(400);
    renderWithDetails(5);
    fireEvent.click(await screen.findByText('Event 1'));
    const pane = await screen.findByRole('complementary', { name: 'Event detail' });
    fireEvent.keyDown(within(pane).getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(screen.queryByRole('complementary', { name: 'Event detail' })).toBeNull();
    expect(document.activeElement).toBe(grid());
  });

  it('shows at most two toasts along the bottom and says how many wait', async () => {
    stubWindowWidth(400);
    const { store } = renderApp({ total: 1 });
    await screen.findByText('Event 0');
    act(() => {
      store.getState().pushToast({ tone: 'success', text: { key: 'feed.toast.copiedIds.one' } });
      store.getState().pushToast({ tone: 'success', text: { key: 'feed.toast.undone' } });
      store.getState().pushToast({ tone: 'info', text: { key: 'feed.toast.undoTooLate' } });
    });
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(region.className).toContain('toasts--compact');
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Delete undone'),
      expect.stringContaining('Too late to undo'),
    ]);
    expect(within(region).getByText('1 more notice')).toBeTruthy();
    fireEvent.click(within(region).getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
    expect(within(region).queryByText(/more notice/)).toBeNull();
  });

  it('speaks Chinese', async () => {
    stubWindowWidth(400);
    const settings = settingsWithQueue('consume');
    settings.display = { timeZone: 'utc', theme: 'light', language: 'zh-CN' };
    renderWithDetails(3, { overrides: { getSettings: vi.fn(async () => settings) } });
    expect(await screen.findByRole('button', { name: '1 个队列 · 全部正常运行' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '筛选', expanded: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: '设置' })).toBeTruthy();
    fireEvent.click(await screen.findByText('Event 2'));
    expect(await screen.findByRole('button', { name: '返回事件列表' })).toBeTruthy();
  });
});

describe('between 720 and 900 px', () => {
  it('keeps the full filters but opens an event over the feed', async () => {
    stubWindowWidth(800);
    renderWithDetails(5);
    fireEvent.click(await screen.findByText('Event 2'));
    expect(screen.getByRole('group', { name: 'Outcome' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    const pane = await screen.findByRole('complementary', { name: 'Event detail' });
    expect(within(pane).getByRole('button', { name: 'Back to events' })).toBeTruthy();
  });
});

describe('wide layout', () => {
  it('stays as it was: full filters and status strip, the event beside the feed', async () => {
    stubWindowWidth(1440);
    renderWithDetails(5);
    fireEvent.click(await screen.findByText('Event 2'));
    expect(screen.getByRole('group', { name: 'Outcome' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Production · cn-shanghai' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Settings' }).textContent).toBe('Settings');
    const pane = await screen.findByRole('complementary', { name: 'Event detail' });
    expect(within(pane).queryByRole('button', { name: 'Back to events' })).toBeNull();
    expect(grid().closest('[inert]')).toBeNull();
    expect(spacerHeight()).toBe(`${5 * ROW_HEIGHT}px`);
  });
});

describe('visibleToasts', () => {
  const toast = (id: number, undo = false): Toast => ({
    id,
    tone: 'info',
    text: { key: 'feed.toast.undone' },
    details: [],
    persistent: false,
    undo: undo ? { ticket: `t${id}`, count: 1, sendsAt: 0 } : undefined,
  });

  it('keeps the newest, but never leaves an undo offer waiting', () => {
    expect(visibleToasts([toast(1), toast(2)], 2).map((t) => t.id)).toEqual([1, 2]);
    expect(visibleToasts([toast(1), toast(2), toast(3)], 2).map((t) => t.id)).toEqual([2, 3]);
    expect(visibleToasts([toast(1, true), toast(2), toast(3)], 2).map((t) => t.id)).toEqual([1, 3]);
  });
});
