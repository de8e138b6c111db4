/**
 * Topics and their subscriptions (protocol spec §3.14, §7). Publishing pushes synchronously into
 * subscribed queues; a subscription whose queue is missing (or rejects the body) is skipped, where
 * the real service would retry per NotifyStrategy.
 */
import type { ServerClock } from './clock';
import { MnsError, mnsError } from './errors';
import { notificationBody } from './notifications';
import type { NotifyContentFormat } from './notifications';
import { checkRange, LIMITS, mergeAttributes } from './queue-attributes';
import { checkName, checkXmlText, createMessageIdFactory, md5Upper } from './identifiers';
import type { SendInput } from './queue-store';
import type { SubscriptionFields, TopicAttributeFields } from './request-xml';

/** A topic's settable attributes. */
export interface TopicAttributes {
  maximumMessageSize: number;
  loggingEnabled: boolean;
}

/** A subscription as stored. */
export interface Subscription {
  readonly name: string;
  readonly topic: string;
  readonly endpoint: string;
  readonly filterTag: string;
  notifyStrategy: string;
  readonly notifyContentFormat: NotifyContentFormat;
  readonly createTime: number;
  lastModifyTime: number;
}

/** A topic as stored. */
export interface Topic {
  readonly name: string;
  attributes: TopicAttributes;
  readonly createTime: number;
  lastModifyTime: number;
  readonly publishTimes: number[];
  readonly subscriptions: Map<string, Subscription>;
}

/** One push made (or skipped) by PublishMessage. */
export interface Delivery {
  subscription: string;
  queue?: string;
  messageId?: string;
  skipped?: string;
}

/** How TopicStore reaches queues. */
export interface TopicStoreOptions {
  clock: ServerClock;
  accountId: string;
  deliver: (queue: string, input: SendInput) => { messageId: string };
}

/** Topic messages are kept one day (spec §5.5); MessageCount counts those. */
export const TOPIC_RETENTION_SECONDS = 86400;
const STRATEGIES = new Set(['BACKOFF_RETRY', 'EXPONENTIAL_DECAY_RETRY']);
const FORMATS = new Set<string>(['XML', 'JSON', 'SIMPLIFIED']);
const QUEUE_ENDPOINT =
  /^acs:mns:[A-Za-z0-9-]+:([A-Za-z0-9]+):\/?queues\/([A-Za-z0-9][A-Za-z0-9-]*)$/;

function mergeTopicAttributes(
  base: TopicAttributes,
  fields: TopicAttributeFields,
): TopicAttributes {
  return mergeAttributes(base, fields, ['maximumMessageSize']);
}

/** All topics of one local server. */
export class TopicStore {
  private readonly topics = new Map<string, Topic>();
  private readonly messageId = createMessageIdFactory();
  private nextSeq = 1;

  constructor(private readonly options: TopicStoreOptions) {}

  /** CreateTopic: 'identical' when it exists with the same attributes, 409 when they differ. */
  createTopic(name: string, fields: TopicAttributeFields = {}): 'created' | 'identical' {
    checkName(name, 'TopicNameLengthError', 'TopicNameInvalid', LIMITS.nameLength);
    const attributes = mergeTopicAttributes(
      { maximumMessageSize: 65536, loggingEnabled: false },
      fields,
    );
    const existing = this.topics.get(name);
    if (existing !== undefined) {
      const same =
        existing.attributes.maximumMessageSize === attributes.maximumMessageSize &&
        existing.attributes.loggingEnabled === attributes.loggingEnabled;
      if (same) return 'identical';
      throw mnsError('TopicAlreadyExist');
    }
    const now = this.options.clock.now();
    this.topics.set(name, {
      name,
      attributes,
      createTime: now,
      lastModifyTime: now,
      publishTimes: [],
      subscriptions: new Map(),
    });
    return 'created';
  }

