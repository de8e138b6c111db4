import { describe, expect, it } from 'vitest';

import type { JournalEntry } from '../../../../main/engine/journal';
import type { PollerStatus } from '../../../../main/engine/pollers';
import type {
  AccountSettings,
  SavedFilter,
} from '../../../../main/engine/settings/settings-schema';
import { defaultSettings } from '../../../../main/engine/settings/settings-schema';
import { toEngineEvent } from '../../../../main/hosts/engine-api/engine-runtime';
import { toEventDetail, toFeedRow } from '../../../../main/hosts/engine-api/entry-views';
import { csvCell, exportEntries } from '../../../../main/hosts/engine-api/export-events';
import { savedFilterViews, savedFiltersOf } from '../../../../main/hosts/engine-api/saved-filters';
import { maskAccessKeyId, toSettingsView } from '../../../../main/hosts/engine-api/settings-view';
import { withoutUndefined } from '../../../../main/hosts/engine-api/without-undefined';
import { bodyEntry } from '../../engine/journal/support/demo-entries';

const ENQUEUED = Date.UTC(2025, 5, 2, 8, 0, 0);
const origin = { accountId: '1234567890123456', regionId: 'cn-shanghai', queue: 'vod-events' };

function entry(body: object | string = { EventType: 'FileUploadComplete', VideoId: 'v-1' }) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return bodyEntry('MSG-1', text, ENQUEUED, origin);
}

function withTitle(base: JournalEntry, title: string): JournalEntry {
  const { message } = base;
  return { ...base, message: { ...message, event: { ...message.event, title } } };
}

const account: AccountSettings = {
  id: 'profile-1',
  name: 'Production',
  accountId: origin.accountId,
  accessKeyId: 'LTAI5tAbCdEfGhIjKlMn',
  credentialSource: 'keychain',
  regions: [{ regionId: 'cn-shanghai', endpoint: undefined, queues: [] }],
};

const status: PollerStatus = {
  state: 'backing-off',
  lastSuccessAt: 1,
  lastError: { kind: 'transient', message: 'The connection was reset.', at: 2 },
  nextAttemptAt: 3,
  messagesSeen: 4,
  requestsMade: 5,
  projectedRequestsPerMonth: 6,
};

describe('maskAccessKeyId', () => {
  it('shows the first and last four characters of a real key id', () => {
    expect(maskAccessKeyId('LTAI5tAbCdEfGhIjKlMn')).toBe('LTAI…KlMn');
  });
  it('shows only two characters of a short id, and nothing of an empty one', () => {
    expect(maskAccessKeyId('ABCDEFGH')).toBe('AB…');
    expect(maskAccessKeyId('ABCDEFGHIJKL')).toBe('AB…');
    expect(maskAccessKeyId('')).toBe('…');
  });
});

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=1,2', `"'=1,2"`],
    ['say "hi"', '"say ""hi"""'],
    ['a\nb', '"a\nb"'],
    ['plain 1-2=3', 'plain 1-2=3'],
    ['', ''],
  ])('%j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('exportEntries', () => {
  it('defuses a title that would run as a spreadsheet formula', () => {
    const csv = exportEntries([withTitle(entry(), '=cmd|" /C calc"!A0')], 'csv', ENQUEUED);
    const [header, row] = csv.text.split('\r\n');
    expect(header?.split(',')[5]).toBe('title');
    expect(row).toContain(`,"'=cmd|"" /C calc""!A0",`);
    expect(csv.fileName).toBe('mns-watch-2025-06-02T08-00-00.csv');
  });

  it('writes one JSON line per entry with the raw body', () => {
    const out = exportEntries([entry(), entry('not json')], 'jsonl', ENQUEUED);
    const lines = out.text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ body: 'not json', payload: null });
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      enqueueTime: '2025-06-02T08:00:00.000Z',
      eventType: 'FileUploadComplete',
    });
  });
});

describe('entry views', () => {
  it('sorts by the event time, and by the enqueue time when the event has none', () => {
    const timed = entry({
      EventType: 'FileUploadComplete',
      VideoId: 'v',
      EventTime: '2025-06-01T10:00:00Z',
    });
    expect(toFeedRow(timed).time).toBe(Date.UTC(2025, 5, 1, 10));
    expect(toFeedRow(entry('plain text')).time).toBe(ENQUEUED);
    expect(toFeedRow(entry('plain text')).problem).toMatch(/plain text/);
  });

  it('keeps receipt handles out of rows and details', () => {
    const e = entry();
    expect(e.receiptHandle).toBeDefined();
    const row = toFeedRow(e);
    expect(Object.values(row)).not.toContain(e.receiptHandle);
    expect(toEventDetail(e).properties).not.toHaveProperty('receiptHandle');
  });
});

