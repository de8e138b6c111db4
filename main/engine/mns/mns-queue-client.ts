import { createMnsSdk } from './alicloud-mns-sdk';
import {
  requireArgument,
  requireQueueName,
  requireReceiptHandle,
  requireWholeNumber,
} from './call-arguments';
import type { MnsEndpoint } from './endpoint';
import { isMnsError } from './mns-error';
import type { DeleteOutcome, QueueClient } from './queue-client';
import type { CapturedResponse } from './response-capture';
import { createSdkCaller, expectStatus } from './sdk-call';
import type { SdkResponse } from './sdk-call';
import {
  childOf,
  rawMessageXml,
  toBatchDeleteErrors,
  toPeekedMessages,
  toQueueAttributes,
  toQueuePage,
  toReceivedMessages,
  toVisibilityChange,
} from './sdk-response';
import { systemClock } from './signing-clock';
import type { Clock } from './signing-clock';

/** AccessKey credentials, optionally temporary (STS) with a way to renew them. */
export interface MnsCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
  refreshSecurityToken?:
    | (() => Promise<{ accessKeyId: string; accessKeySecret: string; securityToken: string }>)
    | undefined;
}

/** What a client needs: a validated endpoint, credentials and (for tests) a clock. */
export interface MnsQueueClientOptions {
  endpoint: MnsEndpoint;
  credentials: MnsCredentials;
  clock?: Clock;
  /** A dead network should be noticed quickly on a desktop. */
  connectTimeoutMs?: number;
  /** Budget for calls that do not long-poll, and added on top of a long poll's wait. */
  requestTimeoutMs?: number;
}

