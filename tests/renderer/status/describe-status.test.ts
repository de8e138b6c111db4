import { describe, expect, it } from 'vitest';

import { createTranslate } from '../../../renderer/i18n/i18n-context';
import {
  canRetry,
  describeStatus,
  isHalted,
  retryLabel,
} from '../../../renderer/status/describe-status';
import { groupStatuses } from '../../../renderer/status/group-statuses';
import { formatCompactCount, totalProjected } from '../../../renderer/status/request-count';
import { NOW, queueStatus } from './status-fixtures';

const t = createTranslate('en');

const failure = (kind: string, message: string) => ({ kind, message, at: NOW - 5_000 });

describe('describeStatus', () => {
  it('polling: live, healthy, nothing to do', () => {
    expect(describeStatus(queueStatus(), NOW, t)).toEqual({
      tone: 'success',
      label: 'Live',
      detail: 'Waiting for new messages (long poll).',
      fix: undefined,
    });
  });

  it('idle: healthy between polls, or starting before the first request', () => {
    expect(describeStatus(queueStatus({ state: 'idle' }), NOW, t)).toMatchObject({
      tone: 'success',
      label: 'Idle',
    });
    expect(describeStatus(queueStatus({ state: 'idle', requestsMade: 0 }), NOW, t)).toMatchObject({
      tone: 'neutral',
      label: 'Starting',
    });
  });

  it('paused: says how to continue', () => {
    expect(describeStatus(queueStatus({ state: 'paused' }), NOW, t)).toEqual({
      tone: 'neutral',
      label: 'Paused',
      detail: 'Not polling until you resume it.',
      fix: 'Resume to continue polling.',
    });
  });

  it('offline: will resume by itself', () => {
    expect(describeStatus(queueStatus({ state: 'offline' }), NOW, t)).toMatchObject({
      tone: 'warning',
      label: 'Offline',
      detail: 'No network — will resume automatically.',
      fix: undefined,
    });
  });

  it('backing off: counts down to the next attempt and shows the error with its fix', () => {
    const status = queueStatus({
      state: 'backing-off',
      nextAttemptAt: NOW + 11_200,
      lastError: failure('unreachable', 'Cannot reach mns.cn-shanghai.aliyuncs.com.'),
    });
    expect(describeStatus(status, NOW, t)).toEqual({
      tone: 'warning',
      label: 'Retrying in 12 s',
      detail: 'Cannot reach mns.cn-shanghai.aliyuncs.com.',
      fix: 'Check the endpoint (region and account ID) and the network.',
    });
  });

  it.each([
    ['throttled', 'MNS is limiting requests; polling slows down on its own.'],
    ['transient', 'Usually temporary; it retries on its own.'],
    ['malformed-response', 'Usually temporary; it retries on its own.'],
    ['invalid-request', 'MNS rejected the request; check the queue settings.'],
    ['handler-failed', 'Messages could not be saved on this computer; check free disk space.'],
  ])('backing off after a %s failure suggests: %s', (kind, fix) => {
    const status = queueStatus({ state: 'backing-off', lastError: failure(kind, 'x') });
    expect(describeStatus(status, NOW, t).fix).toBe(fix);
  });

  it('auth-error: the engine message and where to fix the AccessKey', () => {
    const status = queueStatus({
      state: 'auth-error',
      lastError: failure('auth', 'The AccessKey ID LTAI…x7Qp does not exist.'),
    });
    expect(describeStatus(status, NOW, t)).toEqual({
      tone: 'danger',
      label: 'Access denied',
      detail: 'The AccessKey ID LTAI…x7Qp does not exist.',
      fix: 'Check the AccessKey in Settings.',
    });
  });

  it('queue-missing: check the name and region', () => {
    expect(describeStatus(queueStatus({ state: 'queue-missing' }), NOW, t)).toEqual({
      tone: 'danger',
      label: 'Queue not found',
      detail: 'MNS says this queue does not exist.',
      fix: 'Check the queue name and region in Settings, or create the queue.',
    });
  });

  it('clock-error: fix the system clock', () => {
    expect(describeStatus(queueStatus({ state: 'clock-error' }), NOW, t)).toMatchObject({
      tone: 'danger',
      label: 'Clock out of sync',
      fix: 'Set the system clock to update automatically, then retry.',
    });
  });

  it('stopped, and a state this build does not know', () => {
    expect(describeStatus(queueStatus({ state: 'stopped' }), NOW, t)).toMatchObject({
      tone: 'neutral',
      label: 'Stopped',
    });
    expect(describeStatus(queueStatus({ state: 'draining' }), NOW, t)).toEqual({
      tone: 'neutral',
      label: 'draining',
      detail: '',
      fix: undefined,
    });
  });

  it('speaks Chinese', () => {
    const zh = createTranslate('zh-CN');
    expect(describeStatus(queueStatus({ state: 'auth-error' }), NOW, zh)).toMatchObject({
      label: '访问被拒绝',
      fix: '请在“设置”中检查 AccessKey。',
    });
    expect(retryLabel(NOW + 5_000, NOW, zh)).toBe('5 秒后重试');
  });
});

describe('retryLabel', () => {
  it('counts seconds, then minutes, then says now', () => {
    expect(retryLabel(NOW + 1, NOW, t)).toBe('Retrying in 1 s');
    expect(retryLabel(NOW + 90_000, NOW, t)).toBe('Retrying in 2 min');
    expect(retryLabel(NOW - 1, NOW, t)).toBe('Retrying now');
    expect(retryLabel(undefined, NOW, t)).toBe('Retrying now');
  });
});

describe('isHalted and canRetry', () => {
  it('halts only on errors the user must fix; retry also skips a backoff wait', () => {
    expect(['auth-error', 'queue-missing', 'clock-error'].every(isHalted)).toBe(true);
    expect(['polling', 'idle', 'paused', 'offline', 'backing-off'].some(isHalted)).toBe(false);
    expect(canRetry('backing-off')).toBe(true);
    expect(canRetry('polling')).toBe(false);
  });
});

describe('request counts', () => {
  it('formats projected requests compactly', () => {
    expect(formatCompactCount(950, 'en')).toBe('950');
    expect(formatCompactCount(1234, 'en')).toBe('1.2k');
    expect(formatCompactCount(86_400, 'en')).toBe('86k');
    expect(formatCompactCount(2_100_000, 'en')).toBe('2.1M');
    expect(formatCompactCount(86_400, 'zh-CN')).toBe('8.6万');
    expect(formatCompactCount(86_399.6, 'en')).toBe('86k');
  });

  it('adds up every queue', () => {
    expect(totalProjected([queueStatus(), queueStatus({ projectedRequestsPerMonth: 600 })])).toBe(
      87_000,
    );
  });
});

describe('groupStatuses', () => {
  it('groups by account, then region, sorted by name', () => {
    const groups = groupStatuses([
      queueStatus({ queue: 'b' }),
      queueStatus({ profileId: 'dev', accountName: 'Dev', queue: 'x' }),
      queueStatus({ queue: 'a', regionId: 'cn-beijing' }),
      queueStatus({ queue: 'a' }),
    ]);
    expect(groups.map((g) => [g.accountName, g.regionId, g.statuses.map((s) => s.queue)])).toEqual([
      ['Dev', 'cn-shanghai', ['x']],
      ['Production', 'cn-beijing', ['a']],
      ['Production', 'cn-shanghai', ['a', 'b']],
    ]);
  });
});
