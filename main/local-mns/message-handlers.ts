/** Message operations (protocol spec §3.6–§3.13). */
import { MnsError, mnsError, schemaError } from './errors';
import type { Handler, HandlerContext, OutcomeDraft } from './handler-context';
import { required } from './handler-context';
import type { LeasedMessage, StoredMessage } from './message-queue';
import { checkRange, LIMITS } from './queue-attributes';
import type { HandleOutcome } from './queue-store';
import {
  parseInteger,
  readMessageElement,
  readMessagesDocument,
  readReceiptHandlesDocument,
  requireRoot,
} from './request-xml';
import type { MessageFields } from './request-xml';
import { leaf, node } from './response-xml';
import type { XmlDocument, XmlNode } from './response-xml';

function sendInput(fields: MessageFields): {
  body: string;
  delaySeconds?: number;
  priority?: number;
} {
  if (fields.body === undefined) throw schemaError('MessageBody');
  return {
    body: fields.body,
    ...(fields.delaySeconds === undefined ? {} : { delaySeconds: fields.delaySeconds }),
    ...(fields.priority === undefined ? {} : { priority: fields.priority }),
  };
}

const sendMessage: Handler = (context) => {
  const queue = required(context.route.queue);
  context.store.queues.getQueue(queue);
  const root = requireRoot(context.body, 'Message');
  if (root === undefined) throw schemaError('MessageBody');
  const sent = context.store.queues.sendMessage(queue, sendInput(readMessageElement(root)));
  context.outcome.committed = true;
  context.outcome.messageIds.push(sent.messageId);
  const children = [leaf('MessageId', sent.messageId), leaf('MessageBodyMD5', sent.bodyMd5)];
  if (sent.receiptHandle !== undefined) {
    context.outcome.issuedReceiptHandles.push(sent.receiptHandle);
    children.push(leaf('ReceiptHandle', sent.receiptHandle));
  }
  return { status: 201, document: { root: 'Message', children } };
};

const batchSendMessage: Handler = (context) => {
  const queue = required(context.route.queue);
  context.store.queues.getQueue(queue);
  const entries = readMessagesDocument(context.body);
  checkRange('Messages', entries.length, LIMITS.batch, 'messages');
  const total = entries.reduce(
    (sum, entry) =>
      sum + (entry instanceof MnsError ? 0 : Buffer.byteLength(entry.body ?? '', 'utf8')),
    0,
  );
  if (total > LIMITS.batchPayloadBytes) {
    throw new MnsError(
      400,
      'InvalidArgument',
      `The total size of Messages should not exceed ${LIMITS.batchPayloadBytes} bytes.`,
    );
  }
  let failed = false;
  const items = entries.map((entry) => {
    try {
      if (entry instanceof MnsError) throw entry;
      const sent = context.store.queues.sendMessage(queue, sendInput(entry));
      context.outcome.committed = true;
      context.outcome.messageIds.push(sent.messageId);
      return node('Message', [
        leaf('MessageId', sent.messageId),
        leaf('MessageBodyMD5', sent.bodyMd5),
      ]);
    } catch (error) {
      if (!(error instanceof MnsError)) throw error;
      failed = true;
      return node('Message', [leaf('ErrorCode', error.code), leaf('ErrorMessage', error.message)]);
    }
  });
  const status = failed ? context.compat.batchSendFailureStatus : 201;
  return { status, document: { root: 'Messages', children: items } };
};

function numOfMessages(context: HandlerContext): number {
  const raw = context.route.query.get('numofmessages') ?? '';
  return checkRange('numOfMessages', parseInteger(raw, 'numOfMessages'), LIMITS.batch, '');
}

function receivedNodes(leased: LeasedMessage): XmlNode[] {
  const { message, handle } = leased;
  return [
    leaf('MessageId', message.messageId),
    leaf('ReceiptHandle', handle),
    leaf('MessageBodyMD5', message.bodyMd5),
    leaf('MessageBody', message.body),
    leaf('EnqueueTime', message.enqueueTime),
    leaf('NextVisibleTime', message.visibleAt),
    leaf('FirstDequeueTime', message.firstDequeueTime ?? message.enqueueTime),
    leaf('DequeueCount', message.dequeueCount),
    leaf('Priority', message.priority),
  ];
}

function peekedNodes(context: HandlerContext, message: StoredMessage): XmlNode[] {
  const unreceived =
    context.compat.firstDequeueTimeBeforeReceive === 'zero' ? 0 : message.enqueueTime;
  return [
    leaf('MessageId', message.messageId),
    leaf('MessageBody', message.body),
    leaf('MessageBodyMD5', message.bodyMd5),
    leaf('EnqueueTime', message.enqueueTime),
    leaf('FirstDequeueTime', message.firstDequeueTime ?? unreceived),
    leaf('DequeueCount', message.dequeueCount),
    leaf('Priority', message.priority),
  ];
}

function messagesDocument(batch: boolean, messages: XmlNode[][]): XmlDocument {
  if (!batch) return { root: 'Message', children: messages[0] ?? [] };
  return { root: 'Messages', children: messages.map((children) => node('Message', children)) };
}

