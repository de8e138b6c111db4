import { describe, expect, it } from 'vitest';

import { parseQuery } from '../../../main/local-mns/routes';
import { asRecord, localMnsHarness, rawRequest, sdkXml, xmlText } from './local-mns-kit';

const SUCCESS_ROOT =
  /^<\?xml version="1.0" encoding="UTF-8"\?>\n<(\w+) xmlns="http:\/\/mns.aliyuncs.com\/doc\/v1\/"/;

function expectMnsHeaders(headers: Record<string, string | string[] | undefined>): void {
  expect(headers['content-type']).toBe('text/xml;charset=utf-8');
  expect(headers['x-mns-request-id']).toMatch(/^[0-9A-F]{24}$/);
  expect(headers['x-mns-version']).toBe('2015-06-06');
  expect(Number.isNaN(Date.parse(String(headers.date)))).toBe(false);
}

describe('raw HTTP: wire format', () => {
  const harness = localMnsHarness();

  it('answers with MNS headers, success roots in the documented namespace and keep-alive 65 s', async () => {
    const { mns } = await harness.start({ queues: ['q'] });
    expect(new URL(mns.url).hostname).toBe('127.0.0.1');
    const response = await rawRequest(mns, {
      method: 'GET',
      path: '/queues/q',
      headers: { Connection: 'keep-alive' },
    });
    expect(response.status).toBe(200);
    expectMnsHeaders(response.headers);
    expect(response.headers['keep-alive']).toBe('timeout=65');
    expect(SUCCESS_ROOT.exec(response.body)?.[1]).toBe('Queue');
    // Child elements never carry attributes (the Node SDK's extract() would crash on them).
    expect(response.body.slice(response.body.indexOf('>', 40))).not.toMatch(/<\w+ /);
  });

  it('answers errors with all four children, the no-slash namespace and the request id', async () => {
    const { mns } = await harness.start();
    const response = await rawRequest(mns, { method: 'GET', path: '/queues/missing' });
    expect(response.status).toBe(404);
    expectMnsHeaders(response.headers);
    expect(response.body).toMatch(/<Error xmlns="http:\/\/mns.aliyuncs.com\/doc\/v1">/);
    expect(xmlText(response.body, 'Code')).toBe('QueueNotExist');
    expect(xmlText(response.body, 'Message')).toBe('The queue name you provided is not exist.');
    expect(xmlText(response.body, 'RequestId')).toBe(response.headers['x-mns-request-id']);
    expect(xmlText(response.body, 'HostId')).toBe(mns.url);
  });

  it('rejects unknown routes with InvalidRequestURL', async () => {
    const { mns } = await harness.start();
    for (const [method, path] of [
      ['GET', '/'],
      ['POST', '/queues'],
      ['GET', '/queues/q/messages/extra'],
      ['PATCH', '/topics/t'],
    ] as const) {
      const response = await rawRequest(mns, { method, path });
      expect(response.status).toBe(400);
      expect(xmlText(response.body, 'Code')).toBe('InvalidRequestURL');
    }
  });
});

