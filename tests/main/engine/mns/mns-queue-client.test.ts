import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createMnsSdk } from '../../../../main/engine/mns/alicloud-mns-sdk';
import { resolveEndpoint } from '../../../../main/engine/mns/endpoint';
import { MnsError } from '../../../../main/engine/mns/mns-error';
import { createMnsQueueClient } from '../../../../main/engine/mns/mns-queue-client';
import type { MnsCredentials } from '../../../../main/engine/mns/mns-queue-client';
import type { QueueClient } from '../../../../main/engine/mns/queue-client';
import { createSystemClock, startLocalMns } from '../../../../main/local-mns';
import type { LocalMns } from '../../../../main/local-mns';

let mns: LocalMns;
let client: QueueClient;

function clientFor(server: LocalMns, credentials: Partial<MnsCredentials> = {}): QueueClient {
  return createMnsQueueClient({
    endpoint: resolveEndpoint({ kind: 'url', url: server.url, accountId: server.accountId }),
    credentials: {
      accessKeyId: server.accessKeyId,
      accessKeySecret: server.accessKeySecret,
      ...credentials,
    },
  });
}

async function rejection(work: Promise<unknown>): Promise<MnsError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof MnsError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  mns = await startLocalMns({ queues: ['jobs', 'other'] });
  client = clientFor(mns);
});

afterEach(async () => {
  client.dropConnections();
  await mns.stop();
});

