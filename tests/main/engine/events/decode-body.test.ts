import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { classifyDecoded } from '../../../../main/engine/events/classify-event';
import { decodeBody } from '../../../../main/engine/events/decode-body';

const event = {
  EventType: 'FileUploadComplete',
  VideoId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  Status: 'success',
};
const json = JSON.stringify(event);
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function topicXml(message: string, publishElement = 'PublishTime'): string {
  return `<?xml version="1.0" encoding="utf-8"?><Notification xmlns="http://mns.aliyuncs.com/doc/v1/"><TopicOwner>1234567890123456</TopicOwner><TopicName>mps-events</TopicName><Subscriber>1234567890123456</Subscriber><SubscriptionName>to-queue</SubscriptionName><MessageId>5F290C926D472878-1-14D9529A8FA-200000001</MessageId><MessageMD5>X</MessageMD5><Message>${escapeXml(message)}</Message><MessageTag>mps</MessageTag><${publishElement}>1700000000123</${publishElement}></Notification>`;
}

describe('decodeBody layers', () => {
  it('reads plain JSON with no layers', () => {
    const decoded = decodeBody(json);
    expect(decoded).toMatchObject({
      layers: [],
      payload: event,
      problem: undefined,
      raw: json,
      innerText: json,
    });
  });

  it('unwraps Base64-wrapped JSON', () => {
    const decoded = decodeBody(b64(json));
    expect(decoded.layers).toEqual([{ kind: 'base64' }]);
    expect(decoded.payload).toEqual(event);
  });

  it('unwraps a JSON topic envelope whose Message is Base64', () => {
    const envelope = JSON.stringify({
      TopicOwner: '1',
      TopicName: 't',
      Subscriber: '1',
      SubscriptionName: 's',
      MessageId: 'M1',
      Message: b64(json),
      MessageMD5: 'X',
      PublishTime: '1700000000123',
    });
    const decoded = decodeBody(envelope);
    expect(decoded.layers.map((l) => l.kind)).toEqual(['topic-json', 'base64']);
    expect(decoded.layers[0]).toMatchObject({
      topicName: 't',
      subscriptionName: 's',
      messageId: 'M1',
      publishTime: 1700000000123,
    });
    expect(decoded.payload).toEqual(event);
  });

  it('unwraps an XML topic notification, including the old MessagePublishTime name', () => {
    for (const element of ['PublishTime', 'MessagePublishTime']) {
      const decoded = decodeBody(topicXml(json, element));
      expect(decoded.layers).toEqual([
        {
          kind: 'topic-xml',
          topicName: 'mps-events',
          topicOwner: '1234567890123456',
          subscriptionName: 'to-queue',
          messageId: '5F290C926D472878-1-14D9529A8FA-200000001',
          messageTag: 'mps',
          publishTime: 1700000000123,
        },
      ]);
      expect(decoded.payload).toEqual(event);
    }
  });

  it('unwraps a whole MNS ReceiveMessage response and a Base64 XML notification', () => {
    const response = `<?xml version="1.0" encoding="UTF-8"?><Message xmlns="http://mns.aliyuncs.com/doc/v1/"><MessageId>ABC</MessageId><MessageBody>${escapeXml(topicXml(json))}</MessageBody></Message>`;
    expect(decodeBody(response).layers.map((l) => l.kind)).toEqual(['mns-response', 'topic-xml']);
    expect(decodeBody(b64(topicXml(json))).layers.map((l) => l.kind)).toEqual([
      'base64',
      'topic-xml',
    ]);
    expect(decodeBody(response).payload).toEqual(event);
  });

  it('parses nested JSON strings in the expanded view but keeps the payload as sent', () => {
    const body = {
      EventType: 'AIMediaAuditComplete',
      Data: '{"Suggestion":"review","Label":"porn"}',
      Extend: '{"title":"Launch"}',
      Plain: 'not json',
    };
    const decoded = decodeBody(JSON.stringify(body));
    expect(decoded.payload).toEqual(body);
    expect(decoded.expanded).toEqual({
      ...body,
      Data: { Suggestion: 'review', Label: 'porn' },
      Extend: { title: 'Launch' },
    });
  });
});

