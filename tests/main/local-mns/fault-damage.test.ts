import { performance } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import { createManualClock } from '../../../main/local-mns';
import type { LocalMns } from '../../../main/local-mns';
import { asList, asRecord, localMnsHarness, rejectionOf } from './local-mns-kit';

function fill(mns: LocalMns, queue: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => mns.store.sendMessage(queue, `m${i}`).messageId);
}

function notPolluted(): void {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin')).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
describe('fault script: processing, then a damaged or missing answer', () => {
  const harness = localMnsHarness();

  it("'reset-after-commit' on delete: the SDK sees a reset, the audit log records a committed delete", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const [id] = fill(mns, 'q', 1);
    const handle = asRecord((await sdk.receiveMessage('q')).body).ReceiptHandle ?? '';
    mns.faults.add({
      match: { operation: 'DeleteMessage' },
      fault: { kind: 'reset-after-commit' },
    });
    const error = await rejectionOf(sdk.deleteMessage('q', handle));
    expect(error.message).toMatch(/socket hang up|ECONNRESET/);
    const entry = await mns.audit.waitFor({ operation: 'DeleteMessage' });
    expect(entry).toMatchObject({
      committed: true,
      status: 204,
      responseSent: false,
      clientClosedEarly: false,
      fault: 'reset-after-commit',
      messageIds: [id],
      receiptHandles: [handle],
      handleWasNewest: [true],
    });
    expect(mns.store.listMessages('q')).toEqual([]);
    // The retry a careful client makes after an unknown outcome finds the message gone.
    expect((await rejectionOf(sdk.deleteMessage('q', handle))).name).toBe(
      'MNSMessageNotExistError',
    );
  });

  it("'reset-after-commit' on receive leases the messages; they come back after the visibility timeout", async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, queues: ['q'] });
    const ids = fill(mns, 'q', 2);
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'reset-after-commit' },
    });
    await rejectionOf(sdk.batchReceiveMessage('q', 16));
    expect((await mns.audit.waitFor({ operation: 'BatchReceiveMessage' })).messageIds).toEqual(ids);
    expect(mns.store.listMessages('q').map((m) => m.state)).toEqual(['inactive', 'inactive']);
    clock.advance(30_000);
    const again = asList((await sdk.batchReceiveMessage('q', 16)).body);
    expect(again.map((m) => [m.MessageId, m.DequeueCount])).toEqual(ids.map((id) => [id, '2']));
  });

  it("'truncated-xml' (short body) makes the SDK hit an XML parse error after the receive committed", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 1);
    mns.faults.add({ match: { operation: 'ReceiveMessage' }, fault: { kind: 'truncated-xml' } });
    const error = await rejectionOf(sdk.receiveMessage('q'));
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.message).toMatch(
      /Unclosed root tag|Unexpected end|Text data outside of root node/i,
    );
    expect(mns.store.listMessages('q')).toMatchObject([{ state: 'inactive', dequeueCount: 1 }]);
    expect(await mns.audit.waitFor({ operation: 'ReceiveMessage' })).toMatchObject({
      status: 200,
      committed: true,
    });
  });

  it("'truncated-xml' on a 204 delete still yields a parse error, and the delete stands", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 1);
    const handle = asRecord((await sdk.receiveMessage('q')).body).ReceiptHandle ?? '';
    mns.faults.add({ match: { operation: 'DeleteMessage' }, fault: { kind: 'truncated-xml' } });
    const error = await rejectionOf(sdk.deleteMessage('q', handle));
    expect(error.message).toMatch(
      /Unclosed root tag|Unexpected end|Text data outside of root node/i,
    );
    expect(mns.store.listMessages('q')).toEqual([]);
  });

  it("'truncated-xml' with a mismatched Content-Length aborts the read mid-body", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 1);
    mns.faults.add({ fault: { kind: 'truncated-xml', mode: 'content-length-mismatch' } });
    const error = await rejectionOf(sdk.peekMessage('q'));
    expect(error.message).toMatch(/aborted|socket hang up|ECONNRESET/);
    expect(await mns.audit.waitFor({ operation: 'PeekMessage' })).toMatchObject({
      responseSent: false,
      fault: 'truncated-xml',
    });
  });
});

describe('fault script: receive shaping', () => {
  const harness = localMnsHarness();

  it("'fast-empty' answers a long poll with 404 at once even though messages wait", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 1);
    mns.faults.add({ fault: { kind: 'fast-empty' } });
    // Not applicable to a send, so it stays armed for the receive.
    await sdk.sendMessage('q', { MessageBody: 'second' });
    const started = performance.now();
    expect((await rejectionOf(sdk.receiveMessage('q', 30))).name).toBe('MNSMessageNotExistError');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await mns.audit.waitFor({ operation: 'ReceiveMessage' })).toMatchObject({
      parked: false,
      fault: 'fast-empty',
    });
    expect(mns.store.listMessages('q').every((m) => m.state === 'active')).toBe(true);
  });

  it("'partial-batch' caps a batch receive; 'duplicate' repeats a message within one batch", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 5);
    mns.faults.add({ fault: { kind: 'partial-batch', max: 2 } });
    expect(asList((await sdk.batchReceiveMessage('q', 16)).body)).toHaveLength(2);
    mns.faults.add({ fault: { kind: 'duplicate' } });
    const batch = asList((await sdk.batchReceiveMessage('q', 16)).body);
    expect(batch.map((m) => m.MessageId)).toEqual([
      ...batch.slice(0, 3).map((m) => m.MessageId),
      batch[0]?.MessageId,
    ]);
    expect(batch[3]?.ReceiptHandle).toBe(batch[0]?.ReceiptHandle);
  });

  it("'hostile-xml' __proto__ elements reach the SDK's parser without polluting prototypes", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 3);
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'hostile-xml', variant: '__proto__' },
    });
    const batch = asList((await sdk.batchReceiveMessage('q', 2)).body);
    expect(batch.map((m) => m.MessageBody)).toEqual(['m0', 'm1']);
    notPolluted();
    mns.faults.add({
      match: { operation: 'ReceiveMessage' },
      fault: { kind: 'hostile-xml', variant: '__proto__' },
    });
    expect((await sdk.receiveMessage('q')).code).toBe(200);
    notPolluted();
  });

  it("'hostile-xml' field variants: missing handle, non-numeric count, huge body, invalid UTF-8", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 4);
    const receiveWith = async (
      variant:
        'missing-receipt-handle' | 'non-numeric-dequeue-count' | 'huge-body' | 'invalid-utf8',
    ) => {
      mns.faults.add({ fault: { kind: 'hostile-xml', variant } });
      return asRecord((await sdk.receiveMessage('q')).body);
    };
    expect(await receiveWith('missing-receipt-handle')).not.toHaveProperty('ReceiptHandle');
    expect((await receiveWith('non-numeric-dequeue-count')).DequeueCount).toBe('many');
    expect((await receiveWith('huge-body')).MessageBody).toHaveLength(65536);
    expect((await receiveWith('invalid-utf8')).MessageBody).toContain('\uFFFD');
    expect(mns.audit.filter({ fault: 'hostile-xml', committed: true })).toHaveLength(4);
  });

  it("'hostile-xml' single-message answers the other shape, which the SDK cannot index", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 2);
    mns.faults.add({ times: 2, fault: { kind: 'hostile-xml', variant: 'single-message' } });
    expect(await rejectionOf(sdk.batchReceiveMessage('q', 1))).toBeInstanceOf(TypeError);
    expect(await rejectionOf(sdk.receiveMessage('q'))).toBeInstanceOf(TypeError);
  });
});