async function receive(context: HandlerContext, batch: boolean) {
  const name = required(context.route.queue);
  const queue = context.store.queues.getQueue(name);
  const limit = batch ? numOfMessages(context) : 1;
  const rawWait = context.route.query.get('waitseconds');
  const waitSeconds =
    rawWait === undefined
      ? queue.attributes.pollingWaitSeconds
      : checkRange(
          'waitseconds',
          parseInteger(rawWait, 'waitseconds'),
          LIMITS.pollingWaitSeconds,
          'seconds',
        );
  const outcome = await context.store.queues.receive(name, {
    limit,
    batch,
    waitMs: waitSeconds * 1000,
    signal: context.signal,
    onPark: () => {
      context.outcome.parked = true;
    },
    ...(context.maxBatch === undefined ? {} : { maxBatch: context.maxBatch }),
  });
  switch (outcome.kind) {
    case 'delivered':
      context.outcome.committed = true;
      for (const { message, handle } of outcome.items) {
        context.outcome.messageIds.push(message.messageId);
        context.outcome.issuedReceiptHandles.push(handle);
      }
      return { status: 200, document: messagesDocument(batch, outcome.items.map(receivedNodes)) };
    case 'queue-deleted':
      throw mnsError('QueueNotExist');
    case 'shutdown':
      throw mnsError('ServiceUnavailable');
    default:
      // empty, timeout, capped (the cloud's immediate 404 over its long-poll cap), cancelled.
      throw mnsError('MessageNotExist');
  }
}

const peek =
  (batch: boolean): Handler =>
  (context) => {
    const name = required(context.route.queue);
    const limit = Math.min(batch ? numOfMessages(context) : 1, context.maxBatch ?? LIMITS.batch[1]);
    const messages = context.store.queues.peek(name, limit, batch);
    if (messages.length === 0) throw mnsError('MessageNotExist');
    return {
      status: 200,
      document: messagesDocument(
        batch,
        messages.map((message) => peekedNodes(context, message)),
      ),
    };
  };

function recordHandle(outcome: OutcomeDraft, handle: string, result: HandleOutcome<object>): void {
  outcome.receiptHandles.push(handle);
  outcome.handleWasNewest.push(result.ok || result.newest);
  outcome.handleResults.push(result.ok ? 'ok' : result.error.code);
  if (result.ok) {
    outcome.committed = true;
    outcome.messageIds.push(result.messageId);
  }
}

const deleteMessage: Handler = (context) => {
  const name = required(context.route.queue);
  context.store.queues.getQueue(name);
  const handle = context.route.query.get('receipthandle') ?? '';
  if (handle === '') throw mnsError('MissingReceiptHandle');
  const result = context.store.queues.deleteMessage(name, handle);
  recordHandle(context.outcome, handle, result);
  if (!result.ok) throw result.error;
  return { status: 204 };
};

const batchDeleteMessage: Handler = (context) => {
  const name = required(context.route.queue);
  context.store.queues.getQueue(name);
  const handles = readReceiptHandlesDocument(context.body);
  checkRange('ReceiptHandles', handles.length, LIMITS.batch, 'handles');
  const errors: XmlNode[] = [];
  for (const handle of handles) {
    const result = context.store.queues.deleteMessage(name, handle);
    recordHandle(context.outcome, handle, result);
    if (!result.ok) {
      errors.push(
        node('Error', [
          leaf('ErrorCode', result.error.code),
          leaf('ErrorMessage', result.error.message),
          leaf('ReceiptHandle', handle),
        ]),
      );
    }
  }
  if (errors.length === 0) return { status: 204 };
  return {
    status: context.compat.batchDeleteFailureStatus,
    document: { root: 'Errors', children: errors },
  };
};

const changeMessageVisibility: Handler = (context) => {
  const name = required(context.route.queue);
  context.store.queues.getQueue(name);
  const handle = context.route.query.get('receipthandle') ?? '';
  if (handle === '') throw mnsError('MissingReceiptHandle');
  const rawSeconds = context.route.query.get('visibilitytimeout');
  if (rawSeconds === undefined || rawSeconds === '') throw mnsError('MissingVisibilityTimeout');
  const seconds = checkRange(
    'VisibilityTimeout',
    parseInteger(rawSeconds, 'VisibilityTimeout'),
    LIMITS.visibilityTimeout,
    'seconds',
  );
  const result = context.store.queues.changeVisibility(name, handle, seconds);
  recordHandle(context.outcome, handle, result);
  if (!result.ok) throw result.error;
  context.outcome.issuedReceiptHandles.push(result.handle);
  return {
    status: 200,
    document: {
      root: 'ChangeVisibility',
      children: [
        leaf('ReceiptHandle', result.handle),
        leaf('NextVisibleTime', result.nextVisibleTime),
      ],
    },
  };
};

/** Handlers by operation. */
export const MESSAGE_HANDLERS = {
  SendMessage: sendMessage,
  BatchSendMessage: batchSendMessage,
  ReceiveMessage: (context: HandlerContext) => receive(context, false),
  BatchReceiveMessage: (context: HandlerContext) => receive(context, true),
  PeekMessage: peek(false),
  BatchPeekMessage: peek(true),
  DeleteMessage: deleteMessage,
  BatchDeleteMessage: batchDeleteMessage,
  ChangeMessageVisibility: changeMessageVisibility,
} as const;