describe('QueueClient against the local MNS server', () => {
  it('receives a batch with typed fields, exact bodies and each message’s raw XML', async () => {
    const bodies = [
      '{"EventType":"TranscodeComplete","Status":"success"}',
      'a < b & c > d — 视频',
      '  spaced\n',
    ];
    const sent = bodies.map((body) => mns.store.sendMessage('jobs', body));
    const received = await client.receive('jobs', { max: 16, waitSeconds: 0 });
    expect(received.map((m) => m.body)).toEqual(bodies);
    expect(received.map((m) => m.messageId)).toEqual(sent.map((s) => s.messageId));
    for (const message of received) {
      expect(message.dequeueCount).toBe(1);
      expect(message.priority).toBe(8);
      expect(message.nextVisibleTime).toBeGreaterThan(message.enqueueTime);
      expect(message.rawXml).toMatch(
        new RegExp(`^<Message>.*<MessageId>${message.messageId}</MessageId>.*</Message>$`, 's'),
      );
      expect(message.rawXml).toContain(`<ReceiptHandle>${message.receiptHandle}</ReceiptHandle>`);
    }
    expect(received[1]?.rawXml).toContain('a &lt; b &amp; c &gt; d');
  });

  it('receives a single message with the single-message request form', async () => {
    mns.store.sendMessage('jobs', 'one');
    const [message, ...rest] = await client.receive('jobs', { max: 1, waitSeconds: 0 });
    expect(rest).toEqual([]);
    expect(message?.body).toBe('one');
    expect(mns.audit.count({ operation: 'ReceiveMessage' })).toBe(1);
  });

  it('returns [] for an empty queue instead of an error', async () => {
    expect(await client.receive('jobs', { max: 16, waitSeconds: 0 })).toEqual([]);
    expect(await client.peek('jobs', { max: 16 })).toEqual([]);
  });

  it('returns from a long poll as soon as a message arrives', async () => {
    const polling = client.receive('jobs', { max: 16, waitSeconds: 30 });
    await mns.longPolls.waitForParked(1, 'jobs');
    mns.store.sendMessage('jobs', 'late arrival');
    const [message] = await polling;
    expect(message?.body).toBe('late arrival');
  });

  it('peeks without leasing: the message stays receivable and the count unchanged', async () => {
    mns.store.sendMessage('jobs', 'look but do not touch');
    const [peeked] = await client.peek('jobs', { max: 1 });
    expect(peeked).toMatchObject({ body: 'look but do not touch', dequeueCount: 0 });
    const [received] = await client.receive('jobs', { max: 16, waitSeconds: 0 });
    expect(received?.dequeueCount).toBe(1);
  });

  it('deletes with the current handle and reports a stale one without deleting anything', async () => {
    mns.store.sendMessage('jobs', 'x');
    const [message] = await client.receive('jobs', { max: 1, waitSeconds: 0 });
    if (message === undefined) throw new Error('no message');
    const changed = await client.changeVisibility('jobs', message.receiptHandle, 60);
    expect(changed.receiptHandle).not.toBe(message.receiptHandle);
    const stale = await rejection(client.delete('jobs', message.receiptHandle));
    expect(stale).toMatchObject({ kind: 'stale-receipt', retryable: false, operation: 'delete' });
    expect(mns.store.listMessages('jobs')).toHaveLength(1);
    await client.delete('jobs', changed.receiptHandle);
    expect(mns.store.listMessages('jobs')).toHaveLength(0);
  });

  it('releases a message with a 1-second visibility and gets the new lease back', async () => {
    mns.store.sendMessage('jobs', 'release me');
    const [message] = await client.receive('jobs', { max: 1, waitSeconds: 0 });
    if (message === undefined) throw new Error('no message');
    const before = Date.now();
    const released = await client.changeVisibility('jobs', message.receiptHandle, 1);
    expect(released.nextVisibleTime).toBeGreaterThanOrEqual(before + 900);
    expect(released.nextVisibleTime).toBeLessThan(message.nextVisibleTime);
  });

  it('batch-deletes with an outcome per handle, in input order', async () => {
    for (const body of ['a', 'b', 'c']) mns.store.sendMessage('jobs', body);
    const messages = await client.receive('jobs', { max: 16, waitSeconds: 0 });
    const [first, second, third] = messages;
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('expected three');
    const renewed = await client.changeVisibility('jobs', second.receiptHandle, 60);
    const outcomes = await client.deleteBatch('jobs', [
      first.receiptHandle,
      second.receiptHandle,
      third.receiptHandle,
    ]);
    expect(outcomes.map((o) => o.deleted)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({
      receiptHandle: second.receiptHandle,
      deleted: false,
      stale: true,
    });
    expect(mns.store.listMessages('jobs').map((m) => m.messageId)).toEqual([second.messageId]);
    expect(await client.deleteBatch('jobs', [renewed.receiptHandle])).toEqual([
      { receiptHandle: renewed.receiptHandle, deleted: true },
    ]);
  });

  it('lists queues page by page with a prefix', async () => {
    for (const name of ['vod-a', 'vod-b', 'vod-c', 'mps-a']) mns.store.createQueue(name);
    const first = await client.listQueues({ prefix: 'vod-', pageSize: 2 });
    expect(first.queues.map((q) => q.name)).toEqual(['vod-a', 'vod-b']);
    expect(first.nextMarker).toBeDefined();
    const second = await client.listQueues({
      prefix: 'vod-',
      pageSize: 2,
      marker: first.nextMarker ?? '',
    });
    expect(second.queues.map((q) => q.name)).toEqual(['vod-c']);
    expect(second.nextMarker).toBeUndefined();
    const all = await client.listQueues();
    expect(all.queues.map((q) => q.name)).toEqual([
      'jobs',
      'mps-a',
      'other',
      'vod-a',
      'vod-b',
      'vod-c',
    ]);
    expect(all.queues[0]?.url).toMatch(/\/queues\/jobs$/);
  });

  it('reads queue attributes with live counts', async () => {
    mns.store.sendMessage('jobs', 'a');
    mns.store.sendMessage('jobs', 'b');
    await client.receive('jobs', { max: 1, waitSeconds: 0 });
    const attributes = await client.getQueueAttributes('jobs');
    expect(attributes).toMatchObject({
      name: 'jobs',
      activeMessages: 1,
      inactiveMessages: 1,
      visibilityTimeout: 30,
      maximumMessageSize: 65536,
    });
  });

  it('names a missing queue as such', async () => {
    const error = await rejection(client.receive('no-such-queue', { max: 16, waitSeconds: 0 }));
    expect(error).toMatchObject({
      kind: 'queue-missing',
      code: 'QueueNotExist',
      httpStatus: 404,
      retryable: false,
    });
    expect(error.message).toContain('"no-such-queue" does not exist');
  });

  it('rejects bad arguments before sending anything', async () => {
    const sentBefore = mns.audit.length;
    await expect(client.receive('bad name', { max: 16, waitSeconds: 0 })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    await expect(client.receive('jobs', { max: 17, waitSeconds: 0 })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    await expect(client.receive('jobs', { max: 16, waitSeconds: 31 })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    await expect(client.changeVisibility('jobs', 'h', 0)).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    await expect(client.delete('jobs', 'handle with spaces')).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    await expect(client.deleteBatch('jobs', [])).rejects.toMatchObject({ kind: 'invalid-request' });
    expect(mns.audit.length).toBe(sentBefore);
  });
});

describe('credentials and clock', () => {
  it('explains a wrong secret and an unknown AccessKey ID', async () => {
    const wrongSecret = await rejection(
      clientFor(mns, { accessKeySecret: 'not-the-secret' }).receive('jobs', {
        max: 1,
        waitSeconds: 0,
      }),
    );
    expect(wrongSecret).toMatchObject({
      kind: 'auth',
      code: 'SignatureDoesNotMatch',
      httpStatus: 403,
      retryable: false,
    });
    expect(wrongSecret.message).toBe(
      'The AccessKey secret does not match the AccessKey ID. Enter the secret again.',
    );
    expect(wrongSecret.message).not.toContain('not-the-secret');
    const unknownKey = await rejection(
      clientFor(mns, { accessKeyId: 'LTAI-unknown' }).receive('jobs', { max: 1, waitSeconds: 0 }),
    );
    expect(unknownKey).toMatchObject({ kind: 'auth', code: 'InvalidAccessKeyId' });
  });

  it('signs STS requests with the security token', async () => {
    const sts = await startLocalMns({
      queues: ['jobs'],
      credentials: [
        { accessKeyId: 'STS.temporary', accessKeySecret: 'sts-secret', securityToken: 'token-123' },
      ],
    });
    try {
      sts.store.sendMessage('jobs', 'via sts');
      const good = clientFor(sts, {
        accessKeyId: 'STS.temporary',
        accessKeySecret: 'sts-secret',
        securityToken: 'token-123',
      });
      expect((await good.receive('jobs', { max: 1, waitSeconds: 0 })).map((m) => m.body)).toEqual([
        'via sts',
      ]);
      good.dropConnections();
      const bad = clientFor(sts, {
        accessKeyId: 'STS.temporary',
        accessKeySecret: 'sts-secret',
        securityToken: 'expired',
      });
      expect((await rejection(bad.receive('jobs', { max: 1, waitSeconds: 0 }))).kind).toBe('auth');
      bad.dropConnections();
    } finally {
      await sts.stop();
    }
  });

  it('corrects its clock from the server Date after TimeExpired and succeeds on the retry', async () => {
    const skewed = await startLocalMns({ queues: ['jobs'], clock: createSystemClock(20 * 60_000) });
    try {
      skewed.store.sendMessage('jobs', 'from the future');
      const skewedClient = clientFor(skewed);
      const [message] = await skewedClient.receive('jobs', { max: 16, waitSeconds: 0 });
      expect(message?.body).toBe('from the future');
      expect(skewed.audit.entries().map((e) => e.errorCode ?? e.status)).toEqual([
        'TimeExpired',
        200,
      ]);
      await skewedClient.receive('jobs', { max: 16, waitSeconds: 0 });
      expect(skewed.audit.count({ errorCode: 'TimeExpired' })).toBe(1);
      skewedClient.dropConnections();
    } finally {
      await skewed.stop();
    }
  });

  it('gives up after one retry when the Date header cannot fix the skew', async () => {
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      times: 5,
      fault: { kind: 'error', status: 408, code: 'TimeExpired' },
    });
    const error = await rejection(client.receive('jobs', { max: 16, waitSeconds: 0 }));
    expect(error).toMatchObject({ kind: 'clock-skew', retryable: false });
    expect(error.message).toMatch(/Set the system clock/);
    expect(mns.audit.count({ operation: 'BatchReceiveMessage' })).toBe(1);
  });
});

describe('cancellation', () => {
  it('aborts a parked 30-second long poll at once and leaves the queue untouched', async () => {
    const controller = new AbortController();
    const polling = client.receive('jobs', { max: 16, waitSeconds: 30, signal: controller.signal });
    await mns.longPolls.waitForParked(1, 'jobs');
    controller.abort();
    const error = await rejection(polling);
    expect(error.kind).toBe('cancelled');
    await mns.audit.waitFor({ operation: 'BatchReceiveMessage', clientClosedEarly: true });
    expect(mns.longPolls.parkedCount('jobs')).toBe(0);
    mns.store.sendMessage('jobs', 'must not go to the dead request');
    const [message] = await client.receive('jobs', { max: 16, waitSeconds: 0 });
    expect(message).toMatchObject({ body: 'must not go to the dead request', dequeueCount: 1 });
  });

  it('does not send anything when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(
      (
        await rejection(
          client.receive('jobs', { max: 16, waitSeconds: 30, signal: controller.signal }),
        )
      ).kind,
    ).toBe('cancelled');
    expect(mns.audit.length).toBe(0);
  });
});

