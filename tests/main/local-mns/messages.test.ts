import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { createManualClock } from '../../../main/local-mns';
import { asList, asRecord, localMnsHarness, rejectionOf } from './local-mns-kit';

const RECEIVE_FIELDS = [
  'MessageId',
  'ReceiptHandle',
  'MessageBodyMD5',
  'MessageBody',
  'EnqueueTime',
  'NextVisibleTime',
  'FirstDequeueTime',
  'DequeueCount',
  'Priority',
];
const PEEK_FIELDS = [
  'MessageId',
  'MessageBody',
  'MessageBodyMD5',
  'EnqueueTime',
  'FirstDequeueTime',
  'DequeueCount',
  'Priority',
];
const HANDLE = /^[A-Za-z0-9_-]+$/;
const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();

describe('messages through the official SDK', () => {
  const harness = localMnsHarness();

  it('sends (201) and receives with all nine fields, exact times on a manual clock', async () => {
    const clock = createManualClock();
    const { sdk } = await harness.start({ clock, queues: ['q'] });
    const sent = await sdk.sendMessage('q', { MessageBody: 'aGVsbG8=', Priority: 3 });
    expect(sent.code).toBe(201);
    const sentBody = asRecord(sent.body);
    expect(sentBody.MessageBodyMD5).toBe('0733351879B2FA9BD05C7CA3061529C0');
    expect(sentBody.MessageId).toMatch(/^[0-9A-F-]+$/);
    expect(sentBody).not.toHaveProperty('ReceiptHandle');
    const enqueued = clock.now();
    clock.advance(1_500);
    const received = await sdk.receiveMessage('q');
    expect(received.code).toBe(200);
    const message = asRecord(received.body);
    expect(Object.keys(message)).toEqual(RECEIVE_FIELDS);
    expect(message).toMatchObject({
      MessageId: sentBody.MessageId,
      MessageBody: 'aGVsbG8=',
      MessageBodyMD5: '0733351879B2FA9BD05C7CA3061529C0',
      EnqueueTime: String(enqueued),
      FirstDequeueTime: String(enqueued + 1_500),
      NextVisibleTime: String(enqueued + 1_500 + 30_000),
      DequeueCount: '1',
      Priority: '3',
    });
    expect(message.ReceiptHandle).toMatch(HANDLE);
  });

  it('stores escaped text unescaped, and rejects the unescaped & the Node SDK sends as MalformedXML', async () => {
    const { sdk } = await harness.start({ queues: ['q'] });
    await sdk.sendMessage('q', { MessageBody: '&lt;b&gt; fish &amp; chips &#233;' });
    const message = asRecord((await sdk.receiveMessage('q')).body);
    expect(message.MessageBody).toBe('<b> fish & chips é');
    expect(message.MessageBodyMD5).toBe(md5('<b> fish & chips é'));
    const error = await rejectionOf(sdk.sendMessage('q', { MessageBody: 'fish & chips' }));
    expect(error.name).toBe('MNSMalformedXMLError');
    expect(error.message).toMatch(/failed with 400\./);
  });

  it('limits the body to MaximumMessageSize bytes (UTF-8) and rejects an empty one', async () => {
    const { sdk } = await harness.start();
    await sdk.createQueue('small', { MaximumMessageSize: 1024 });
    expect((await sdk.sendMessage('small', { MessageBody: 'x'.repeat(1024) })).code).toBe(201);
    const tooBig = await rejectionOf(sdk.sendMessage('small', { MessageBody: 'é'.repeat(513) }));
    expect(tooBig.name).toBe('MNSInvalidArgumentError');
    expect(tooBig.message).toMatch(/MessageBody should between 1 and 1024 bytes/);
    expect((await rejectionOf(sdk.sendMessage('small', { MessageBody: '' }))).name).toBe(
      'MNSInvalidArgumentError',
    );
    expect(
      (await rejectionOf(sdk.sendMessage('small', { MessageBody: 'x', Priority: 17 }))).name,
    ).toBe('MNSInvalidArgumentError');
    expect((await rejectionOf(sdk.sendMessage('missing', { MessageBody: 'x' }))).name).toBe(
      'MNSQueueNotExistError',
    );
  });

  it('delays messages (message value over queue value) and hands a handle back for delayed sends', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock });
    await sdk.createQueue('q', { DelaySeconds: 5 });
    const delayed = asRecord((await sdk.sendMessage('q', { MessageBody: 'queue-delay' })).body);
    expect(delayed.ReceiptHandle).toMatch(HANDLE);
    await sdk.sendMessage('q', { MessageBody: 'message-delay', DelaySeconds: 10 });
    expect(mns.store.listMessages('q').map((m) => m.state)).toEqual(['delayed', 'delayed']);
    expect((await rejectionOf(sdk.receiveMessage('q'))).name).toBe('MNSMessageNotExistError');
    clock.advance(5_000);
    expect(asRecord((await sdk.receiveMessage('q')).body).MessageBody).toBe('queue-delay');
    expect((await rejectionOf(sdk.receiveMessage('q'))).name).toBe('MNSMessageNotExistError');
    clock.advance(5_000);
    expect(asRecord((await sdk.receiveMessage('q')).body).MessageBody).toBe('message-delay');
  });

  it('orders by priority, then by when a message became visible, then by send order', async () => {
    const clock = createManualClock();
    const { sdk } = await harness.start({ clock, queues: ['q'] });
    await sdk.batchSendMessage('q', [
      { MessageBody: 'p8-first', Priority: 8 },
      { MessageBody: 'p1-first', Priority: 1 },
      { MessageBody: 'p16', Priority: 16 },
      { MessageBody: 'p1-second', Priority: 1 },
      { MessageBody: 'p8-second' },
    ]);
    const order = asList((await sdk.batchReceiveMessage('q', 16)).body).map((m) => m.MessageBody);
    expect(order).toEqual(['p1-first', 'p1-second', 'p8-first', 'p8-second', 'p16']);
  });

  it('peeks without changing state: seven fields, no handle, only active messages', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    await sdk.batchSendMessage('q', [{ MessageBody: 'one' }, { MessageBody: 'two' }]);
    const before = mns.store.listMessages('q');
    const peeked = asRecord((await sdk.peekMessage('q')).body);
    expect(Object.keys(peeked)).toEqual(PEEK_FIELDS);
    expect(peeked).toMatchObject({ MessageBody: 'one', DequeueCount: '0', FirstDequeueTime: '0' });
    const batch = asList((await sdk.batchPeekMessage('q', 16)).body);
    expect(batch.map((m) => Object.keys(m))).toEqual([PEEK_FIELDS, PEEK_FIELDS]);
    expect(mns.store.listMessages('q')).toEqual(before);
    await sdk.batchReceiveMessage('q', 16);
    const error = await rejectionOf(sdk.peekMessage('q'));
    expect(error.name).toBe('MNSMessageNotExistError');
    expect((await rejectionOf(sdk.batchPeekMessage('q', 4))).name).toBe('MNSMessageNotExistError');
  });

  it('batch-sends 1–16 messages; failed entries come back as data with a non-2xx status', async () => {
    const { mns, sdk } = await harness.start();
    await sdk.createQueue('q', { MaximumMessageSize: 1024 });
    const result = await sdk.batchSendMessage('q', [
      { MessageBody: 'fits' },
      { MessageBody: 'x'.repeat(2000) },
    ]);
    expect(result.code).toBe(500);
    const [ok, failed] = asList(result.body);
    expect(Object.keys(ok ?? {})).toEqual(['MessageId', 'MessageBodyMD5']);
    expect(failed).toEqual({
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'The value of MessageBody should between 1 and 1024 bytes.',
    });
    expect(mns.store.listMessages('q').map((m) => m.body)).toEqual(['fits']);
    const seventeen = Array.from({ length: 17 }, (_, i) => ({ MessageBody: `m${i}` }));
    expect((await rejectionOf(sdk.batchSendMessage('q', seventeen))).name).toBe(
      'MNSInvalidArgumentError',
    );
  });

  it('expires messages after the retention period, leased or not', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock });
    await sdk.createQueue('q', { MessageRetentionPeriod: 60, VisibilityTimeout: 120 });
    await sdk.batchSendMessage('q', [{ MessageBody: 'leased' }, { MessageBody: 'waiting' }]);
    const handle = asRecord((await sdk.receiveMessage('q')).body).ReceiptHandle ?? '';
    clock.advance(59_999);
    expect(mns.store.listMessages('q')).toHaveLength(2);
    clock.advance(1);
    expect(mns.store.listMessages('q')).toEqual([]);
    expect((await rejectionOf(sdk.receiveMessage('q'))).name).toBe('MNSMessageNotExistError');
    expect((await rejectionOf(sdk.deleteMessage('q', handle))).name).toBe(
      'MNSMessageNotExistError',
    );
  });

  it('validates numOfMessages and waitseconds', async () => {
    const { sdk } = await harness.start({ queues: ['q'] });
    for (const call of [
      sdk.batchReceiveMessage('q', 17),
      sdk.batchReceiveMessage('q', 0),
      sdk.batchReceiveMessage('q', 2, 31),
    ]) {
      const error = await rejectionOf(call);
      expect(error.name).toBe('MNSInvalidArgumentError');
    }
  });

  it('reads one stripe per batch when stripes > 1, so batches are partial until drained', async () => {
    const { mns, sdk } = await harness.start({ stripes: 4, queues: ['q'] });
    for (let i = 0; i < 20; i++) mns.store.sendMessage('q', `m${i}`);
    const sizes: number[] = [];
    const seen = new Set<string>();
    for (;;) {
      const result = await sdk.batchReceiveMessage('q', 16).catch((error: Error) => error);
      if (result instanceof Error) {
        expect(result.name).toBe('MNSMessageNotExistError');
        break;
      }
      const batch = asList(result.body);
      sizes.push(batch.length);
      for (const message of batch) seen.add(message.MessageBody ?? '');
    }
    expect(sizes).toEqual([5, 5, 5, 5]);
    expect(seen.size).toBe(20);
  });
});
