import { afterEach, describe, expect, it } from 'vitest';

import type { FeedRow } from '../../../../preload/contract';
import { LOCAL_KEYS, feedWith, runCleanup, startOwnMns, startTestRuntime } from './runtime-kit';
import type { Cleanup, TestRuntime } from './runtime-kit';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

const FORMULA = '=HYPERLINK("http://evil.example","open")';
const BODIES = [
  JSON.stringify({ EventType: 'FileUploadComplete', VideoId: 'video-1', Status: 'success' }),
  JSON.stringify({ EventType: 'FileUploadComplete', VideoId: FORMULA, Status: 'success' }),
  JSON.stringify({ EventType: 'TranscodeComplete', VideoId: 'video-3', Status: 'fail' }),
];

async function withThreeRows(): Promise<{ t: TestRuntime; rows: FeedRow[] }> {
  const mns = await startOwnMns(cleanup, ['jobs']);
  const t = await startTestRuntime(cleanup);
  await t.call('saveAccount', {
    name: 'Export account',
    accountId: mns.accountId,
    endpoint: { kind: 'url', url: mns.url },
    queues: [{ name: 'jobs', mode: 'consume' }],
    credentials: LOCAL_KEYS,
  });
  for (const body of BODIES) mns.store.sendMessage('jobs', body);
  await t.events.next(
    feedWith((r) => r.keyId === 'video-3'),
    'the last message',
  );
  const page = await t.call('queryFeed', {});
  expect(page.total).toBe(3);
  return { t, rows: page.rows };
}

describe('engine runtime export', () => {
  it('exports every matching entry as JSON lines with the body as received', async () => {
    const { t, rows } = await withThreeRows();
    const file = await t.call('exportEvents', { query: {}, format: 'jsonl' });
    expect(file.count).toBe(3);
    expect(file.mimeType).toBe('application/x-ndjson');
    expect(file.fileName).toMatch(/^mns-watch-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.jsonl$/);
    expect(file.text.endsWith('\n')).toBe(true);
    const records = file.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(records.map((r) => r.body).sort()).toEqual([...BODIES].sort());
    expect(records[0]).toMatchObject({ queue: 'jobs', state: 'leased', source: 'vod' });
    expect(JSON.stringify(records)).not.toMatch(/ReceiptHandle|receiptHandle/);

    const failures = await t.call('exportEvents', {
      query: { outcomes: ['failure'] },
      format: 'jsonl',
    });
    expect(failures.count).toBe(1);
    expect(JSON.parse(failures.text)).toMatchObject({ eventType: 'TranscodeComplete' });
  });

  it('exports chosen entries as CSV with formulas defused', async () => {
    const { t, rows } = await withThreeRows();
    const ids = rows.map((r) => r.id);
    const file = await t.call('exportEvents', { ids: ['no/such/entry/id', ...ids], format: 'csv' });
    expect(file.count).toBe(3);
    expect(file.mimeType).toBe('text/csv');
    expect(file.fileName).toMatch(/\.csv$/);
    const lines = file.text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'time,outcome,source,kind,eventType,title,subtitle,keyField,keyId,jobId,accountId,regionId,queue,messageId,state,dequeueCount,enqueueTime',
    );
    expect(lines).toHaveLength(1 + 3 + 1);

    const formulaRow = rows.find((r) => r.keyId === FORMULA);
    if (formulaRow === undefined) throw new Error('no formula row');
    const line = lines.find((l) => l.includes(formulaRow.messageId)) ?? '';
    expect(line).toContain(`,"'=HYPERLINK(""http://evil.example"",""open"")",`);
    // No cell of any row starts a formula.
    for (const l of lines.slice(1, -1))
      expect(l.split(',').some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);

    const one = await t.call('exportEvents', { ids: [ids[0] ?? ''], format: 'csv' });
    expect(one.count).toBe(1);
    expect(one.text.split('\r\n')).toHaveLength(3);
  });
});