  /** SetTopicAttributes. */
  setTopicAttributes(name: string, fields: TopicAttributeFields): void {
    const topic = this.getTopic(name);
    topic.attributes = mergeTopicAttributes(topic.attributes, fields);
    topic.lastModifyTime = this.options.clock.now();
  }

  /** The topic, or 404 TopicNotExist. */
  getTopic(name: string): Topic {
    const topic = this.topics.get(name);
    if (topic === undefined) throw mnsError('TopicNotExist');
    return topic;
  }

  /** Whether a topic exists. */
  hasTopic(name: string): boolean {
    return this.topics.has(name);
  }

  /** DeleteTopic (and its subscriptions); a missing topic is not an error. */
  deleteTopic(name: string): void {
    this.topics.delete(name);
  }

  /** Messages published within the retention day. */
  messageCount(topic: Topic): number {
    const cutoff = this.options.clock.now() - TOPIC_RETENTION_SECONDS * 1000;
    while ((topic.publishTimes[0] ?? Infinity) <= cutoff) topic.publishTimes.shift();
    return topic.publishTimes.length;
  }

  /** Topic names filtered by prefix from `marker` (inclusive). */
  listTopics(
    prefix: string,
    marker: string,
    limit: number,
  ): { topics: Topic[]; nextMarker?: string } {
    const names = [...this.topics.keys()]
      .filter((name) => name.startsWith(prefix) && name >= marker)
      .sort();
    const page = names.slice(0, limit).map((name) => this.getTopic(name));
    const next = names[limit];
    return next === undefined ? { topics: page } : { topics: page, nextMarker: next };
  }

  /** PublishMessage: one queue message per matching queue subscription. */
  publish(
    name: string,
    body: string,
    tag?: string,
  ): { messageId: string; bodyMd5: string; deliveries: Delivery[] } {
    const topic = this.getTopic(name);
    checkRange(
      'MessageBody',
      Buffer.byteLength(checkXmlText('MessageBody', body), 'utf8'),
      [1, topic.attributes.maximumMessageSize],
      'bytes',
    );
    if (tag !== undefined && checkXmlText('MessageTag', tag).length > LIMITS.tagLength) {
      throw checkTagError('MessageTag');
    }
    const now = this.options.clock.now();
    const seq = this.nextSeq++;
    const messageId = this.messageId({ time: now, seq });
    const bodyMd5 = md5Upper(body);
    topic.publishTimes.push(now);
    const deliveries = [...topic.subscriptions.values()].map((subscription) =>
      this.push(subscription, {
        messageId,
        body,
        bodyMd5,
        now,
        ...(tag === undefined ? {} : { tag }),
      }),
    );
    return { messageId, bodyMd5, deliveries };
  }

  private push(
    subscription: Subscription,
    message: { messageId: string; body: string; bodyMd5: string; now: number; tag?: string },
  ): Delivery {
    const base = { subscription: subscription.name };
    if (subscription.filterTag !== '' && subscription.filterTag !== message.tag) {
      return { ...base, skipped: 'FilterTag does not match' };
    }
    const queue = QUEUE_ENDPOINT.exec(subscription.endpoint)?.[2];
    if (queue === undefined) return { ...base, skipped: 'not a queue endpoint' };
    const queueBody = notificationBody(subscription.notifyContentFormat, {
      accountId: this.options.accountId,
      topic: subscription.topic,
      subscription: subscription.name,
      topicMessageId: message.messageId,
      body: message.body,
      bodyMd5: message.bodyMd5,
      publishTime: message.now,
      ...(message.tag === undefined ? {} : { tag: message.tag }),
    });
    try {
      const sent = this.options.deliver(queue, { body: queueBody, delaySeconds: 0, priority: 8 });
      return { ...base, queue, messageId: sent.messageId };
    } catch (error) {
      if (error instanceof MnsError) return { ...base, queue, skipped: error.code };
      throw error;
    }
  }