describe('faults the SDK alone would misreport', () => {
  const receive = () => client.receive('jobs', { max: 16, waitSeconds: 0 });

  it('classifies a proxy’s 503 HTML page on receive as transient, not a TypeError', async () => {
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'html', status: 503 },
    });
    expect(await rejection(receive())).toMatchObject({
      kind: 'transient',
      httpStatus: 503,
      retryable: true,
    });
  });

  it('never reports a delete as done when a proxy answered 502 HTML', async () => {
    mns.store.sendMessage('jobs', 'keep me');
    const [message] = await receive();
    if (message === undefined) throw new Error('no message');
    mns.faults.add({ match: { operation: 'DeleteMessage' }, fault: { kind: 'html', status: 502 } });
    const error = await rejection(client.delete('jobs', message.receiptHandle));
    expect(error).toMatchObject({ kind: 'transient', httpStatus: 502, indeterminate: true });
    expect(mns.store.listMessages('jobs')).toHaveLength(1);
  });

  it('treats a batch delete with a non-XML 5xx as failed for every handle', async () => {
    mns.store.sendMessage('jobs', 'x');
    const [message] = await receive();
    if (message === undefined) throw new Error('no message');
    mns.faults.add({
      match: { operation: 'BatchDeleteMessage' },
      fault: { kind: 'html', status: 504 },
    });
    expect(await rejection(client.deleteBatch('jobs', [message.receiptHandle]))).toMatchObject({
      kind: 'transient',
      httpStatus: 504,
    });
  });

  it.each([
    [{ kind: 'error', status: 500, code: 'InternalError' }, 'transient'],
    [{ kind: 'error', status: 429, code: 'TooManyRequests' }, 'throttled'],
    [{ kind: 'error', status: 400, code: 'QpsLimitExceeded' }, 'throttled'],
    [{ kind: 'error', status: 403, code: 'AccessDenied' }, 'auth'],
    [
      { kind: 'non-xml', status: 200, contentType: 'application/json', body: '{"ok":true}' },
      'malformed-response',
    ],
    [{ kind: 'truncated-xml' }, 'malformed-response'],
    [{ kind: 'reset' }, 'transient'],
  ] as const)('classifies fault %j on receive as %s', async (fault, kind) => {
    mns.store.sendMessage('jobs', 'payload');
    mns.faults.add({ match: { operation: 'BatchReceiveMessage' }, fault });
    expect((await rejection(receive())).kind).toBe(kind);
  });

  it('marks a delete whose response was lost after it committed as indeterminate', async () => {
    mns.store.sendMessage('jobs', 'x');
    const [message] = await receive();
    if (message === undefined) throw new Error('no message');
    mns.faults.add({
      match: { operation: 'DeleteMessage' },
      fault: { kind: 'reset-after-commit' },
    });
    expect(await rejection(client.delete('jobs', message.receiptHandle))).toMatchObject({
      kind: 'transient',
      indeterminate: true,
    });
    expect((await mns.audit.waitFor({ operation: 'DeleteMessage' })).committed).toBe(true);
    expect(await rejection(client.delete('jobs', message.receiptHandle))).toMatchObject({
      kind: 'stale-receipt',
    });
  });

  it('turns a fast-empty long poll into an empty result', async () => {
    mns.faults.add({ match: { operation: 'BatchReceiveMessage' }, fault: { kind: 'fast-empty' } });
    expect(await client.receive('jobs', { max: 16, waitSeconds: 30 })).toEqual([]);
  });

  it('lets a quiet long poll outlast the connect timeout', async () => {
    const patient = createMnsQueueClient({
      endpoint: resolveEndpoint({ kind: 'url', url: mns.url, accountId: mns.accountId }),
      credentials: { accessKeyId: mns.accessKeyId, accessKeySecret: mns.accessKeySecret },
      connectTimeoutMs: 100,
    });
    mns.store.sendMessage('jobs', 'worth the wait');
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'delay', ms: 400, phase: 'after' },
    });
    expect(
      (await patient.receive('jobs', { max: 16, waitSeconds: 30 })).map((m) => m.body),
    ).toEqual(['worth the wait']);
    patient.dropConnections();
  });

  it('keeps a slow answer within the read budget', async () => {
    mns.store.sendMessage('jobs', 'slow');
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'delay', ms: 300 },
    });
    expect((await receive()).map((m) => m.body)).toEqual(['slow']);
  });

  it.each([
    'missing-receipt-handle',
    'non-numeric-dequeue-count',
    '__proto__',
    'single-message',
  ] as const)(
    'rejects hostile XML (%s) as malformed without polluting prototypes',
    async (variant) => {
      mns.store.sendMessage('jobs', 'payload');
      mns.faults.add({
        match: { operation: 'BatchReceiveMessage' },
        fault: { kind: 'hostile-xml', variant },
      });
      expect(await rejection(receive())).toMatchObject({
        kind: 'malformed-response',
        retryable: true,
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    },
  );

  it('says the server is unreachable when nothing listens', async () => {
    const gone = await startLocalMns({ queues: ['jobs'] });
    const goneClient = clientFor(gone);
    await gone.stop();
    const error = await rejection(goneClient.receive('jobs', { max: 1, waitSeconds: 0 }));
    expect(error).toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED', retryable: true });
    expect(error.message).toContain('refused the connection');
  });
});

describe('the official SDK sees the same server', () => {
  it('interoperates: what the SDK sends, the client receives', async () => {
    const sdk = createMnsSdk({
      accountId: mns.accountId,
      endpoint: mns.url,
      accessKeyId: mns.accessKeyId,
      accessKeySecret: mns.accessKeySecret,
    });
    await sdk.sendMessage('jobs', { MessageBody: 'from the SDK', Priority: 1 });
    const [message] = await client.receive('jobs', { max: 16, waitSeconds: 0 });
    expect(message).toMatchObject({ body: 'from the SDK', priority: 1 });
  });
});
