/** Queue CRUD operations (protocol spec §3.1–§3.5). */
import type { Handler, HandlerContext } from './handler-context';
import { pagingHeaders, required, withMeta } from './handler-context';
import type { MessageQueue } from './message-queue';
import { readQueueDocument } from './request-xml';
import { leaf, node } from './response-xml';
import type { XmlNode } from './response-xml';

function queueUrl(context: HandlerContext, name: string): string {
  return `${context.baseUrl}/queues/${name}`;
}

/** The 12 GetQueueAttributes elements in documented order (Python requires all of them). */
export function queueAttributeNodes(queue: MessageQueue, now: number): XmlNode[] {
  const counts = queue.counts(now);
  const { attributes } = queue;
  return [
    leaf('QueueName', queue.name),
    leaf('CreateTime', Math.floor(queue.createTime / 1000)),
    leaf('LastModifyTime', Math.floor(queue.lastModifyTime / 1000)),
    leaf('DelaySeconds', attributes.delaySeconds),
    leaf('MaximumMessageSize', attributes.maximumMessageSize),
    leaf('MessageRetentionPeriod', attributes.messageRetentionPeriod),
    leaf('VisibilityTimeout', attributes.visibilityTimeout),
    leaf('PollingWaitSeconds', attributes.pollingWaitSeconds),
    leaf('ActiveMessages', counts.active),
    leaf('InactiveMessages', counts.inactive),
    leaf('DelayMessages', counts.delayed),
    leaf('LoggingEnabled', attributes.loggingEnabled ? 'True' : 'False'),
  ];
}

const createQueue: Handler = (context) => {
  const name = required(context.route.queue);
  const outcome = context.store.queues.createQueue(name, readQueueDocument(context.body));
  if (outcome === 'identical') return { status: 204 };
  context.outcome.committed = true;
  return { status: 201, headers: { Location: queueUrl(context, name) } };
};

const setQueueAttributes: Handler = (context) => {
  context.store.queues.setQueueAttributes(
    required(context.route.queue),
    readQueueDocument(context.body),
  );
  context.outcome.committed = true;
  return { status: 204 };
};

const getQueueAttributes: Handler = (context) => {
  const queue = context.store.queues.getQueue(required(context.route.queue));
  return {
    status: 200,
    document: { root: 'Queue', children: queueAttributeNodes(queue, nowOf(context)) },
  };
};

const deleteQueue: Handler = (context) => {
  context.store.queues.deleteQueue(required(context.route.queue));
  context.outcome.committed = true;
  return { status: 204 };
};

const listQueue: Handler = (context) => {
  const { prefix, marker, limit } = pagingHeaders(context.headers);
  const meta = withMeta(context.headers);
  const page = context.store.queues.listQueues(prefix, marker, limit);
  const items = page.queues.map((queue) => {
    const url = leaf('QueueURL', queueUrl(context, queue.name));
    if (meta) return node('Queue', [url, ...queueAttributeNodes(queue, nowOf(context))]);
    return node(
      'Queue',
      context.compat.listIncludesNames ? [url, leaf('QueueName', queue.name)] : [url],
    );
  });
  const next = page.nextMarker === undefined ? [] : [leaf('NextMarker', page.nextMarker)];
  return { status: 200, document: { root: 'Queues', children: [...items, ...next] } };
};

function nowOf(context: HandlerContext): number {
  return context.store.clock.now();
}

/** Handlers by operation. */
export const QUEUE_HANDLERS = {
  CreateQueue: createQueue,
  SetQueueAttributes: setQueueAttributes,
  GetQueueAttributes: getQueueAttributes,
  DeleteQueue: deleteQueue,
  ListQueue: listQueue,
} as const;
