import { describe, expect, it } from 'vitest';

import {
  ResponseShapeError,
  splitMessageXml,
  toBatchDeleteErrors,
  toQueueAttributes,
  toQueuePage,
  toReceivedMessages,
} from '../../../../main/engine/mns/sdk-response';

const message = {
  MessageId: '5F290C926D472878-2-14D9529A8FA-200000001',
  ReceiptHandle: '1-ODU4OTkzNDU5My0xNDMyNzI3ODI3LTItOA==',
  MessageBody: '{"EventType":"FileUploadComplete"}',
  MessageBodyMD5: 'C5DD56A39F5F7BB8B3337C6D11B6D8C7',
  EnqueueTime: '1250700979248',
  FirstDequeueTime: '1250700979248',
  NextVisibleTime: '1250700799348',
  DequeueCount: '1',
  Priority: '8',
};

describe('SDK response validation', () => {
  it('turns string fields into typed messages paired with their raw XML', () => {
    const [received] = toReceivedMessages([message], ['<Message>…</Message>']);
    expect(received).toEqual({
      messageId: message.MessageId,
      receiptHandle: message.ReceiptHandle,
      body: message.MessageBody,
      bodyMd5: message.MessageBodyMD5,
      enqueueTime: 1250700979248,
      firstDequeueTime: 1250700979248,
      nextVisibleTime: 1250700799348,
      dequeueCount: 1,
      priority: 8,
      rawXml: '<Message>…</Message>',
    });
  });

  it('rejects a message with a missing handle or a non-numeric count', () => {
    const { ReceiptHandle: _dropped, ...noHandle } = message;
    expect(() => toReceivedMessages([noHandle], [])).toThrow(ResponseShapeError);
    expect(() => toReceivedMessages([{ ...message, DequeueCount: 'many' }], [])).toThrow(
      /DequeueCount/,
    );
  });

  it('does not let a __proto__ element supply missing fields', () => {
    const { ReceiptHandle: _dropped, ...noHandle } = message;
    const hostile = Object.create({ ReceiptHandle: 'injected' }) as Record<string, unknown>;
    Object.assign(hostile, noHandle);
    expect(() => toReceivedMessages([hostile], [])).toThrow(ResponseShapeError);
    expect(({} as Record<string, unknown>).ReceiptHandle).toBeUndefined();
  });

  it('reads queue attributes including the boolean spelled either way', () => {
    const attributes = toQueueAttributes({
      QueueName: 'q1',
      CreateTime: '1700000000',
      LastModifyTime: '1700000001',
      DelaySeconds: '0',
      MaximumMessageSize: '65536',
      MessageRetentionPeriod: '345600',
      VisibilityTimeout: '30',
      PollingWaitSeconds: '0',
      ActiveMessages: '3',
      InactiveMessages: '1',
      DelayMessages: '0',
      LoggingEnabled: 'False',
    });
    expect(attributes).toMatchObject({
      name: 'q1',
      activeMessages: 3,
      inactiveMessages: 1,
      loggingEnabled: false,
      visibilityTimeout: 30,
    });
  });

  it('reads queue pages with and without names and markers', () => {
    expect(toQueuePage(undefined)).toEqual({ queues: [], nextMarker: undefined });
    expect(toQueuePage({})).toEqual({ queues: [], nextMarker: undefined });
    expect(
      toQueuePage({
        Queue: [
          { QueueURL: 'http://1.mns.cn-hangzhou.aliyuncs.com/queues/a' },
          { QueueURL: 'http://x/queues/b', QueueName: 'b' },
        ],
        NextMarker: 'm1',
      }),
    ).toEqual({
      queues: [
        { name: 'a', url: 'http://1.mns.cn-hangzhou.aliyuncs.com/queues/a' },
        { name: 'b', url: 'http://x/queues/b' },
      ],
      nextMarker: 'm1',
    });
  });

  it('reads per-handle batch delete errors', () => {
    expect(
      toBatchDeleteErrors([
        { ErrorCode: 'ReceiptHandleError', ErrorMessage: 'bad', ReceiptHandle: 'h1' },
      ]),
    ).toEqual([{ errorCode: 'ReceiptHandleError', errorMessage: 'bad', receiptHandle: 'h1' }]);
  });

  it('splits a batch response into each message element, not the Messages root', () => {
    const raw =
      '<?xml version="1.0"?><Messages xmlns="http://mns.aliyuncs.com/doc/v1/"><Message><MessageId>a</MessageId><MessageBody>&lt;Message&gt;</MessageBody></Message>\n<Message><MessageId>b</MessageId></Message></Messages>';
    expect(splitMessageXml(raw)).toEqual([
      '<Message><MessageId>a</MessageId><MessageBody>&lt;Message&gt;</MessageBody></Message>',
      '<Message><MessageId>b</MessageId></Message>',
    ]);
    expect(
      splitMessageXml(
        '<Message xmlns="http://mns.aliyuncs.com/doc/v1/"><MessageId>c</MessageId></Message>',
      ),
    ).toHaveLength(1);
  });
});

describe('hostile element names', () => {
  it('rejects a message that carries __proto__ or constructor elements', () => {
    const hostile: Record<string, unknown> = { ...message };
    Object.defineProperty(hostile, '__proto__', { value: { polluted: 'yes' }, enumerable: true });
    expect(() => toReceivedMessages([hostile], [])).toThrow(/hostile <__proto__> element/);
    expect(() => toReceivedMessages([{ ...message, constructor: { prototype: {} } }], [])).toThrow(
      /hostile <constructor>/,
    );
  });
});
