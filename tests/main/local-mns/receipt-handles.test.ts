import { describe, expect, it } from 'vitest';

import { createManualClock } from '../../../main/local-mns';
import { asList, asRecord, localMnsHarness, rejectionOf } from './local-mns-kit';

const HANDLE = /^[A-Za-z0-9_-]+$/;

describe('receipt handles, visibility and deletes through the official SDK', () => {
  const harness = localMnsHarness();

  it('redelivers after the visibility timeout with DequeueCount 2 and a new handle; the old one is dead', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, queues: ['q'] });
    await sdk.sendMessage('q', { MessageBody: 'again' });
    const first = asRecord((await sdk.receiveMessage('q')).body);
    expect((await rejectionOf(sdk.receiveMessage('q'))).name).toBe('MNSMessageNotExistError');
    clock.advance(29_999);
    expect(mns.store.listMessages('q')[0]?.state).toBe('inactive');
    clock.advance(1);
    const second = asRecord((await sdk.receiveMessage('q')).body);
    expect(second.MessageId).toBe(first.MessageId);
    expect(second.DequeueCount).toBe('2');
    expect(second.FirstDequeueTime).toBe(first.FirstDequeueTime);
    expect(second.ReceiptHandle).not.toBe(first.ReceiptHandle);
    const stale = await rejectionOf(sdk.deleteMessage('q', first.ReceiptHandle ?? ''));
    expect(stale.name).toBe('MNSMessageNotExistError');
    expect(stale.message).toMatch(/failed with 404\..*Message not exist\./);
    expect((await sdk.deleteMessage('q', second.ReceiptHandle ?? '')).code).toBe(204);
    const entry = mns.audit.filter({ operation: 'DeleteMessage' });
    expect(entry.map((e) => [e.handleWasNewest[0], e.handleResults[0], e.committed])).toEqual([
      [false, 'MessageNotExist', false],
      [true, 'ok', true],
    ]);
  });

  it('rejects a handle that expired with its visibility, and one never issued (or from another queue)', async () => {
    const clock = createManualClock();
    const { sdk } = await harness.start({ clock, queues: ['q', 'other'] });
    await sdk.sendMessage('q', { MessageBody: 'x' });
    await sdk.sendMessage('other', { MessageBody: 'y' });
    const handle = asRecord((await sdk.receiveMessage('q')).body).ReceiptHandle ?? '';
    const foreign = asRecord((await sdk.receiveMessage('other')).body).ReceiptHandle ?? '';
    clock.advance(30_000);
    expect((await rejectionOf(sdk.deleteMessage('q', handle))).name).toBe(
      'MNSMessageNotExistError',
    );
    const forged = await rejectionOf(sdk.deleteMessage('q', '1-Zm9yZ2VkLWhhbmRsZQ'));
    expect(forged.name).toBe('MNSReceiptHandleErrorError');
    expect(forged.message).toMatch(/failed with 400\./);
    expect((await rejectionOf(sdk.deleteMessage('q', foreign))).name).toBe(
      'MNSReceiptHandleErrorError',
    );
  });

  it('changes visibility: new handle and NextVisibleTime from now; the previous handle dies', async () => {
    const clock = createManualClock();
    const { sdk } = await harness.start({ clock, queues: ['q'] });
    await sdk.sendMessage('q', { MessageBody: 'x' });
    const received = asRecord((await sdk.receiveMessage('q')).body);
    clock.advance(10_000);
    const changed = await sdk.changeMessageVisibility('q', received.ReceiptHandle ?? '', 120);
    expect(changed.code).toBe(200);
    const result = asRecord(changed.body);
    expect(Object.keys(result)).toEqual(['ReceiptHandle', 'NextVisibleTime']);
    expect(result.NextVisibleTime).toBe(String(clock.now() + 120_000));
    expect(result.ReceiptHandle).toMatch(HANDLE);
    expect(result.ReceiptHandle).not.toBe(received.ReceiptHandle);
    expect(
      (await rejectionOf(sdk.changeMessageVisibility('q', received.ReceiptHandle ?? '', 5))).name,
    ).toBe('MNSMessageNotExistError');
    for (const seconds of [0, 43201]) {
      expect(
        (await rejectionOf(sdk.changeMessageVisibility('q', result.ReceiptHandle ?? '', seconds)))
          .name,
      ).toBe('MNSInvalidArgumentError');
    }
    clock.advance(119_999);
    expect((await rejectionOf(sdk.receiveMessage('q'))).name).toBe('MNSMessageNotExistError');
    clock.advance(1);
    expect(asRecord((await sdk.receiveMessage('q')).body).DequeueCount).toBe('2');
  });

  it('batch-deletes with 204 when all succeed and per-entry <Errors> (404) when some fail', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    await sdk.batchSendMessage('q', [
      { MessageBody: 'a' },
      { MessageBody: 'b' },
      { MessageBody: 'c' },
    ]);
    const handles = asList((await sdk.batchReceiveMessage('q', 3)).body).map(
      (m) => m.ReceiptHandle ?? '',
    );
    const [a = '', b = '', c = ''] = handles;
    const allOk = await sdk.batchDeleteMessage('q', [a, b]);
    expect(allOk).toMatchObject({ code: 204, body: undefined });
    const partial = await sdk.batchDeleteMessage('q', [c, a, 'not-a-handle']);
    expect(partial.code).toBe(404);
    expect(asList(partial.body)).toEqual([
      { ErrorCode: 'MessageNotExist', ErrorMessage: 'Message not exist.', ReceiptHandle: a },
      {
        ErrorCode: 'ReceiptHandleError',
        ErrorMessage: 'The receipt handle you provide is not valid.',
        ReceiptHandle: 'not-a-handle',
      },
    ]);
    expect(mns.store.listMessages('q')).toEqual([]);
    const last = mns.audit.filter({ operation: 'BatchDeleteMessage' }).at(-1);
    expect(last?.handleResults).toEqual(['ok', 'MessageNotExist', 'ReceiptHandleError']);
    expect(last?.messageIds).toHaveLength(1);
  });

  it('issues receipt handles from [A-Za-z0-9_-] only, unique per delivery', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, queues: ['q'] });
    for (let i = 0; i < 16; i++) mns.store.sendMessage('q', `m${i}`);
    const handles = new Set<string>();
    for (let round = 0; round < 3; round++) {
      for (const message of asList((await sdk.batchReceiveMessage('q', 16)).body))
        handles.add(message.ReceiptHandle ?? '');
      clock.advance(30_000);
    }
    expect(handles.size).toBe(48);
    for (const handle of handles) expect(handle).toMatch(HANDLE);
  });
});