/** Creates a QueueClient that talks to MNS through the official SDK. */
export function createMnsQueueClient(options: MnsQueueClientOptions): QueueClient {
  const { endpoint, credentials } = options;
  const requestTimeoutMs = options.requestTimeoutMs ?? 20_000;
  const caller = createSdkCaller({
    secure: endpoint.secure,
    host: new URL(endpoint.url).host,
    clock: options.clock ?? systemClock,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
  });
  const sdk = createMnsSdk({
    accountId: endpoint.accountId,
    endpoint: endpoint.url,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken,
    refreshSecurityToken: credentials.refreshSecurityToken,
  });

  return {
    async receive(queue, { max, waitSeconds, signal }) {
      requireQueueName('receive', queue);
      requireWholeNumber('receive', max, 1, 16, 'max must be 1 to 16 messages.');
      requireWholeNumber('receive', waitSeconds, 0, 30, 'waitSeconds must be 0 to 30.');
      const single = max === 1;
      const resource = single
        ? `/queues/${queue}/messages?waitseconds=${waitSeconds}`
        : `/queues/${queue}/messages?numOfMessages=${max}&waitseconds=${waitSeconds}`;
      return orEmpty(
        caller.run({
          operation: 'receive',
          queue,
          signal,
          // The read budget must outlast the long poll itself.
          readTimeoutMs: waitSeconds * 1000 + requestTimeoutMs,
          send: (o) => sdk.get(resource, single ? 'Message' : 'Messages', o),
          accept: (response, raw) => readMessages(response, raw, single, toReceivedMessages),
        }),
      );
    },

    async peek(queue, { max, signal }) {
      requireQueueName('peek', queue);
      requireWholeNumber('peek', max, 1, 16, 'max must be 1 to 16 messages.');
      const single = max === 1;
      const resource = single
        ? `/queues/${queue}/messages?peekonly=true`
        : `/queues/${queue}/messages?peekonly=true&numOfMessages=${max}`;
      return orEmpty(
        caller.run({
          operation: 'peek',
          queue,
          signal,
          readTimeoutMs: requestTimeoutMs,
          send: (o) => sdk.get(resource, single ? 'Message' : 'Messages', o),
          accept: (response, raw) => readMessages(response, raw, single, toPeekedMessages),
        }),
      );
    },

    async delete(queue, receiptHandle, callOptions) {
      requireQueueName('delete', queue);
      requireReceiptHandle('delete', receiptHandle);
      const resource = `/queues/${queue}/messages?ReceiptHandle=${receiptHandle}`;
      await caller.run({
        operation: 'delete',
        queue,
        signal: callOptions?.signal,
        readTimeoutMs: requestTimeoutMs,
        send: (o) => sdk.delete(resource, 'Message', '', [], o),
        // Only 204 means deleted; the SDK itself resolves for any non-XML answer.
        accept: (response, raw) => expectStatus(response, raw, 204),
      });
    },

    async deleteBatch(queue, receiptHandles, callOptions) {
      requireQueueName('batch-delete', queue);
      requireArgument(
        'batch-delete',
        receiptHandles.length >= 1 && receiptHandles.length <= 16,
        'A batch delete takes 1 to 16 receipt handles.',
      );
      for (const handle of receiptHandles) requireReceiptHandle('batch-delete', handle);
      const body = batchDeleteXml(receiptHandles);
      return caller.run({
        operation: 'batch-delete',
        queue,
        signal: callOptions?.signal,
        readTimeoutMs: requestTimeoutMs,
        send: (o) => sdk.delete(`/queues/${queue}/messages`, 'Errors', body, [], o),
        accept: (response, raw): DeleteOutcome[] => {
          if (response.code === 204) {
            return receiptHandles.map((receiptHandle) => ({ receiptHandle, deleted: true }));
          }
          // A partial failure is a non-2xx status with an <Errors> list; anything else is no result.
          if (response.body === undefined) expectStatus(response, raw, 204);
          const errors = toBatchDeleteErrors(childOf(response.body, 'Error'));
          return receiptHandles.map((receiptHandle): DeleteOutcome => {
            const error = errors.find((e) => e.receiptHandle === receiptHandle);
            if (error === undefined) return { receiptHandle, deleted: true };
            const stale =
              error.errorCode === 'ReceiptHandleError' || error.errorCode === 'MessageNotExist';
            const { errorCode, errorMessage } = error;
            return { receiptHandle, deleted: false, errorCode, errorMessage, stale };
          });
        },
      });
    },

    async changeVisibility(queue, receiptHandle, seconds, callOptions) {
      requireQueueName('change-visibility', queue);
      requireReceiptHandle('change-visibility', receiptHandle);
      requireWholeNumber(
        'change-visibility',
        seconds,
        1,
        43_200,
        'The visibility timeout must be 1 to 43200 seconds.',
      );
      const resource = `/queues/${queue}/messages?receiptHandle=${receiptHandle}&visibilityTimeout=${seconds}`;
      return caller.run({
        operation: 'change-visibility',
        queue,
        signal: callOptions?.signal,
        readTimeoutMs: requestTimeoutMs,
        send: (o) => sdk.put(resource, 'ChangeVisibility', '', [], o),
        accept: (response, raw) => {
          expectStatus(response, raw, 200);
          return toVisibilityChange(response.body);
        },
      });
    },

    async listQueues(listOptions) {
      const pageSize = listOptions?.pageSize ?? 1000;
      requireWholeNumber('list-queues', pageSize, 1, 1000, 'pageSize must be 1 to 1000.');
      const headers: Record<string, string> = { 'x-mns-ret-number': String(pageSize) };
      if (listOptions?.prefix) headers['x-mns-prefix'] = listOptions.prefix;
      if (listOptions?.marker) headers['x-mns-marker'] = listOptions.marker;
      return caller.run({
        operation: 'list-queues',
        queue: undefined,
        signal: listOptions?.signal,
        readTimeoutMs: requestTimeoutMs,
        headers,
        send: (o) => sdk.get('/queues', 'Queues', o),
        accept: (response, raw) => {
          expectStatus(response, raw, 200);
          return toQueuePage(response.body);
        },
      });
    },

    async getQueueAttributes(queue, callOptions) {
      requireQueueName('get-queue-attributes', queue);
      return caller.run({
        operation: 'get-queue-attributes',
        queue,
        signal: callOptions?.signal,
        readTimeoutMs: requestTimeoutMs,
        send: (o) => sdk.get(`/queues/${queue}`, 'Queue', o),
        accept: (response, raw) => {
          expectStatus(response, raw, 200);
          return toQueueAttributes(response.body);
        },
      });
    },

    dropConnections() {
      caller.dropSockets();
    },
  };
}

// A single receive/peek answers one <Message> root, a batch a <Messages> list; both pair each
// parsed message with its raw XML.
function readMessages<T>(
  response: SdkResponse,
  raw: CapturedResponse | undefined,
  single: boolean,
  toMessages: (entries: unknown, rawXml: string[]) => T[],
): T[] {
  expectStatus(response, raw, 200);
  const entries = single ? response.body : childOf(response.body, 'Message');
  const count = Array.isArray(entries) ? entries.length : 1;
  return toMessages(entries, rawMessageXml(raw?.body, count));
}

async function orEmpty<T>(work: Promise<T[]>): Promise<T[]> {
  try {
    return await work;
  } catch (error) {
    if (isMnsError(error, 'empty')) return [];
    throw error;
  }
}

function batchDeleteXml(handles: string[]): string {
  // Built here rather than by the SDK, whose XML builder escapes nothing; handles are URL-safe already.
  const items = handles.map((h) => `<ReceiptHandle>${h}</ReceiptHandle>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><ReceiptHandles xmlns="http://mns.aliyuncs.com/doc/v1/">${items}</ReceiptHandles>`;
}
