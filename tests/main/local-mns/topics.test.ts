import { describe, expect, it } from 'vitest';

import type { MnsSdk } from '../../../main/engine/mns/alicloud-mns-sdk';
import type { LocalMns } from '../../../main/local-mns';
import { asList, asRecord, localMnsHarness, rejectionOf, sdkXml, xmlText } from './local-mns-kit';

const unescapeXml = (text: string | undefined) =>
  (text ?? '').replace(/&(lt|gt|quot|apos|amp);/g, (_whole, name: string) =>
    name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'" : '&',
  );

function subscriptionXml(mns: LocalMns, queue: string, format: string, filterTag?: string): string {
  return sdkXml('Subscription', {
    Endpoint: `acs:mns:cn-hangzhou:${mns.accountId}:queues/${queue}`,
    NotifyContentFormat: format,
    ...(filterTag === undefined ? {} : { FilterTag: filterTag }),
  });
}

async function subscribe(
  sdk: MnsSdk,
  mns: LocalMns,
  topic: string,
  name: string,
  queue: string,
  format: string,
  filterTag?: string,
) {
  return sdk.put(
    `/topics/${topic}/subscriptions/${name}`,
    'Subscription',
    subscriptionXml(mns, queue, format, filterTag),
    ['location'],
  );
}