describe('raw HTTP: other SDKs signing the same way', () => {
  const harness = localMnsHarness();

  it('parses query keys case-insensitively and percent-decodes values keeping "+"', async () => {
    expect(parseQuery('ReceiptHandle=a+b%2Bc&VisibilityTimeout=5&x')).toEqual(
      new Map([
        ['receipthandle', 'a+b+c'],
        ['visibilitytimeout', '5'],
        ['x', ''],
      ]),
    );
    expect(parseQuery('bad=%E0%A4%A')).toBeUndefined();
  });

  it('Python/Java style: ReceiptHandle/VisibilityTimeout and a Content-Type on GET', async () => {
    const { mns } = await harness.start({ queues: ['q'] });
    mns.store.sendMessage('q', 'x');
    const received = await rawRequest(mns, {
      method: 'GET',
      path: '/queues/q/messages',
      headers: { 'Content-Type': 'text/xml;charset=UTF-8' },
    });
    expect(received.status).toBe(200);
    const handle = xmlText(received.body, 'ReceiptHandle') ?? '';
    const changed = await rawRequest(mns, {
      method: 'PUT',
      path: `/queues/q/messages?ReceiptHandle=${handle}&VisibilityTimeout=60`,
      headers: { 'Content-Type': 'text/xml;charset=UTF-8' },
    });
    expect(changed.status).toBe(200);
    expect(SUCCESS_ROOT.exec(changed.body)?.[1]).toBe('ChangeVisibility');
    const next = xmlText(changed.body, 'ReceiptHandle') ?? '';
    const deleted = await rawRequest(mns, {
      method: 'DELETE',
      path: `/queues/q/messages?receipthandle=${next}`,
    });
    expect(deleted.status).toBe(204);
  });

  it('Go style: percent-encoded handle, numOfMessages before peekonly, application/xml + MD5 on GET', async () => {
    const { mns } = await harness.start({ queues: ['q'] });
    mns.store.sendMessage('q', 'one');
    mns.store.sendMessage('q', 'two');
    const goHeaders = {
      'Content-Type': 'application/xml',
      'Content-MD5': 'ZDQxZDhjZDk4ZjAwYjIwNGU5ODAwOTk4ZWNmODQyN2U=',
    };
    const peeked = await rawRequest(mns, {
      method: 'GET',
      path: '/queues/q/messages?numOfMessages=2&peekonly=true',
      headers: goHeaders,
    });
    expect(peeked.status).toBe(200);
    expect(SUCCESS_ROOT.exec(peeked.body)?.[1]).toBe('Messages');
    expect(peeked.body).not.toContain('ReceiptHandle');
    const received = await rawRequest(mns, {
      method: 'GET',
      path: '/queues/q/messages?numOfMessages=1&waitseconds=0',
      headers: goHeaders,
    });
    const handle = xmlText(received.body, 'ReceiptHandle') ?? '';
    const encoded = encodeURIComponent(handle).replace(/-/g, '%2D').replace(/_/g, '%5F');
    expect(encoded).not.toBe(handle);
    const deleted = await rawRequest(mns, {
      method: 'DELETE',
      path: `/queues/q/messages?ReceiptHandle=${encoded}`,
      headers: goHeaders,
      body: '',
    });
    expect(deleted.status).toBe(204);
    expect(mns.store.listMessages('q').map((m) => m.body)).toEqual(['two']);
  });

  it('accepts a namespace-less, escaped, CDATA-bearing body from a careful client', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const sent = await rawRequest(mns, {
      method: 'POST',
      path: '/queues/q/messages',
      headers: { 'Content-Type': 'text/xml;charset=UTF-8' },
      body: '<Message><MessageBody><![CDATA[<json>{"a":1}</json>]]> &amp; more\r\n</MessageBody><Priority>2</Priority></Message>',
    });
    expect(sent.status).toBe(201);
    const message = asRecord((await sdk.receiveMessage('q')).body);
    expect(message.MessageBody).toBe('<json>{"a":1}</json> & more\n');
    expect(message.Priority).toBe('2');
  });

  it('reports missing receipt handle and visibility parameters', async () => {
    const { mns } = await harness.start({ queues: ['q'] });
    const missingHandle = await rawRequest(mns, {
      method: 'PUT',
      path: '/queues/q/messages?visibilityTimeout=5',
    });
    expect(xmlText(missingHandle.body, 'Code')).toBe('MissingReceiptHandle');
    const missingSeconds = await rawRequest(mns, {
      method: 'PUT',
      path: '/queues/q/messages?receiptHandle=h',
    });
    expect(xmlText(missingSeconds.body, 'Code')).toBe('MissingVisibilityTimeout');
    const emptyBatch = await rawRequest(mns, {
      method: 'DELETE',
      path: '/queues/q/messages',
      body: '',
    });
    expect(xmlText(emptyBatch.body, 'Code')).toBe('MissingReceiptHandle');
    const plusHandle = await rawRequest(mns, {
      method: 'DELETE',
      path: '/queues/q/messages?ReceiptHandle=h+1/x=',
    });
    expect(xmlText(plusHandle.body, 'Code')).toBe('ReceiptHandleError');
  });
});

describe('raw HTTP: hostile requests', () => {
  const harness = localMnsHarness();

  it('does not let __proto__ or constructor elements pollute prototypes', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const hostile =
      '<Message><__proto__><polluted>yes</polluted></__proto__>' +
      '<constructor><prototype><polluted>yes</polluted></prototype></constructor>' +
      '<MessageBody>ok</MessageBody></Message>';
    expect(
      (await rawRequest(mns, { method: 'POST', path: '/queues/q/messages', body: hostile })).status,
    ).toBe(201);
    const queue =
      '<Queue><__proto__><VisibilityTimeout>5</VisibilityTimeout></__proto__><hasOwnProperty>1</hasOwnProperty></Queue>';
    expect(
      (await rawRequest(mns, { method: 'PUT', path: '/queues/proto', body: queue })).status,
    ).toBe(201);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(asRecord((await sdk.getQueueAttributes('proto')).body).VisibilityTimeout).toBe('30');
    expect(asRecord((await sdk.receiveMessage('q')).body).MessageBody).toBe('ok');
  });

  it('refuses DTDs, entity bombs, deep nesting and invalid UTF-8 as MalformedXML', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const bodies: (string | Buffer)[] = [
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Message><MessageBody>&lol2;</MessageBody></Message>',
      `${'<Message>'.repeat(5000)}${'</Message>'.repeat(5000)}`,
      Buffer.concat([
        Buffer.from('<Message><MessageBody>'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('</MessageBody></Message>'),
      ]),
    ];
    for (const body of bodies) {
      const response = await rawRequest(mns, { method: 'POST', path: '/queues/q/messages', body });
      expect(response.status).toBe(400);
      expect(xmlText(response.body, 'Code')).toBe('MalformedXML');
    }
    expect((await sdk.sendMessage('q', { MessageBody: 'still serving' })).code).toBe(201);
  });

  it('drains and refuses a body over the size cap, then keeps serving', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'], maxRequestBytes: 256 * 1024 });
    const huge = sdkXml('Message', { MessageBody: 'A'.repeat(3 * 1024 * 1024) });
    const response = await rawRequest(mns, {
      method: 'POST',
      path: '/queues/q/messages',
      body: huge,
    });
    expect(response.status).toBe(400);
    expect(xmlText(response.body, 'Code')).toBe('InvalidArgument');
    expect(mns.store.listMessages('q')).toEqual([]);
    expect((await sdk.sendMessage('q', { MessageBody: 'next' })).code).toBe(201);
  });
});