  /** Subscribe: 'identical' when it exists with the same settings, 409 when they differ. */
  subscribe(topicName: string, name: string, fields: SubscriptionFields): 'created' | 'identical' {
    const topic = this.getTopic(topicName);
    checkName(
      name,
      'SubscriptionNameLengthError',
      'SubscriptionNameInvalid',
      LIMITS.subscriptionNameLength,
    );
    const endpoint = fields.endpoint ?? '';
    const account = QUEUE_ENDPOINT.exec(endpoint)?.[1];
    const isHttp = /^https?:\/\/[^\s]+$/.test(endpoint);
    // Queue endpoints must be in this account; HTTP endpoints are stored but never pushed to.
    if (!isHttp && account !== this.options.accountId) throw mnsError('InvalidEndpoint');
    const filterTag = fields.filterTag ?? '';
    if (filterTag.length > LIMITS.tagLength) throw checkTagError('FilterTag');
    const notifyStrategy = fields.notifyStrategy ?? 'BACKOFF_RETRY';
    if (!STRATEGIES.has(notifyStrategy)) throw valueError('NotifyStrategy');
    const format = fields.notifyContentFormat ?? 'XML';
    if (!FORMATS.has(format)) throw valueError('NotifyContentFormat');
    const existing = topic.subscriptions.get(name);
    if (existing !== undefined) {
      const same =
        existing.endpoint === endpoint &&
        existing.filterTag === filterTag &&
        existing.notifyStrategy === notifyStrategy &&
        existing.notifyContentFormat === format;
      if (same) return 'identical';
      throw mnsError('SubscriptionAlreadyExist');
    }
    const now = this.options.clock.now();
    topic.subscriptions.set(name, {
      name,
      topic: topicName,
      endpoint,
      filterTag,
      notifyStrategy,
      notifyContentFormat: format as NotifyContentFormat,
      createTime: now,
      lastModifyTime: now,
    });
    return 'created';
  }

  /** SetSubscriptionAttributes: only NotifyStrategy can change. */
  setSubscriptionAttributes(topicName: string, name: string, fields: SubscriptionFields): void {
    const subscription = this.getSubscription(topicName, name);
    if (fields.notifyStrategy !== undefined) {
      if (!STRATEGIES.has(fields.notifyStrategy)) throw valueError('NotifyStrategy');
      subscription.notifyStrategy = fields.notifyStrategy;
    }
    subscription.lastModifyTime = this.options.clock.now();
  }

  /** The subscription, or 404 TopicNotExist / SubscriptionNotExist. */
  getSubscription(topicName: string, name: string): Subscription {
    const subscription = this.getTopic(topicName).subscriptions.get(name);
    if (subscription === undefined) throw mnsError('SubscriptionNotExist');
    return subscription;
  }

  /** Unsubscribe; a missing subscription is not an error. */
  unsubscribe(topicName: string, name: string): void {
    this.getTopic(topicName).subscriptions.delete(name);
  }

  /** Subscriptions of a topic filtered by prefix from `marker` (inclusive). */
  listSubscriptions(
    topicName: string,
    prefix: string,
    marker: string,
    limit: number,
  ): { subscriptions: Subscription[]; nextMarker?: string } {
    const topic = this.getTopic(topicName);
    const names = [...topic.subscriptions.keys()]
      .filter((name) => name.startsWith(prefix) && name >= marker)
      .sort();
    const page = names.slice(0, limit).flatMap((name) => topic.subscriptions.get(name) ?? []);
    const next = names[limit];
    return next === undefined ? { subscriptions: page } : { subscriptions: page, nextMarker: next };
  }
}

function checkTagError(element: string): MnsError {
  return new MnsError(
    400,
    'InvalidArgument',
    `The length of ${element} should between 0 and ${LIMITS.tagLength}.`,
  );
}

function valueError(element: string): MnsError {
  return new MnsError(400, 'InvalidArgument', `The value of ${element} is invalid.`);
}