describe('toEngineEvent', () => {
  it('maps feed entries to rows', () => {
    const e = entry();
    expect(toEngineEvent({ type: 'feed', entries: [e] }, [])).toEqual({
      type: 'feed',
      rows: [toFeedRow(e)],
    });
  });

  it('labels a status with its account, or its account id when the account is unknown', () => {
    const queue = { profileId: 'profile-1', ...origin };
    const known = toEngineEvent({ type: 'status', queue, mode: 'consume', status }, [account]);
    expect(known).toEqual({
      type: 'status',
      status: {
        key: 'profile-1/cn-shanghai/vod-events',
        profileId: 'profile-1',
        accountName: 'Production',
        accountId: origin.accountId,
        regionId: 'cn-shanghai',
        queue: 'vod-events',
        mode: 'consume',
        demo: false,
        state: 'backing-off',
        lastSuccessAt: 1,
        lastError: { kind: 'transient', message: 'The connection was reset.', at: 2 },
        nextAttemptAt: 3,
        messagesSeen: 4,
        requestsMade: 5,
        projectedRequestsPerMonth: 6,
      },
    });
    const demo = { ...account, credentialSource: 'demo' as const };
    const asDemo = toEngineEvent({ type: 'status', queue, mode: 'watch', status }, [demo]);
    expect(asDemo).toMatchObject({ status: { demo: true, mode: 'watch' } });
    const other = { ...queue, profileId: 'gone' };
    const unknown = toEngineEvent({ type: 'status', queue: other, mode: 'watch', status }, [
      account,
    ]);
    expect(unknown).toMatchObject({ status: { accountName: origin.accountId, demo: false } });
  });

  it('passes notifications, action results and notices through as plain data', () => {
    const notification = { title: 'T', body: 'B', eventRefs: ['a'], urgency: 'critical' as const };
    expect(toEngineEvent({ type: 'notification', notification }, [])).toEqual({
      type: 'notification',
      notification,
    });
    const results = [{ id: 'x', ok: false as const, failure: 'undone' as const, message: 'm' }];
    expect(toEngineEvent({ type: 'action-results', ticket: 't-1', results }, [])).toEqual({
      type: 'action-results',
      ticket: 't-1',
      results,
    });
    const queue = { profileId: 'p', ...origin };
    expect(
      toEngineEvent({ type: 'notice', level: 'warning', queue, message: 'Another consumer' }, []),
    ).toEqual({
      type: 'notice',
      level: 'warning',
      queueKey: 'p/cn-shanghai/vod-events',
      message: 'Another consumer',
    });
    expect(
      toEngineEvent({ type: 'notice', level: 'info', queue: undefined, message: 'Hi' }, []),
    ).toEqual({ type: 'notice', level: 'info', queueKey: undefined, message: 'Hi' });
  });
});

describe('settings view and saved filters', () => {
  it('masks key ids and reports which accounts have a secret', () => {
    const view = toSettingsView(
      { ...defaultSettings(), accounts: [account] },
      {
        storage: 'memory',
        keychainAvailable: false,
        checked: true,
        reason: 'No keychain.',
        detail: undefined,
      },
      new Set(['profile-1']),
      undefined,
    );
    expect(view.accounts[0]).toMatchObject({ accessKeyIdMasked: 'LTAI…KlMn', hasSecret: true });
    expect(JSON.stringify(view)).not.toContain(account.accessKeyId);
    expect(view.vault).toEqual({ storage: 'memory', reason: 'No keychain.', detail: undefined });
  });

  it('drops a saved filter that no longer parses and keeps the rest', () => {
    const stored = savedFiltersOf([
      { name: 'Failures', query: { outcomes: ['failure'], text: undefined } },
    ]);
    expect(stored).toEqual([{ name: 'Failures', filter: { outcomes: ['failure'] } }]);
    expect(
      savedFilterViews([
        ...stored,
        { name: 'Hand-edited', filter: { outcomes: ['catastrophe'] } },
        { name: 'Unknown key', filter: { colour: 'red' } },
        { name: 'Not an object', filter: 'failures' as unknown as SavedFilter['filter'] },
      ]),
    ).toEqual([{ name: 'Failures', query: { outcomes: ['failure'] } }]);
  });

  it('withoutUndefined drops only undefined values', () => {
    expect(withoutUndefined({ a: undefined, b: null, c: 0, d: '' })).toEqual({
      b: null,
      c: 0,
      d: '',
    });
  });
});
