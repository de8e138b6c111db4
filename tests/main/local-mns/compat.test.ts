import { describe, expect, it } from 'vitest';

import { createManualClock } from '../../../main/local-mns';
import { asList, asRecord, localMnsHarness, rawRequest, rejectionOf } from './local-mns-kit';

describe('compat options for the uncertain corners of the protocol (spec §10)', () => {
  const harness = localMnsHarness();

  it('defaults: 500 for failed batch sends, 404 for failed batch deletes, FirstDequeueTime 0 on peek', async () => {
    const { sdk } = await harness.start();
    await sdk.createQueue('q', { MaximumMessageSize: 1024 });
    expect((await sdk.batchSendMessage('q', [{ MessageBody: 'x'.repeat(2048) }])).code).toBe(500);
    expect((await sdk.batchDeleteMessage('q', ['nope'])).code).toBe(404);
    await sdk.sendMessage('q', { MessageBody: 'x' });
    expect(asRecord((await sdk.peekMessage('q')).body).FirstDequeueTime).toBe('0');
  });

  it('changes batch failure statuses, peek FirstDequeueTime and list contents', async () => {
    const { mns, sdk } = await harness.start({
      queues: ['q'],
      compat: {
        batchSendFailureStatus: 400,
        batchDeleteFailureStatus: 400,
        firstDequeueTimeBeforeReceive: 'enqueue-time',
        listIncludesNames: false,
      },
    });
    expect(
      (
        await sdk.batchSendMessage('q', [
          { MessageBody: 'ok' },
          { MessageBody: 'bad', Priority: 0 },
        ])
      ).code,
    ).toBe(400);
    expect((await sdk.batchDeleteMessage('q', ['nope'])).code).toBe(400);
    const peeked = asRecord((await sdk.peekMessage('q')).body);
    expect(peeked.FirstDequeueTime).toBe(peeked.EnqueueTime);
    expect(asList((await sdk.listQueue()).body)).toEqual([{ QueueURL: `${mns.url}/queues/q` }]);
  });

  it('accepts an empty MessageBody when told to', async () => {
    const { sdk } = await harness.start({
      queues: ['q'],
      compat: { rejectEmptyMessageBody: false },
    });
    expect((await sdk.sendMessage('q', { MessageBody: '' })).code).toBe(201);
    expect(asRecord((await sdk.receiveMessage('q')).body).MessageBody).toBe('');
  });

  it('can answer superseded handles with ReceiptHandleError; a deleted message stays MessageNotExist', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({
      clock,
      queues: ['q'],
      compat: { staleHandleError: 'ReceiptHandleError' },
    });
    mns.store.sendMessage('q', 'x');
    const old = asRecord((await sdk.receiveMessage('q')).body).ReceiptHandle ?? '';
    const fresh =
      asRecord((await sdk.changeMessageVisibility('q', old, 60)).body).ReceiptHandle ?? '';
    expect((await rejectionOf(sdk.deleteMessage('q', old))).name).toBe(
      'MNSReceiptHandleErrorError',
    );
    expect((await sdk.deleteMessage('q', fresh)).code).toBe(204);
    expect((await rejectionOf(sdk.deleteMessage('q', fresh))).name).toBe('MNSMessageNotExistError');
  });

  it('can put the documented trailing slash on the <Error> namespace', async () => {
    const { mns } = await harness.start({ compat: { errorNamespaceTrailingSlash: true } });
    const response = await rawRequest(mns, { method: 'GET', path: '/queues/missing' });
    expect(response.body).toContain('<Error xmlns="http://mns.aliyuncs.com/doc/v1/">');
  });
});