describe('decodeBody on bad input', () => {
  it.each([
    ['', 'The body is empty.'],
    ['   \n', 'The body is empty.'],
    ['{"EventType":"TranscodeComplete","StreamInfos":[{', 'not valid JSON'],
    ['[1,2,3]', 'not an object'],
    ['42', 'plain text'],
    ['hello world', 'plain text'],
    [b64('just some text here'), 'does not decode to JSON or XML'],
    ['<html><body>502 Bad Gateway</body></html>', 'XML <html> document'],
    ['<Notification><TopicName>t</TopicName></Notification>', 'no <Message>'],
    [`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'not an object'],
    ['\u0000\u0001binary\u0002', 'binary data'],
  ])('keeps bad input #%# verbatim and explains it', (raw, problem) => {
    const decoded = decodeBody(raw);
    expect(decoded.raw).toBe(raw);
    expect(decoded.payload).toBeUndefined();
    expect(decoded.problem).toContain(problem);
  });

  it('keeps invalid UTF-8 and says so', () => {
    const bytes = Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff, 0xfe, 0x7d]);
    const decoded = decodeBody(bytes);
    expect(decoded.problem).toBe('The body is not valid UTF-8 text.');
    expect(decoded.raw).toContain('\uFFFD');
  });

  it('treats __proto__ in a body as an ordinary key', () => {
    const decoded = decodeBody(
      '{"__proto__":{"polluted":1},"EventType":"FileUploadComplete","VideoId":"v1"}',
    );
    expect(Object.keys(decoded.payload ?? {})).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(classifyDecoded(decoded)).toMatchObject({ source: 'vod', keyId: 'v1' });
  });

  it('keeps an event whose field is nested 10,000 deep, pruning what no screen could show', () => {
    const deep = `{"EventType":"FileUploadComplete","VideoId":"v1","Extend":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const decoded = decodeBody(deep);
    expect(decoded.payload?.VideoId).toBe('v1');
    expect(JSON.stringify(decoded.payload)).toContain('nested deeper than 64 levels');
    expect(() => structuredClone(decoded)).not.toThrow();
  });

  it('decodes a 64 KB body', () => {
    const big = JSON.stringify({ ...event, Extend: 'x'.repeat(64 * 1024 - json.length - 20) });
    expect(decodeBody(big).payload?.VideoId).toBe(event.VideoId);
  });
});

describe('decodeBody never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const decoded = decodeBody(bytes);
        const classified = classifyDecoded(decoded);
        expect(typeof classified.title).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary strings and JSON values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.json({ maxDepth: 6 })), (text) => {
        expect(typeof classifyDecoded(decodeBody(text)).outcome).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('on real events with random fields replaced by arbitrary JSON', () => {
    const shapes = [
      {
        EventType: 'TranscodeComplete',
        VideoId: 'v',
        Status: 'success',
        StreamInfos: [{ Definition: 'SD', Status: 'success' }],
      },
      {
        EventType: 'AIMediaAuditComplete',
        MediaId: 'm',
        Status: 'success',
        Data: '{"Suggestion":"pass"}',
      },
      {
        Type: 'Report',
        RunId: 'r',
        MediaWorkflowExecution: { Name: 'w', ActivityList: [{ Name: 'a', State: 'Fail' }] },
      },
      { JobId: 'j', Type: 'Transcode', State: 'Success' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes),
        fc.string({ maxLength: 20 }),
        fc.jsonValue({ maxDepth: 4 }),
        (shape, key, value) => {
          const field = Object.keys(shape)[key.length % Object.keys(shape).length] ?? 'x';
          const mutated = JSON.stringify({ ...shape, [field]: value, [key]: value });
          const classified = classifyDecoded(decodeBody(mutated));
          expect(classified.source).not.toBe('unknown-crash');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
