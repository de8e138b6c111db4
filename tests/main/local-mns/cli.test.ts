import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterEach, describe, expect, it } from 'vitest';

import { createMnsSdk } from '../../../main/engine/mns/alicloud-mns-sdk';
import { parseCliArgs } from '../../../main/local-mns/cli-args';
import { asList } from './local-mns-kit';

describe('cli argument parsing', () => {
  it('uses defaults and reads every flag, including --flag=value and multi-name --queue', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'run',
      options: {
        port: 0,
        accountId: '1234567890123456',
        accessKeyId: 'LocalMnsAccessKeyId',
        accessKeySecret: 'LocalMnsAccessKeySecret',
        queues: [],
        demoTraffic: false,
      },
    });
    const parsed = parseCliArgs([
      '--port=4321',
      '--account-id',
      '42',
      '--access-key-id',
      'AK',
      '--access-key-secret',
      's/e+c=',
      '--queue',
      'a',
      'b',
      '--queue=c',
      '--demo-traffic',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        port: 4321,
        accountId: '42',
        accessKeyId: 'AK',
        accessKeySecret: 's/e+c=',
        queues: ['a', 'b', 'c'],
        demoTraffic: true,
      },
    });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--bogus'], /unknown argument/],
    [['--port'], /needs a value/],
    [['--port', '70000'], /--port must be/],
    [['--account-id', 'abc'], /must be digits/],
    [['--access-key-id', 'a:b'], /--access-key-id/],
    [['--queue', 'bad_name'], /invalid queue name/],
    [['--queue', '--demo-traffic'], /needs a value/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' ? parsed.message : '').toMatch(message);
  });
});

const TSX = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CLI = join(process.cwd(), 'main', 'local-mns', 'cli.ts');

function runCli(args: string[]): {
  child: ChildProcessWithoutNullStreams;
  lines: AsyncIterator<string>;
} {
  const child = spawn(process.execPath, [TSX, CLI, ...args], { stdio: 'pipe' });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return { child, lines };
}

async function nextLine(lines: AsyncIterator<string>): Promise<string> {
  const line = await lines.next();
  if (line.done === true) throw new Error('the CLI closed stdout early');
  return line.value;
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('cli process', () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('prints "listening <url>" first, then the account and keys; serves the SDK; stops on SIGTERM', async () => {
    const { child, lines } = runCli([
      '--port',
      '0',
      '--queue',
      'cli-a',
      'cli-b',
      '--access-key-secret',
      'cli-secret',
    ]);
    children.push(child);
    const first = await nextLine(lines);
    expect(first).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+$/);
    const printed = [await nextLine(lines), await nextLine(lines), await nextLine(lines)];
    expect(printed).toEqual([
      'account-id 1234567890123456',
      'access-key-id LocalMnsAccessKeyId',
      'access-key-secret cli-secret',
    ]);
    const sdk = createMnsSdk({
      accountId: '1234567890123456',
      endpoint: first.slice('listening '.length),
      accessKeyId: 'LocalMnsAccessKeyId',
      accessKeySecret: 'cli-secret',
    });
    expect(asList((await sdk.listQueue()).body).map((queue) => queue.QueueName)).toEqual([
      'cli-a',
      'cli-b',
    ]);
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
  });

  it('exits with code 2 and the usage on bad arguments', async () => {
    const { child } = runCli(['--port', 'nope']);
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    expect(await exitOf(child)).toBe(2);
    expect(stderr).toMatch(/--port must be 0-65535/);
    expect(stderr).toMatch(/usage: npm run local-mns --/);
  });

  it('--demo-traffic feeds the demo generator through the store', async () => {
    const { child, lines } = runCli(['--demo-traffic']);
    children.push(child);
    const first = await nextLine(lines);
    let line = first;
    while (!line.startsWith('demo traffic running')) line = await nextLine(lines);
    const sdk = createMnsSdk({
      accountId: '1234567890123456',
      endpoint: first.slice('listening '.length),
      accessKeyId: 'LocalMnsAccessKeyId',
      accessKeySecret: 'LocalMnsAccessKeySecret',
    });
    expect(asList((await sdk.listQueue()).body).length).toBeGreaterThan(0);
    child.kill('SIGINT');
    expect(await exitOf(child)).toBe(0);
  });
});