describe('topics and subscriptions through the official SDK', () => {
  const harness = localMnsHarness();

  it('creates (201/204/409), reads, updates, lists and deletes topics', async () => {
    const { mns, sdk } = await harness.start();
    const created = await sdk.createTopic('events', { MaximumMessageSize: 2048 });
    expect(created).toMatchObject({ code: 201, headers: { location: `${mns.url}/topics/events` } });
    expect((await sdk.createTopic('events', { MaximumMessageSize: 2048 })).code).toBe(204);
    expect((await rejectionOf(sdk.createTopic('events'))).name).toBe('MNSTopicAlreadyExistError');
    expect((await rejectionOf(sdk.createTopic('bad.name'))).name).toBe('MNSTopicNameInvalidError');

    const updated = await sdk.put(
      '/topics/events?metaoverride=true',
      'Topic',
      sdkXml('Topic', { LoggingEnabled: 'true' }),
    );
    expect(updated.code).toBe(204);
    await sdk.publishMessage('events', { MessageBody: 'one' });
    const attributes = asRecord((await sdk.getTopicAttributes('events')).body);
    expect(Object.keys(attributes)).toEqual([
      'TopicName',
      'CreateTime',
      'LastModifyTime',
      'MaximumMessageSize',
      'MessageRetentionPeriod',
      'MessageCount',
      'LoggingEnabled',
    ]);
    expect(attributes).toMatchObject({
      MaximumMessageSize: '2048',
      MessageCount: '1',
      LoggingEnabled: 'True',
    });

    await sdk.createTopic('alerts');
    expect(asList((await sdk.listTopic()).body)).toEqual([
      { TopicURL: `${mns.url}/topics/alerts`, TopicName: 'alerts' },
      { TopicURL: `${mns.url}/topics/events`, TopicName: 'events' },
    ]);
    const page = asRecord(
      (await sdk.get('/topics', 'Topics', { headers: { 'x-mns-ret-number': '1' } })).body,
    );
    expect(page.NextMarker).toBe('events');

    expect((await sdk.delete('/topics/alerts', 'Topic', '')).code).toBe(204);
    expect((await rejectionOf(sdk.getTopicAttributes('alerts'))).name).toBe(
      'MNSTopicNotExistError',
    );
  });

  it('pushes into queues in SIMPLIFIED, JSON and XML formats', async () => {
    const { mns, sdk } = await harness.start({ queues: ['raw', 'json', 'xml'] });
    await sdk.createTopic('t');
    expect((await subscribe(sdk, mns, 't', 'to-raw', 'raw', 'SIMPLIFIED')).code).toBe(201);
    await subscribe(sdk, mns, 't', 'to-json', 'json', 'JSON');
    await subscribe(sdk, mns, 't', 'to-xml', 'xml', 'XML');
    const body = '{"Event":"a<b & c"}';
    const escaped = body.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const published = asRecord(
      (await sdk.publishMessage('t', { MessageBody: escaped, MessageTag: 'vod' })).body,
    );
    expect(Object.keys(published)).toEqual(['MessageId', 'MessageBodyMD5']);

    expect(asRecord((await sdk.receiveMessage('raw')).body).MessageBody).toBe(body);

    const json = JSON.parse(
      asRecord((await sdk.receiveMessage('json')).body).MessageBody ?? '',
    ) as Record<string, string>;
    expect(json).toMatchObject({
      TopicOwner: mns.accountId,
      TopicName: 't',
      Subscriber: mns.accountId,
      SubscriptionName: 'to-json',
      MessageId: published.MessageId,
      Message: body,
      MessageMD5: published.MessageBodyMD5,
      MessageTag: 'vod',
    });
    expect(json.PublishTime).toMatch(/^\d{13}$/);

    const xml = asRecord((await sdk.receiveMessage('xml')).body).MessageBody ?? '';
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><Notification xmlns="http:\/\/mns.aliyuncs.com\/doc\/v1\/">/,
    );
    expect(xmlText(xml, 'SubscriptionName')).toBe('to-xml');
    expect(xmlText(xml, 'MessageId')).toBe(published.MessageId);
    expect(unescapeXml(xmlText(xml, 'Message'))).toBe(body);
    expect(xmlText(xml, 'MessageMD5')).toBe(published.MessageBodyMD5);
    expect(xmlText(xml, 'MessageTag')).toBe('vod');
  });

  it('pushes only tagged messages to a subscription with a FilterTag', async () => {
    const { mns, sdk } = await harness.start({ queues: ['tagged', 'all'] });
    await sdk.createTopic('t');
    await subscribe(sdk, mns, 't', 'only-mps', 'tagged', 'SIMPLIFIED', 'mps');
    await subscribe(sdk, mns, 't', 'everything', 'all', 'SIMPLIFIED');
    await sdk.publishMessage('t', { MessageBody: 'vod-event', MessageTag: 'vod' });
    await sdk.publishMessage('t', { MessageBody: 'untagged' });
    await sdk.publishMessage('t', { MessageBody: 'mps-event', MessageTag: 'mps' });
    expect(mns.store.listMessages('tagged').map((m) => m.body)).toEqual(['mps-event']);
    expect(mns.store.listMessages('all').map((m) => m.body)).toEqual([
      'vod-event',
      'untagged',
      'mps-event',
    ]);
  });

  it('reads, lists, updates and removes subscriptions via the generic REST calls', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    await sdk.createTopic('t');
    const created = await subscribe(sdk, mns, 't', 'sub', 'q', 'JSON', 'tag1');
    expect(created.headers.location).toBe(`${mns.url}/topics/t/subscriptions/sub`);
    expect((await subscribe(sdk, mns, 't', 'sub', 'q', 'JSON', 'tag1')).code).toBe(204);
    expect((await rejectionOf(subscribe(sdk, mns, 't', 'sub', 'q', 'XML'))).name).toBe(
      'MNSSubscriptionAlreadyExistError',
    );

    const attributes = asRecord(
      (await sdk.get('/topics/t/subscriptions/sub', 'Subscription')).body,
    );
    expect(attributes).toMatchObject({
      SubscriptionName: 'sub',
      Subscriber: mns.accountId,
      TopicOwner: mns.accountId,
      TopicName: 't',
      Endpoint: `acs:mns:cn-hangzhou:${mns.accountId}:queues/q`,
      NotifyStrategy: 'BACKOFF_RETRY',
      NotifyContentFormat: 'JSON',
      FilterTag: 'tag1',
    });
    const set = await sdk.put(
      '/topics/t/subscriptions/sub?metaoverride=true',
      'Subscription',
      sdkXml('Subscription', { NotifyStrategy: 'EXPONENTIAL_DECAY_RETRY' }),
    );
    expect(set.code).toBe(204);
    expect(
      asRecord((await sdk.get('/topics/t/subscriptions/sub', 'Subscription')).body).NotifyStrategy,
    ).toBe('EXPONENTIAL_DECAY_RETRY');
    const list = asRecord((await sdk.get('/topics/t/subscriptions', 'Subscriptions')).body);
    expect(list.Subscription).toEqual([
      { SubscriptionURL: `${mns.url}/topics/t/subscriptions/sub`, SubscriptionName: 'sub' },
    ]);

    expect((await sdk.delete('/topics/t/subscriptions/sub', 'Subscription', '')).code).toBe(204);
    expect((await rejectionOf(sdk.get('/topics/t/subscriptions/sub', 'Subscription'))).name).toBe(
      'MNSSubscriptionNotExistError',
    );
    await sdk.publishMessage('t', { MessageBody: 'nobody listens', MessageTag: 'tag1' });
    expect(mns.store.listMessages('q')).toEqual([]);
  });

  it('rejects endpoints of other accounts, bad formats and unknown topics', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    await sdk.createTopic('t');
    const foreign = sdkXml('Subscription', { Endpoint: 'acs:mns:cn-hangzhou:999:queues/q' });
    expect(
      (await rejectionOf(sdk.put('/topics/t/subscriptions/s', 'Subscription', foreign))).name,
    ).toBe('MNSInvalidEndpointError');
    expect((await rejectionOf(subscribe(sdk, mns, 't', 's', 'q', 'YAML'))).name).toBe(
      'MNSInvalidArgumentError',
    );
    expect((await rejectionOf(subscribe(sdk, mns, 'nope', 's', 'q', 'XML'))).name).toBe(
      'MNSTopicNotExistError',
    );
    expect((await rejectionOf(sdk.publishMessage('nope', { MessageBody: 'x' }))).name).toBe(
      'MNSTopicNotExistError',
    );
    const longTag = await rejectionOf(
      sdk.publishMessage('t', { MessageBody: 'x', MessageTag: 'a'.repeat(17) }),
    );
    expect(longTag.name).toBe('MNSInvalidArgumentError');
  });

  it('skips subscriptions whose queue is gone and records the pushes in the audit log', async () => {
    const { mns, sdk } = await harness.start({ queues: ['kept', 'dropped'] });
    await sdk.createTopic('t');
    await subscribe(sdk, mns, 't', 'a', 'kept', 'SIMPLIFIED');
    await subscribe(sdk, mns, 't', 'b', 'dropped', 'SIMPLIFIED');
    await sdk.deleteQueue('dropped');
    const published = asRecord((await sdk.publishMessage('t', { MessageBody: 'x' })).body);
    const [kept] = mns.store.listMessages('kept');
    const entry = mns.audit.filter({ operation: 'PublishMessage' }).at(-1);
    expect(entry?.messageIds).toEqual([published.MessageId, kept?.messageId]);
  });
});
