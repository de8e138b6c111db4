import { performance } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import type { LocalMns } from '../../../main/local-mns';
import { asList, asRecord, localMnsHarness, rejectionOf, startRawRequest } from './local-mns-kit';

function fill(mns: LocalMns, queue: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => mns.store.sendMessage(queue, `m${i}`).messageId);
}

describe('fault script: answers instead of processing', () => {
  const harness = localMnsHarness();

  it("'error' answers with an XML <Error> the SDK throws as MNS<Code>Error, without committing", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    mns.faults.add({
      match: { operation: 'ReceiveMessage' },
      fault: { kind: 'error', status: 500, code: 'InternalError' },
    });
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'error', status: 429, code: 'TooManyRequests' },
    });
    mns.faults.add({
      match: { operation: 'SendMessage' },
      fault: { kind: 'error', status: 400, code: 'QpsLimitExceeded' },
    });
    mns.faults.add({
      match: { operation: 'ListQueue' },
      fault: { kind: 'error', status: 403, code: 'InvalidAccessKeyId', message: 'nope' },
    });
    const internal = await rejectionOf(sdk.receiveMessage('q'));
    expect(internal.name).toBe('MNSInternalErrorError');
    expect(internal.message).toMatch(/failed with 500\./);
    expect((await rejectionOf(sdk.batchReceiveMessage('q', 16))).name).toBe(
      'MNSTooManyRequestsError',
    );
    expect((await rejectionOf(sdk.sendMessage('q', { MessageBody: 'x' }))).name).toBe(
      'MNSQpsLimitExceededError',
    );
    const denied = await rejectionOf(sdk.listQueue());
    expect(denied.name).toBe('MNSInvalidAccessKeyIdError');
    expect(denied.message).toMatch(/failed with 403\..*message: nope$/);
    expect(mns.store.listMessages('q')).toEqual([]);
    expect(mns.faults.fired.map((fired) => fired.fault.kind)).toEqual([
      'error',
      'error',
      'error',
      'error',
    ]);
    expect((await sdk.sendMessage('q', { MessageBody: 'x' })).code).toBe(201);
  });

  it("'times' counts matching requests (Infinity until clear) and match.queue narrows the target", async () => {
    const { mns, sdk } = await harness.start({ queues: ['a', 'b'] });
    const rule = mns.faults.add({
      match: { queue: 'a' },
      times: 2,
      fault: { kind: 'error', status: 503, code: 'ServiceUnavailable' },
    });
    expect((await sdk.getQueueAttributes('b')).code).toBe(200);
    expect((await rejectionOf(sdk.getQueueAttributes('a'))).name).toBe(
      'MNSServiceUnavailableError',
    );
    expect(rule.remaining()).toBe(1);
    expect((await rejectionOf(sdk.getQueueAttributes('a'))).name).toBe(
      'MNSServiceUnavailableError',
    );
    expect((await sdk.getQueueAttributes('a')).code).toBe(200);
    mns.faults.add({
      times: Infinity,
      fault: { kind: 'error', status: 500, code: 'InternalError' },
    });
    for (let i = 0; i < 3; i++)
      expect((await rejectionOf(sdk.listQueue())).name).toBe('MNSInternalErrorError');
    mns.faults.clear();
    expect((await sdk.listQueue()).code).toBe(200);
  });

  it("'html' 503 on batch receive surfaces as a bare TypeError; 502 on delete resolves as a false success", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    fill(mns, 'q', 1);
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'html', status: 503 },
    });
    const typeError = await rejectionOf(sdk.batchReceiveMessage('q', 16, 1));
    expect(typeError).toBeInstanceOf(TypeError);
    expect(typeError.message).toMatch(/reading 'Message'/);
    const handle = asList((await sdk.batchReceiveMessage('q', 16)).body)[0]?.ReceiptHandle ?? '';
    mns.faults.add({ match: { operation: 'DeleteMessage' }, fault: { kind: 'html', status: 502 } });
    const deleted = await sdk.deleteMessage('q', handle);
    expect(deleted).toMatchObject({ code: 502, body: undefined });
    expect(mns.store.listMessages('q')).toHaveLength(1);
    expect(mns.audit.filter({ operation: 'DeleteMessage' })).toMatchObject([
      { status: 502, fault: 'html', committed: false },
    ]);
  });

  it("'non-xml' sends any body and content type; the SDK ignores non-XML bodies", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    mns.faults.add({
      fault: { kind: 'non-xml', status: 200, contentType: 'application/json', body: '{"ok":true}' },
    });
    expect(await sdk.getQueueAttributes('q')).toMatchObject({ code: 200, body: undefined });
  });

  it("'reset' drops the connection before processing: nothing is committed", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    mns.faults.add({ match: { operation: 'SendMessage' }, fault: { kind: 'reset' } });
    const error = await rejectionOf(sdk.sendMessage('q', { MessageBody: 'lost' }));
    expect(error.code === 'ECONNRESET' || /socket hang up|ECONNRESET/.test(error.message)).toBe(
      true,
    );
    expect(mns.store.listMessages('q')).toEqual([]);
    const entry = await mns.audit.waitFor({ operation: 'SendMessage' });
    expect(entry).toMatchObject({
      status: 0,
      fault: 'reset',
      committed: false,
      responseSent: false,
      messageIds: [],
    });
  });

  it("'delay' waits real time; with phase 'before' a client that leaves meanwhile commits nothing", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    mns.faults.add({
      match: { operation: 'GetQueueAttributes' },
      fault: { kind: 'delay', ms: 300 },
    });
    const started = performance.now();
    expect((await sdk.getQueueAttributes('q')).code).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);

    const [id] = fill(mns, 'q', 1);
    const handle = asRecord((await sdk.receiveMessage('q')).body).ReceiptHandle ?? '';
    mns.faults.add({
      match: { operation: 'DeleteMessage' },
      fault: { kind: 'delay', ms: 60_000, phase: 'before' },
    });
    const pending = startRawRequest(mns, {
      method: 'DELETE',
      path: `/queues/q/messages?ReceiptHandle=${handle}`,
    });
    pending.response.catch(() => undefined);
    await mns.faults.waitForFired(2);
    pending.request.destroy();
    const entry = await mns.audit.waitFor({ operation: 'DeleteMessage' });
    expect(entry).toMatchObject({ committed: false, clientClosedEarly: true, status: 0 });
    expect(mns.store.listMessages('q').map((m) => m.messageId)).toEqual([id]);
  });

  it("'delay' (default 'after') commits first, so a client that leaves still deleted the message", async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const [id] = fill(mns, 'q', 1);
    const handle = asRecord((await sdk.receiveMessage('q')).body).ReceiptHandle ?? '';
    mns.faults.add({
      match: { operation: 'DeleteMessage' },
      fault: { kind: 'delay', ms: 60_000 },
    });
    const pending = startRawRequest(mns, {
      method: 'DELETE',
      path: `/queues/q/messages?ReceiptHandle=${handle}`,
    });
    pending.response.catch(() => undefined);
    await mns.faults.waitForFired();
    pending.request.destroy();
    const entry = await mns.audit.waitFor({ operation: 'DeleteMessage' });
    expect(entry).toMatchObject({
      committed: true,
      clientClosedEarly: true,
      status: 204,
      messageIds: [id],
    });
    expect(mns.store.listMessages('q')).toEqual([]);
  });
});
