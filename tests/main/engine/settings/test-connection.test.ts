import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { MnsError } from '../../../../main/engine/mns/mns-error';
import type { MnsErrorKind } from '../../../../main/engine/mns/mns-error';
import { createMnsQueueClient } from '../../../../main/engine/mns/mns-queue-client';
import type { QueueClient } from '../../../../main/engine/mns/queue-client';
import { testConnection } from '../../../../main/engine/settings/test-connection';
import type { QueueClientFactory } from '../../../../main/engine/settings/test-connection';
import { startLocalMns } from '../../../../main/local-mns';
import type { LocalMns } from '../../../../main/local-mns';

let mns: LocalMns;

const localClients: QueueClientFactory = (options) =>
  createMnsQueueClient({ ...options, connectTimeoutMs: 2_000, requestTimeoutMs: 5_000 });

function at(server: LocalMns, overrides: { secret?: string; keyId?: string; queue?: string } = {}) {
  return {
    endpoint: { kind: 'url' as const, url: server.url, accountId: server.accountId },
    credentials: {
      accessKeyId: overrides.keyId ?? server.accessKeyId,
      accessKeySecret: overrides.secret ?? server.accessKeySecret,
    },
    queue: overrides.queue,
  };
}

beforeEach(async () => {
  mns = await startLocalMns({ queues: ['jobs', 'other'] });
});

afterEach(async () => {
  await mns.stop();
});

describe('testConnection against the local MNS server', () => {
  it('passes every step with good keys and an existing queue', async () => {
    mns.store.sendMessage('jobs', 'one');
    mns.store.sendMessage('jobs', 'two');
    const checks = await testConnection(at(mns, { queue: 'jobs' }), localClients);
    expect(checks).toEqual([
      { step: 'endpoint', ok: true, message: `${mns.url} (custom endpoint) answers.` },
      { step: 'credentials', ok: true, message: `The AccessKey ${mns.accessKeyId} is accepted.` },
      {
        step: 'queue',
        ok: true,
        message:
          'Queue "jobs" exists: 2 messages waiting, 0 messages being processed (received and not yet deleted), 0 messages delayed.',
      },
    ]);
  });

  it('stops at the credentials with a wrong secret, never echoing it', async () => {
    const wrong = 'ThisIsTheWrongSecretValue123';
    const checks = await testConnection(at(mns, { secret: wrong, queue: 'jobs' }), localClients);
    expect(checks.map((c) => [c.step, c.ok])).toEqual([
      ['endpoint', true],
      ['credentials', false],
    ]);
    expect(checks[1]?.message).toBe(
      'The AccessKey secret does not match the AccessKey ID. Enter the secret again.',
    );
    expect(JSON.stringify(checks)).not.toContain(wrong);
  });

  it('stops at the credentials with an unknown AccessKey ID', async () => {
    const checks = await testConnection(at(mns, { keyId: 'LTAI5tNobodyKnows' }), localClients);
    expect(checks[1]).toEqual({
      step: 'credentials',
      ok: false,
      message:
        'Alibaba Cloud does not know this AccessKey ID. Check that it was copied completely and has not been deleted or disabled.',
    });
  });

  it('lists the queues that do exist when the queue is missing, with a case-only near miss', async () => {
    const checks = await testConnection(at(mns, { queue: 'Jobs' }), localClients);
    expect(checks[2]).toEqual({
      step: 'queue',
      ok: false,
      message:
        'The queue "Jobs" does not exist in this account and region. It may have been deleted, or the name or region is wrong. Did you mean "jobs"? Queue names are case-sensitive. Queues that do exist here: "jobs", "other".',
    });
  });

  it('shows only the first few queues of a long list', async () => {
    for (const name of ['q1', 'q2', 'q3', 'q4', 'q5']) mns.store.createQueue(name);
    const checks = await testConnection(at(mns, { queue: 'missing' }), localClients);
    expect(checks[2]?.message).toMatch(
      /Queues that do exist here: ("[a-z0-9]+", ){4}"[a-z0-9]+" and more\.$/,
    );
  });

  it('takes the queue from a pasted queue URL', async () => {
    const checks = await testConnection(
      {
        ...at(mns, { queue: ' ' }),
        endpoint: { kind: 'url', url: `${mns.url}/queues/other`, accountId: mns.accountId },
      },
      localClients,
    );
    expect(checks[2]).toMatchObject({ step: 'queue', ok: true });
    expect(checks[2]?.message).toMatch(/^Queue "other" exists/);
  });

  it('says the endpoint is unreachable when the server is stopped', async () => {
    const { url } = mns;
    await mns.stop();
    const checks = await testConnection(at(mns, { queue: 'jobs' }), localClients);
    expect(checks).toEqual([
      {
        step: 'endpoint',
        ok: false,
        message: `${new URL(url).host} refused the connection. Check the endpoint; for a local server, check that it is running.`,
      },
    ]);
  });
});

