import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { QueueStatusView } from '../../../preload/contract';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import type { Language } from '../../../renderer/i18n/translate';
import { StatusStrip } from '../../../renderer/status/StatusStrip';
import { NOW, queueStatus } from './status-fixtures';

function show(statuses: QueueStatusView[], language: Language = 'en') {
  const handlers = { onPause: vi.fn(), onResume: vi.fn(), onRetry: vi.fn() };
  render(
    <I18nProvider language={language}>
      <StatusStrip statuses={statuses} now={NOW} {...handlers} />
    </I18nProvider>,
  );
  return handlers;
}

describe('StatusStrip', () => {
  it('says "No queues" when there are none', () => {
    show([]);
    expect(screen.getByText('No queues')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows one chip per queue, grouped by account and region', () => {
    show([
      queueStatus({ queue: 'vod-events' }),
      queueStatus({ queue: 'mps-jobs', mode: 'consume', demo: true }),
      queueStatus({ queue: 'vod-bj', regionId: 'cn-beijing', state: 'paused' }),
    ]);
    const shanghai = screen.getByRole('group', { name: 'Production · cn-shanghai' });
    const chips = within(shanghai).getAllByRole('button', { expanded: false });
    expect(chips.map((chip) => chip.textContent)).toEqual([
      '●mps-jobsLiveConsumeDemo≈ 86k/mo',
      '●vod-eventsLiveWatch≈ 86k/mo',
    ]);
    const beijing = screen.getByRole('group', { name: 'Production · cn-beijing' });
    expect(within(beijing).getByText('Paused')).toBeTruthy();
  });

  it('shows the projected requests of all queues together', () => {
    show([queueStatus({ queue: 'a' }), queueStatus({ queue: 'b' })]);
    expect(screen.getByText('All queues: ≈ 173k requests/month')).toBeTruthy();
  });

  it('spells out halted queues with the message and the fix, and retries them', () => {
    const handlers = show([
      queueStatus({
        queue: 'vod-events',
        state: 'auth-error',
        lastError: { kind: 'auth', message: 'The AccessKey was rejected.', at: NOW - 1000 },
      }),
      queueStatus({ queue: 'ok' }),
    ]);
    const alerts = screen.getByRole('list', { name: 'Queues that need attention' });
    expect(alerts.textContent).toContain('Access denied');
    expect(alerts.textContent).toContain('The AccessKey was rejected.');
    expect(alerts.textContent).toContain('Check the AccessKey in Settings.');
    fireEvent.click(within(alerts).getByRole('button', { name: 'Retry vod-events now' }));
    expect(handlers.onRetry).toHaveBeenCalledWith('prod/cn-shanghai/vod-events');
  });

  it('shows no alert list while every queue is healthy or retrying on its own', () => {
    show([queueStatus({ state: 'backing-off', nextAttemptAt: NOW + 12_000 })]);
    expect(screen.queryByRole('list', { name: 'Queues that need attention' })).toBeNull();
    expect(screen.getByText('Retrying in 12 s')).toBeTruthy();
  });

  it('pauses and resumes one queue from its chip', () => {
    const handlers = show([
      queueStatus({ queue: 'a' }),
      queueStatus({ queue: 'b', state: 'paused' }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Pause a' }));
    expect(handlers.onPause).toHaveBeenCalledWith('prod/cn-shanghai/a');
    fireEvent.click(screen.getByRole('button', { name: 'Resume b' }));
    expect(handlers.onResume).toHaveBeenCalledWith('prod/cn-shanghai/b');
  });

  it('pauses and resumes all queues', () => {
    const handlers = show([
      queueStatus({ queue: 'a' }),
      queueStatus({ queue: 'b', state: 'paused' }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Pause all' }));
    expect(handlers.onPause).toHaveBeenCalledWith();
    fireEvent.click(screen.getByRole('button', { name: 'Resume all' }));
    expect(handlers.onResume).toHaveBeenCalledWith();
  });

  it('offers only "Resume all" when everything is paused', () => {
    show([queueStatus({ state: 'paused' })]);
    expect(screen.queryByRole('button', { name: 'Pause all' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Resume all' })).toBeTruthy();
  });

  it('opens details with history, cost meter and actions', () => {
    const handlers = show([
      queueStatus({
        state: 'backing-off',
        nextAttemptAt: NOW + 3_000,
        requestsMade: 1234,
        projectedRequestsPerMonth: 2_100_000,
        lastSuccessAt: NOW - 5 * 60_000,
        lastError: { kind: 'throttled', message: 'MNS answered 429.', at: NOW - 10_000 },
      }),
    ]);
    const chip = screen.getByRole('button', { expanded: false });
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    const details = screen.getByRole('group', { name: 'vod-events' });
    expect(details.textContent).toContain('Retrying in 3 s');
    expect(details.textContent).toContain(
      'MNS is limiting requests; polling slows down on its own.',
    );
    expect(details.textContent).toContain('5 min ago');
    expect(details.textContent).toContain('10s ago · MNS answered 429.');
    expect(details.textContent).toContain('1,234');
    expect(details.textContent).toContain('≈ 2.1M requests/month');
    expect(details.textContent).toContain('Production (1234567890123456)');
    fireEvent.click(within(details).getByRole('button', { name: 'Retry now' }));
    expect(handlers.onRetry).toHaveBeenCalledWith('prod/cn-shanghai/vod-events');
    fireEvent.click(within(details).getByRole('button', { name: 'Pause' }));
    expect(handlers.onPause).toHaveBeenCalledWith('prod/cn-shanghai/vod-events');
  });

  it('says when a queue was never polled, and offers no retry while healthy', () => {
    show([queueStatus({ state: 'idle', requestsMade: 0, lastSuccessAt: undefined })]);
    fireEvent.click(screen.getByRole('button', { expanded: false }));
    const details = screen.getByRole('group', { name: 'vod-events' });
    expect(details.textContent).toContain('Starting');
    expect(details.textContent).toContain('never');
    expect(within(details).queryByRole('button', { name: 'Retry now' })).toBeNull();
  });

  it('closes details on Esc, and opens one at a time', () => {
    show([queueStatus({ queue: 'a' }), queueStatus({ queue: 'b' })]);
    const [first, second] = screen.getAllByRole('button', { expanded: false });
    if (first === undefined || second === undefined) throw new Error('expected two chips');
    fireEvent.click(first);
    fireEvent.click(second);
    expect(screen.queryByRole('group', { name: 'a' })).toBeNull();
    expect(screen.getByRole('group', { name: 'b' })).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'b' })).toBeNull();
    expect(document.activeElement).toBe(second);
  });

  it('renders hostile queue names as text', () => {
    show([queueStatus({ queue: '<b>x</b>' })]);
    expect(screen.getByText('<b>x</b>')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
  });

  it('speaks Chinese', () => {
    show([queueStatus({ state: 'offline' })], 'zh-CN');
    expect(screen.getByText('离线')).toBeTruthy();
    expect(screen.getByText('全部队列：约 8.6万 次请求/月')).toBeTruthy();
  });
});
