import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { QueueStatusView } from '../../../preload/contract';
import { createTranslate, I18nProvider } from '../../../renderer/i18n/i18n-context';
import type { Language } from '../../../renderer/i18n/translate';
import { StatusStrip } from '../../../renderer/status/StatusStrip';
import { summarizeStatuses } from '../../../renderer/status/summarize-statuses';
import { NOW, queueStatus } from './status-fixtures';

const summary = (statuses: QueueStatusView[], language: Language = 'en') => {
  const { queues, state, tone } = summarizeStatuses(statuses, NOW, createTranslate(language));
  return `${queues} · ${state} (${tone})`;
};

describe('summarizeStatuses', () => {
  it('says all live when every queue polls', () => {
    expect(summary([queueStatus({ queue: 'a' }), queueStatus({ queue: 'b', state: 'idle' })])).toBe(
      '2 queues · all live (success)',
    );
    expect(summary([queueStatus()], 'zh-CN')).toBe('1 个队列 · 全部正常运行 (success)');
  });

  it('puts the worst state first: errors, retrying, paused, not started', () => {
    const halted = queueStatus({ queue: 'x', state: 'queue-missing' });
    const retrying = queueStatus({ queue: 'r', state: 'backing-off', nextAttemptAt: NOW + 5000 });
    const paused = queueStatus({ queue: 'p', state: 'paused' });
    const fresh = queueStatus({ queue: 'f', state: 'idle', requestsMade: 0 });
    expect(summary([halted, retrying, paused])).toBe('3 queues · 1 error (danger)');
    expect(summary([halted, { ...halted, key: 'y', state: 'clock-error' }])).toBe(
      '2 queues · 2 errors (danger)',
    );
    expect(summary([retrying, paused, fresh])).toBe('3 queues · 1 retrying (warning)');
    expect(summary([queueStatus({ state: 'offline' })])).toBe('1 queue · offline (warning)');
    expect(summary([paused, fresh])).toBe('2 queues · 1 paused (neutral)');
    expect(summary([paused])).toBe('1 queue · all paused (neutral)');
    expect(summary([fresh, queueStatus()])).toBe('2 queues · 1 starting (neutral)');
    expect(summary([queueStatus({ state: 'stopped' })])).toBe('1 queue · 1 stopped (neutral)');
    expect(summary([halted], 'zh-CN')).toBe('1 个队列 · 1 个出错 (danger)');
  });
});

describe('compact StatusStrip', () => {
  function show(statuses: QueueStatusView[]) {
    const handlers = { onPause: vi.fn(), onResume: vi.fn(), onRetry: vi.fn() };
    render(
      <I18nProvider language="en">
        <StatusStrip statuses={statuses} now={NOW} compact {...handlers} />
      </I18nProvider>,
    );
    return handlers;
  }

  it('shows one summary line; the chips and actions appear on request', () => {
    const handlers = show([
      queueStatus({ queue: 'vod-events' }),
      queueStatus({ queue: 'mps-jobs', state: 'auth-error' }),
    ]);
    const toggle = screen.getByRole('button', { name: '2 queues · 1 error', expanded: false });
    expect(screen.queryByRole('group', { name: 'Production · cn-shanghai' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Queues that need attention' })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Production · cn-shanghai' });
    expect(within(group).getAllByRole('button', { expanded: false })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Retry mps-jobs now' }));
    expect(handlers.onRetry).toHaveBeenCalledWith('prod/cn-shanghai/mps-jobs');

    fireEvent.click(toggle);
    expect(screen.queryByRole('group', { name: 'Production · cn-shanghai' })).toBeNull();
  });

  it('still says "No queues" when there are none', () => {
    show([]);
    expect(screen.getByText('No queues')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
