import { createHash } from 'node:crypto';

import type { DemoSink, NotifyContentFormat } from '../../../../../main/local-mns/demo';

interface Subscription {
  readonly topic: string;
  readonly name: string;
  readonly queue: string;
  readonly format: NotifyContentFormat;
  readonly filterTag: string | undefined;
}

/** An in-memory DemoSink that pushes topic messages into queues the way mns-protocol.md §7 describes. */
export interface FakeSink extends DemoSink {
  readonly queues: Map<string, string[]>;
  readonly topics: Set<string>;
  readonly subscriptions: Subscription[];
  /** Every call, in order, for asserting setup. */
  readonly calls: string[];
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Build the fake; `failOn` makes the named method reject, to exercise error paths. */
export function createFakeSink(options: { accountId: string; failOn?: keyof DemoSink }): FakeSink {
  const queues = new Map<string, string[]>();
  const topics = new Set<string>();
  const subscriptions: Subscription[] = [];
  const calls: string[] = [];
  let messageSeq = 0;
  const guard = (method: keyof DemoSink): void => {
    if (options.failOn === method) throw new Error(`${method} refused by the fake`);
  };
  const enqueue = (queue: string, body: string): void => {
    const list = queues.get(queue);
    if (!list) throw new Error(`QueueNotExist: ${queue}`);
    list.push(body);
  };
  return {
    queues,
    topics,
    subscriptions,
    calls,
    async ensureQueue(name) {
      calls.push(`ensureQueue ${name}`);
      guard('ensureQueue');
      if (!queues.has(name)) queues.set(name, []);
    },
    async ensureTopic(name) {
      calls.push(`ensureTopic ${name}`);
      guard('ensureTopic');
      topics.add(name);
    },
    async subscribe(topic, name, queue, format, filterTag) {
      calls.push(`subscribe ${topic} ${name} ${queue} ${format} ${filterTag ?? ''}`);
      guard('subscribe');
      if (!topics.has(topic)) throw new Error(`TopicNotExist: ${topic}`);
      subscriptions.push({ topic, name, queue, format, filterTag });
    },
    async sendMessage(queue, body) {
      calls.push(`sendMessage ${queue}`);
      guard('sendMessage');
      enqueue(queue, body);
    },
    async publishMessage(topic, body, tag) {
      calls.push(`publishMessage ${topic} ${tag ?? ''}`);
      guard('publishMessage');
      if (!topics.has(topic)) throw new Error(`TopicNotExist: ${topic}`);
      messageSeq += 1;
      const messageId = `FAKE${String(messageSeq).padStart(12, '0')}`;
      const md5 = createHash('md5').update(body, 'utf8').digest('hex').toUpperCase();
      const publishTime = String(1_750_000_000_000 + messageSeq);
      for (const sub of subscriptions) {
        if (sub.topic !== topic || (sub.filterTag !== undefined && sub.filterTag !== tag)) continue;
        const common = {
          TopicOwner: options.accountId,
          TopicName: topic,
          Subscriber: options.accountId,
          SubscriptionName: sub.name,
          MessageId: messageId,
        };
        if (sub.format === 'SIMPLIFIED') enqueue(sub.queue, body);
        else if (sub.format === 'JSON') {
          enqueue(
            sub.queue,
            JSON.stringify({
              ...common,
              Message: body,
              MessageMD5: md5,
              ...(tag ? { MessageTag: tag } : {}),
              PublishTime: publishTime,
            }),
          );
        } else {
          const fields = {
            ...common,
            Message: body,
            MessageMD5: md5,
            ...(tag ? { MessageTag: tag } : {}),
            PublishTime: publishTime,
          };
          const children = Object.entries(fields)
            .map(([key, value]) => `<${key}>${escapeXml(value)}</${key}>`)
            .join('');
          enqueue(
            sub.queue,
            `<?xml version="1.0" encoding="utf-8"?><Notification xmlns="http://mns.aliyuncs.com/doc/v1/">${children}</Notification>`,
          );
        }
      }
    },
  };
}
