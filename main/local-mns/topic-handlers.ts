/** Topic and subscription operations (protocol spec §3.14, §7). */
import { schemaError } from './errors';
import type { Handler, HandlerContext } from './handler-context';
import { pagingHeaders, required } from './handler-context';
import {
  readMessageElement,
  readSubscriptionDocument,
  readTopicDocument,
  requireRoot,
} from './request-xml';
import { leaf, node } from './response-xml';
import type { Subscription } from './topics';
import { TOPIC_RETENTION_SECONDS } from './topics';

function topicUrl(context: HandlerContext, topic: string): string {
  return `${context.baseUrl}/topics/${topic}`;
}

function subscriptionUrl(context: HandlerContext, topic: string, subscription: string): string {
  return `${topicUrl(context, topic)}/subscriptions/${subscription}`;
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

const createTopic: Handler = (context) => {
  const name = required(context.route.topic);
  const outcome = context.store.topics.createTopic(name, readTopicDocument(context.body));
  if (outcome === 'identical') return { status: 204 };
  context.outcome.committed = true;
  return { status: 201, headers: { Location: topicUrl(context, name) } };
};

const setTopicAttributes: Handler = (context) => {
  context.store.topics.setTopicAttributes(
    required(context.route.topic),
    readTopicDocument(context.body),
  );
  context.outcome.committed = true;
  return { status: 204 };
};

const getTopicAttributes: Handler = (context) => {
  const topic = context.store.topics.getTopic(required(context.route.topic));
  return {
    status: 200,
    document: {
      root: 'Topic',
      children: [
        leaf('TopicName', topic.name),
        leaf('CreateTime', seconds(topic.createTime)),
        leaf('LastModifyTime', seconds(topic.lastModifyTime)),
        leaf('MaximumMessageSize', topic.attributes.maximumMessageSize),
        leaf('MessageRetentionPeriod', TOPIC_RETENTION_SECONDS),
        leaf('MessageCount', context.store.topics.messageCount(topic)),
        leaf('LoggingEnabled', topic.attributes.loggingEnabled ? 'True' : 'False'),
      ],
    },
  };
};

const deleteTopic: Handler = (context) => {
  context.store.topics.deleteTopic(required(context.route.topic));
  context.outcome.committed = true;
  return { status: 204 };
};

const listTopic: Handler = (context) => {
  const { prefix, marker, limit } = pagingHeaders(context.headers);
  const page = context.store.topics.listTopics(prefix, marker, limit);
  const items = page.topics.map((topic) => {
    const url = leaf('TopicURL', topicUrl(context, topic.name));
    return node(
      'Topic',
      context.compat.listIncludesNames ? [url, leaf('TopicName', topic.name)] : [url],
    );
  });
  const next = page.nextMarker === undefined ? [] : [leaf('NextMarker', page.nextMarker)];
  return { status: 200, document: { root: 'Topics', children: [...items, ...next] } };
};

const publishMessage: Handler = (context) => {
  const name = required(context.route.topic);
  context.store.topics.getTopic(name);
  const root = requireRoot(context.body, 'Message');
  if (root === undefined) throw schemaError('MessageBody');
  const fields = readMessageElement(root);
  if (fields.body === undefined) throw schemaError('MessageBody');
  const published = context.store.topics.publish(name, fields.body, fields.tag);
  context.outcome.committed = true;
  context.outcome.messageIds.push(published.messageId);
  for (const delivery of published.deliveries) {
    if (delivery.messageId !== undefined) context.outcome.messageIds.push(delivery.messageId);
  }
  return {
    status: 201,
    document: {
      root: 'Message',
      children: [leaf('MessageId', published.messageId), leaf('MessageBodyMD5', published.bodyMd5)],
    },
  };
};

const subscribe: Handler = (context) => {
  const topic = required(context.route.topic);
  const name = required(context.route.subscription);
  const outcome = context.store.topics.subscribe(
    topic,
    name,
    readSubscriptionDocument(context.body),
  );
  if (outcome === 'identical') return { status: 204 };
  context.outcome.committed = true;
  return { status: 201, headers: { Location: subscriptionUrl(context, topic, name) } };
};

const setSubscriptionAttributes: Handler = (context) => {
  const topic = required(context.route.topic);
  const name = required(context.route.subscription);
  context.store.topics.setSubscriptionAttributes(
    topic,
    name,
    readSubscriptionDocument(context.body),
  );
  context.outcome.committed = true;
  return { status: 204 };
};

function subscriptionNodes(context: HandlerContext, subscription: Subscription) {
  const accountId = context.store.accountId;
  return [
    leaf('SubscriptionName', subscription.name),
    leaf('Subscriber', accountId),
    leaf('TopicOwner', accountId),
    leaf('TopicName', subscription.topic),
    leaf('Endpoint', subscription.endpoint),
    leaf('NotifyStrategy', subscription.notifyStrategy),
    leaf('NotifyContentFormat', subscription.notifyContentFormat),
    leaf('FilterTag', subscription.filterTag),
    leaf('CreateTime', seconds(subscription.createTime)),
    leaf('LastModifyTime', seconds(subscription.lastModifyTime)),
  ];
}

const getSubscriptionAttributes: Handler = (context) => {
  const subscription = context.store.topics.getSubscription(
    required(context.route.topic),
    required(context.route.subscription),
  );
  return {
    status: 200,
    document: { root: 'Subscription', children: subscriptionNodes(context, subscription) },
  };
};

const unsubscribe: Handler = (context) => {
  context.store.topics.unsubscribe(
    required(context.route.topic),
    required(context.route.subscription),
  );
  context.outcome.committed = true;
  return { status: 204 };
};

const listSubscriptionByTopic: Handler = (context) => {
  const topic = required(context.route.topic);
  const { prefix, marker, limit } = pagingHeaders(context.headers);
  const page = context.store.topics.listSubscriptions(topic, prefix, marker, limit);
  const items = page.subscriptions.map((subscription) => {
    const url = leaf('SubscriptionURL', subscriptionUrl(context, topic, subscription.name));
    return node(
      'Subscription',
      context.compat.listIncludesNames ? [url, leaf('SubscriptionName', subscription.name)] : [url],
    );
  });
  const next = page.nextMarker === undefined ? [] : [leaf('NextMarker', page.nextMarker)];
  return { status: 200, document: { root: 'Subscriptions', children: [...items, ...next] } };
};

/** Handlers by operation. */
export const TOPIC_HANDLERS = {
  CreateTopic: createTopic,
  SetTopicAttributes: setTopicAttributes,
  GetTopicAttributes: getTopicAttributes,
  DeleteTopic: deleteTopic,
  ListTopic: listTopic,
  PublishMessage: publishMessage,
  Subscribe: subscribe,
  SetSubscriptionAttributes: setSubscriptionAttributes,
  GetSubscriptionAttributes: getSubscriptionAttributes,
  Unsubscribe: unsubscribe,
  ListSubscriptionByTopic: listSubscriptionByTopic,
} as const;
