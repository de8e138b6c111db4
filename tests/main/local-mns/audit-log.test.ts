import { describe, expect, it } from 'vitest';

import { AuditLog } from '../../../main/local-mns';
import type { AuditEntry, MnsOperation } from '../../../main/local-mns';
import { localMnsHarness } from './local-mns-kit';

function entry(operation: MnsOperation, status: number): Omit<AuditEntry, 'seq'> {
  return {
    requestId: 'R',
    time: 0,
    startedAt: 0,
    method: 'GET',
    path: '/',
    operation,
    status,
    messageIds: [],
    receiptHandles: [],
    handleWasNewest: [],
    handleResults: [],
    issuedReceiptHandles: [],
    committed: false,
    responseSent: true,
    parked: false,
    clientClosedEarly: false,
    durationMs: 1,
  };
}

describe('audit log', () => {
  it('numbers entries, filters by fields or predicates, and iterates like an array', () => {
    const log = new AuditLog();
    log.record(entry('SendMessage', 201));
    log.record(entry('ReceiveMessage', 404));
    log.record(entry('ReceiveMessage', 200));
    expect(log.length).toBe(3);
    expect([...log].map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log.count({ operation: 'ReceiveMessage' })).toBe(2);
    expect(log.count({ operation: 'ReceiveMessage', status: 200 })).toBe(1);
    expect(log.count((e) => e.status >= 400)).toBe(1);
    log.clear();
    expect(log.length).toBe(0);
    expect(log.record(entry('SendMessage', 201)).seq).toBe(4);
  });

  it('notifies listeners until they unsubscribe, and keeps at most maxEntries', () => {
    const log = new AuditLog(2);
    const seen: number[] = [];
    const unsubscribe = log.on('entry', (e) => seen.push(e.seq));
    log.record(entry('SendMessage', 201));
    unsubscribe();
    log.record(entry('SendMessage', 201));
    log.record(entry('SendMessage', 201));
    expect(seen).toEqual([1]);
    expect(log.entries().map((e) => e.seq)).toEqual([2, 3]);
  });

  it('waitFor resolves with past or future entries, honours afterSeq, and times out', async () => {
    const log = new AuditLog();
    log.record(entry('SendMessage', 201));
    expect((await log.waitFor({ operation: 'SendMessage' })).seq).toBe(1);
    const future = log.waitFor({ operation: 'SendMessage' }, { afterSeq: log.lastSeqNumber });
    log.record(entry('ReceiveMessage', 200));
    log.record(entry('SendMessage', 500));
    expect(await future).toMatchObject({ seq: 3, status: 500 });
    await expect(log.waitFor({ operation: 'DeleteQueue' }, { timeoutMs: 20 })).rejects.toThrow(
      /timed out/,
    );
  });
});

describe('audit log of a running server', () => {
  const harness = localMnsHarness();

  it('records operation, queue, status, error code, ids and timing for each request', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const sent = await sdk.sendMessage('q', { MessageBody: 'x' });
    await sdk.getQueueAttributes('missing').catch(() => undefined);
    const [send, get] = mns.audit.entries();
    expect(send).toMatchObject({
      operation: 'SendMessage',
      method: 'POST',
      path: '/queues/q/messages',
      queue: 'q',
      status: 201,
      committed: true,
      responseSent: true,
      messageIds: [(sent.body as { MessageId: string }).MessageId],
    });
    expect(send?.requestId).toMatch(/^[0-9A-F]{24}$/);
    expect(send?.durationMs).toBeGreaterThanOrEqual(0);
    expect(get).toMatchObject({
      operation: 'GetQueueAttributes',
      queue: 'missing',
      status: 404,
      errorCode: 'QueueNotExist',
    });
  });
});