describe('testConnection: input and MNS answers that need no server', () => {
  const credentials = { accessKeyId: 'LTAI5tKey', accessKeySecret: 'SecretThatMustNotLeak42' };

  it('rejects an unknown region with a suggestion before any request', async () => {
    let created = false;
    const checks = await testConnection(
      {
        endpoint: { kind: 'region', accountId: '1234567890123456', regionId: 'cn-hangzou' },
        credentials,
      },
      () => {
        created = true;
        throw new Error('no client expected');
      },
    );
    expect(checks).toEqual([
      {
        step: 'endpoint',
        ok: false,
        message: 'Unknown MNS region "cn-hangzou". Did you mean cn-hangzhou?',
      },
    ]);
    expect(created).toBe(false);
  });

  function failing(kind: MnsErrorKind, code: string, httpStatus: number | undefined): MnsError {
    return new MnsError(`explained ${code}`, {
      kind,
      operation: 'list-queues',
      code,
      httpStatus,
      requestId: 'req-1',
      indeterminate: false,
      retryable: false,
      detail: code,
    });
  }

  function fakeClient(overrides: Partial<QueueClient>): QueueClientFactory {
    const unused = async (): Promise<never> => {
      throw new Error('not used');
    };
    return () => ({
      receive: unused,
      peek: unused,
      delete: unused,
      deleteBatch: unused,
      changeVisibility: unused,
      listQueues: async () => ({ queues: [], nextMarker: undefined }),
      getQueueAttributes: unused,
      dropConnections: () => undefined,
      ...overrides,
    });
  }

  const region = {
    endpoint: { kind: 'region' as const, accountId: '1234567890123456', regionId: 'cn-hangzhou' },
    credentials,
  };

  it('treats AccessDenied on listing as valid keys without list permission, and goes on', async () => {
    const checks = await testConnection(
      { ...region, queue: 'jobs' },
      fakeClient({
        listQueues: async () => {
          throw failing('auth', 'AccessDenied', 403);
        },
        getQueueAttributes: async () => {
          throw failing('queue-missing', 'QueueNotExist', 404);
        },
      }),
    );
    expect(checks).toEqual([
      {
        step: 'endpoint',
        ok: true,
        message:
          'https://1234567890123456.mns.cn-hangzhou.aliyuncs.com (China (Hangzhou)) answers.',
      },
      {
        step: 'credentials',
        ok: true,
        message:
          'The AccessKey LTAI5tKey is accepted, but its RAM policy does not allow listing queues (mns:ListQueue). Watching a queue by name works without it.',
      },
      { step: 'queue', ok: false, message: 'explained QueueNotExist' },
    ]);
  });

  it.each([
    ['clock-skew', 'TimeExpired', 403, 'credentials', 'explained TimeExpired'],
    [
      'throttled',
      'QpsLimitExceeded',
      429,
      'credentials',
      'The credentials could not be checked: explained QpsLimitExceeded',
    ],
    [
      'malformed-response',
      'HTTP200',
      200,
      'endpoint',
      'https://1234567890123456.mns.cn-hangzhou.aliyuncs.com answered, but not like MNS; check the endpoint. explained HTTP200',
    ],
    ['transient', 'ReadTimeout', undefined, 'endpoint', 'explained ReadTimeout'],
  ] as const)('reports %s (%s) at the %s step', async (kind, code, status, step, message) => {
    const checks = await testConnection(
      region,
      fakeClient({
        listQueues: async () => {
          throw failing(kind, code, status);
        },
      }),
    );
    expect(checks.at(-1)).toEqual({ step, ok: false, message });
  });

  it('says when the account has no queues, and scrubs the secret from any message', async () => {
    const ok = await testConnection(region, fakeClient({}));
    expect(ok[1]?.message).toBe(
      'The AccessKey LTAI5tKey is accepted. This account has no queues in this region yet.',
    );
    const leaky = await testConnection(
      region,
      fakeClient({
        listQueues: async () => {
          throw new Error(`socket said ${credentials.accessKeySecret}`);
        },
      }),
    );
    expect(leaky).toEqual([
      { step: 'endpoint', ok: false, message: 'Unexpected error: socket said [redacted]' },
    ]);
  });
});
