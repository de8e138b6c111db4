import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { openJournal } from '../../../../main/engine/journal';
import { startLocalMns } from '../../../../main/local-mns';
import type { LocalMns } from '../../../../main/local-mns';
import { parseTailArgs } from '../../../../main/hosts/cli/tail-args';

const root = join(__dirname, '../../../..');
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

interface TailRun {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
  /** Resolves once `count` lines were printed. */
  linesPrinted(count: number): Promise<void>;
}

function tail(mns: LocalMns, dataDir: string, ...extra: string[]): TailRun {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/hosts/cli/cli.ts',
      'tail',
      '--endpoint',
      mns.url,
      '--account-id',
      mns.accountId,
      '--data-dir',
      dataDir,
      ...extra,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        ALIBABA_CLOUD_ACCESS_KEY_ID: mns.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: mns.accessKeySecret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    for (const waiter of waiters.filter((w) => lines.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const linesPrinted = (count: number): Promise<void> =>
    lines.length >= count
      ? Promise.resolve()
      : new Promise((resolve) => waiters.push({ count, resolve }));
  return { child, lines, exited, linesPrinted };
}

describe('cli tail arguments', () => {
  it('parses a full command line and defaults to the safe watch mode', () => {
    expect(
      parseTailArgs([
        '--endpoint',
        'https://1.mns.cn-hangzhou.aliyuncs.com',
        '--account-id',
        '123456',
        '--queue',
        'a',
        '--queue',
        'b',
        '--json',
      ]),
    ).toEqual({
      ok: true,
      args: {
        endpoint: 'https://1.mns.cn-hangzhou.aliyuncs.com',
        accountId: '123456',
        queues: ['a', 'b'],
        mode: 'watch',
        json: true,
        deleteAfter: false,
        dataDir: undefined,
      },
    });
  });

  it.each([
    [['--account-id', '1', '--queue', 'q'], '--endpoint is required'],
    [['--endpoint', 'x', '--queue', 'q'], '--account-id is required'],
    [['--endpoint', 'x', '--account-id', '1'], 'at least one --queue is required'],
    [
      ['--endpoint', 'x', '--account-id', '1', '--queue', 'q', '--mode', 'drain'],
      '--mode is watch or consume, not "drain"',
    ],
    [
      ['--endpoint', 'x', '--account-id', '1', '--queue', 'q', '--delete-after'],
      '--delete-after needs --mode consume (watch mode never changes the queue)',
    ],
    [['--endpoint'], '--endpoint needs a value'],
    [['--verbose'], 'unknown argument: --verbose'],
  ])('rejects %j with a specific reason', (argv, error) => {
    expect(parseTailArgs(argv)).toEqual({ ok: false, error });
  });
});

describe('cli tail against the local MNS server', () => {
  it('prints each message once as JSON and exits 0 on Ctrl-C', async () => {
    const mns = await startLocalMns({ queues: ['vod'] });
    cleanup.push(() => mns.stop());
    mns.store.sendMessage(
      'vod',
      '{"EventType":"TranscodeComplete","VideoId":"v1","Status":"success"}',
    );
    const run = tail(
      mns,
      mkdtempSync(join(tmpdir(), 'tail-')),
      '--queue',
      'vod',
      '--mode',
      'consume',
      '--json',
    );
    await run.linesPrinted(1);
    const printed = JSON.parse(run.lines[0] ?? '{}') as Record<string, unknown>;
    expect(printed).toMatchObject({
      queue: 'vod',
      dequeueCount: 1,
      state: 'leased',
      event: { eventType: 'TranscodeComplete', keyId: 'v1', outcome: 'success' },
    });
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.lines).toHaveLength(1);
  });

  it('loses nothing when killed with SIGKILL in the middle of consuming', async () => {
    const mns = await startLocalMns({ queues: ['jobs'] });
    cleanup.push(() => mns.stop());
    const sent = new Set<string>();
    for (let i = 0; i < 200; i += 1)
      sent.add(
        mns.store.sendMessage('jobs', `{"JobId":"job-${i}","Type":"Transcode","State":"Success"}`)
          .messageId,
      );
    const dataDir = mkdtempSync(join(tmpdir(), 'tail-crash-'));
    const run = tail(mns, dataDir, '--queue', 'jobs', '--mode', 'consume', '--delete-after');
    // Kill it while deletes are flowing: after the first committed batch delete.
    await mns.audit.waitFor((e) => e.operation === 'BatchDeleteMessage' && e.committed, {
      timeoutMs: 20_000,
    });
    run.child.kill('SIGKILL');
    await run.exited;

    const deleted = new Set(
      mns.audit
        .filter((e) => e.operation === 'BatchDeleteMessage' && e.committed)
        .flatMap((e) => e.messageIds),
    );
    const remaining = new Set(mns.store.listMessages('jobs').map((m) => m.messageId));
    const journal = await openJournal({
      dir: join(dataDir, 'cli-journal'),
      retention: { maxEntries: 100_000, maxAgeDays: 30 },
    });
    const journaled = new Set(
      journal.query({ limit: 100_000 }).entries.map((e) => e.message.envelope.messageId),
    );
    await journal.close();

    expect(deleted.size).toBeGreaterThan(0);
    for (const id of sent) expect(deleted.has(id) || remaining.has(id)).toBe(true); // no loss
    for (const id of deleted) expect(journaled.has(id)).toBe(true); // nothing deleted that is not on disk
    for (const id of deleted) expect(remaining.has(id)).toBe(false); // no zombies
  });
});
