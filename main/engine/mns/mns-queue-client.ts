import { createMnsSdk } from './alicloud-mns-sdk';
import type { MnsSdk } from './alicloud-mns-sdk';
import { classifyFailure } from './classify-failure';
import type { MnsEndpoint } from './endpoint';
import { explainFailure } from './explain-failure';
import { MnsError, isMnsError } from './mns-error';
import type { MnsOperation } from './mns-error';
import type { DeleteOutcome, QueueClient } from './queue-client';
import { ResponseCapture, createCapturingAgent } from './response-capture';
import type { CapturedResponse } from './response-capture';
import {
  ResponseShapeError,
  splitMessageXml,
  toBatchDeleteErrors,
  toPeekedMessages,
  toQueueAttributes,
  toQueuePage,
  toReceivedMessages,
  toVisibilityChange,
} from './sdk-response';
import { SigningClock, systemClock } from './signing-clock';
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
  /** Budget for calls that do not long-poll. */
  requestTimeoutMs?: number;
}

type SdkResponse = Awaited<ReturnType<MnsSdk['get']>>;
type SdkCallOptions = NonNullable<Parameters<MnsSdk['get']>[2]>;

const QUEUE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/;
// The SDK puts handles into the query string unencoded, so only URL-safe handles can be signed right.
const RECEIPT_HANDLE = /^[A-Za-z0-9+/=_.:-]{1,512}$/;

/** Creates a QueueClient that talks to MNS through the official SDK. */
export function createMnsQueueClient(options: MnsQueueClientOptions): QueueClient {
  const { endpoint, credentials } = options;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 20_000;
  const signingClock = new SigningClock(options.clock ?? systemClock);
  const agent = createCapturingAgent(endpoint.secure);
  const host = new URL(endpoint.url).host;
  const sdk = createMnsSdk({
    accountId: endpoint.accountId,
    endpoint: endpoint.url,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken,
    refreshSecurityToken: credentials.refreshSecurityToken,
    connectTimeoutMs,
    readTimeoutMs: requestTimeoutMs,
  });

  async function call<T>(
    operation: MnsOperation,
    queue: string | undefined,
    signal: AbortSignal | undefined,
    readTimeoutMs: number,
    headers: Record<string, string>,
    send: (sdkOptions: SdkCallOptions) => Promise<SdkResponse>,
    accept: (response: SdkResponse, raw: CapturedResponse | undefined) => T,
  ): Promise<T> {
    // A TimeExpired is retried once, after adopting the server's clock from its Date header.
    for (let attempt = 0; ; attempt += 1) {
      if (isAborted(signal))
        throw fail(operation, queue, { aborted: true, thrown: undefined, response: undefined });
      const capture = new ResponseCapture();
      const date = signingClock.dateHeader();
      const sdkOptions: SdkCallOptions = {
        headers: { ...headers, date, 'x-mns-date': date },
        readTimeout: readTimeoutMs,
        connectTimeout: readTimeoutMs,
        ...agent.requestOptions(capture, signal, connectTimeoutMs),
      };
      try {
        const response = await raceAbort(send(sdkOptions), signal);
        return accept(response, capture.response);
      } catch (thrown) {
        if (isMnsError(thrown)) throw thrown;
        const error = fail(operation, queue, {
          aborted: isAborted(signal),
          thrown: thrown instanceof ResponseShapeError ? undefined : thrown,
          response: capture.response,
          shapeProblem: thrown instanceof ResponseShapeError ? thrown.message : undefined,
        });
        if (
          error.kind === 'clock-skew' &&
          attempt === 0 &&
          signingClock.correctFrom(capture.response?.date)
        )
          continue;
        throw error;
      }
    }
  }

  function fail(
    operation: MnsOperation,
    queue: string | undefined,
    seen: {
      aborted: boolean;
      thrown: unknown;
      response: CapturedResponse | undefined;
      shapeProblem?: string | undefined;
    },
  ): MnsError {
    const details = classifyFailure({
      operation,
      aborted: seen.aborted,
      thrown: seen.thrown,
      response: seen.response,
    });
    const withShape =
      seen.shapeProblem !== undefined
        ? {
            ...details,
            kind: 'malformed-response' as const,
            retryable: true,
            detail: seen.shapeProblem,
          }
        : details;
    return new MnsError(explainFailure(withShape, { host, queue }), withShape);
  }

  /** Anything but the documented status is a failure, even when the SDK resolved (e.g. a 502 HTML page). */
  function expectStatus(
    operation: MnsOperation,
    queue: string | undefined,
    response: SdkResponse,
    raw: CapturedResponse | undefined,
    ...ok: number[]
  ): void {
    if (!ok.includes(response.code)) {
      throw fail(operation, queue, {
        aborted: false,
        thrown: undefined,
        response: raw ?? {
          status: response.code,
          contentType: '',
          body: '',
          requestId: undefined,
          date: undefined,
        },
      });
    }
  }

  function check(operation: MnsOperation, condition: boolean, detail: string): void {
    if (!condition) {
      const details = {
        kind: 'invalid-request' as const,
        operation,
        code: 'InvalidArgument',
        httpStatus: undefined,
        requestId: undefined,
        indeterminate: false,
        retryable: false,
        detail,
      };
      throw new MnsError(explainFailure(details, { host, queue: undefined }), details);
    }
  }

  function checkQueue(operation: MnsOperation, queue: string): void {
    check(
      operation,
      QUEUE_NAME.test(queue),
      `"${queue}" is not a valid queue name (letters, digits and hyphens, up to 120).`,
    );
  }

  function checkHandle(operation: MnsOperation, handle: string): void {
    check(
      operation,
      RECEIPT_HANDLE.test(handle),
      'The receipt handle contains characters MNS never issues.',
    );
  }

  async function orEmpty<T>(work: Promise<T[]>): Promise<T[]> {
    try {
      return await work;
    } catch (error) {
      if (isMnsError(error, 'empty')) return [];
      throw error;
    }
  }

  const raw = (captured: CapturedResponse | undefined): string[] =>
    splitMessageXml(captured?.body ?? '');

  return {
    async receive(queue, { max, waitSeconds, signal }) {
      checkQueue('receive', queue);
      check(
        'receive',
        Number.isInteger(max) && max >= 1 && max <= 16,
        'max must be 1 to 16 messages.',
      );
      check(
        'receive',
        Number.isInteger(waitSeconds) && waitSeconds >= 0 && waitSeconds <= 30,
        'waitSeconds must be 0 to 30.',
      );
      const single = max === 1;
      const resource = single
        ? `/queues/${queue}/messages?waitseconds=${waitSeconds}`
        : `/queues/${queue}/messages?numOfMessages=${max}&waitseconds=${waitSeconds}`;
      // The read budget must outlast the long poll itself.
      const readTimeoutMs = waitSeconds * 1000 + requestTimeoutMs;
      return orEmpty(
        call(
          'receive',
          queue,
          signal,
          readTimeoutMs,
          {},
          (o) => sdk.get(resource, single ? 'Message' : 'Messages', o),
          (response, captured) => {
            expectStatus('receive', queue, response, captured, 200);
            const messages = toReceivedMessages(
              single ? response.body : bodyField(response.body, 'Message'),
              raw(captured),
            );
            assertRawMatches(messages.length, raw(captured).length);
            return messages;
          },
        ),
      );
    },

    async peek(queue, { max, signal }) {
      checkQueue('peek', queue);
      check(
        'peek',
        Number.isInteger(max) && max >= 1 && max <= 16,
        'max must be 1 to 16 messages.',
      );
      const single = max === 1;
      const resource = single
        ? `/queues/${queue}/messages?peekonly=true`
        : `/queues/${queue}/messages?peekonly=true&numOfMessages=${max}`;
      return orEmpty(
        call(
          'peek',
          queue,
          signal,
          requestTimeoutMs,
          {},
          (o) => sdk.get(resource, single ? 'Message' : 'Messages', o),
          (response, captured) => {
            expectStatus('peek', queue, response, captured, 200);
            const messages = toPeekedMessages(
              single ? response.body : bodyField(response.body, 'Message'),
              raw(captured),
            );
            assertRawMatches(messages.length, raw(captured).length);
            return messages;
          },
        ),
      );
    },

    async delete(queue, receiptHandle, callOptions) {
      checkQueue('delete', queue);
      checkHandle('delete', receiptHandle);
      const resource = `/queues/${queue}/messages?ReceiptHandle=${receiptHandle}`;
      await call(
        'delete',
        queue,
        callOptions?.signal,
        requestTimeoutMs,
        {},
        (o) => sdk.delete(resource, 'Message', '', [], o),
        (response, captured) => {
          expectStatus('delete', queue, response, captured, 204);
        },
      );
    },

    async deleteBatch(queue, receiptHandles, callOptions) {
      checkQueue('batch-delete', queue);
      check(
        'batch-delete',
        receiptHandles.length >= 1 && receiptHandles.length <= 16,
        'A batch delete takes 1 to 16 receipt handles.',
      );
      for (const handle of receiptHandles) checkHandle('batch-delete', handle);
      const body = batchDeleteXml(receiptHandles);
      return call(
        'batch-delete',
        queue,
        callOptions?.signal,
        requestTimeoutMs,
        {},
        (o) => sdk.delete(`/queues/${queue}/messages`, 'Errors', body, [], o),
        (response, captured): DeleteOutcome[] => {
          if (response.code === 204)
            return receiptHandles.map((receiptHandle) => ({ receiptHandle, deleted: true }));
          // A partial failure is a non-2xx status with an <Errors> list; anything else is not a result.
          if (response.body === undefined)
            expectStatus('batch-delete', queue, response, captured, 204);
          const errors = toBatchDeleteErrors(bodyField(response.body, 'Error'));
          return receiptHandles.map((receiptHandle): DeleteOutcome => {
            const error = errors.find((e) => e.receiptHandle === receiptHandle);
            if (error === undefined) return { receiptHandle, deleted: true };
            const stale =
              error.errorCode === 'ReceiptHandleError' || error.errorCode === 'MessageNotExist';
            return {
              receiptHandle,
              deleted: false,
              errorCode: error.errorCode,
              errorMessage: error.errorMessage,
              stale,
            };
          });
        },
      );
    },

    async changeVisibility(queue, receiptHandle, seconds, callOptions) {
      checkQueue('change-visibility', queue);
      checkHandle('change-visibility', receiptHandle);
      check(
        'change-visibility',
        Number.isInteger(seconds) && seconds >= 1 && seconds <= 43_200,
        'The visibility timeout must be 1 to 43200 seconds.',
      );
      const resource = `/queues/${queue}/messages?receiptHandle=${receiptHandle}&visibilityTimeout=${seconds}`;
      return call(
        'change-visibility',
        queue,
        callOptions?.signal,
        requestTimeoutMs,
        {},
        (o) => sdk.put(resource, 'ChangeVisibility', '', [], o),
        (response, captured) => {
          expectStatus('change-visibility', queue, response, captured, 200);
          return toVisibilityChange(response.body);
        },
      );
    },

    async listQueues(listOptions) {
      const pageSize = listOptions?.pageSize ?? 1000;
      check(
        'list-queues',
        Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 1000,
        'pageSize must be 1 to 1000.',
      );
      const headers: Record<string, string> = { 'x-mns-ret-number': String(pageSize) };
      if (listOptions?.prefix !== undefined && listOptions.prefix !== '')
        headers['x-mns-prefix'] = listOptions.prefix;
      if (listOptions?.marker !== undefined && listOptions.marker !== '')
        headers['x-mns-marker'] = listOptions.marker;
      return call(
        'list-queues',
        undefined,
        listOptions?.signal,
        requestTimeoutMs,
        headers,
        (o) => sdk.get('/queues', 'Queues', o),
        (response, captured) => {
          expectStatus('list-queues', undefined, response, captured, 200);
          return toQueuePage(response.body);
        },
      );
    },

    async getQueueAttributes(queue, callOptions) {
      checkQueue('get-queue-attributes', queue);
      return call(
        'get-queue-attributes',
        queue,
        callOptions?.signal,
        requestTimeoutMs,
        {},
        (o) => sdk.get(`/queues/${queue}`, 'Queue', o),
        (response, captured) => {
          expectStatus('get-queue-attributes', queue, response, captured, 200);
          return toQueueAttributes(response.body);
        },
      );
    },

    dropConnections() {
      agent.dropSockets();
    },
  };
}

function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function bodyField(body: unknown, field: string): unknown {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, field)) {
    throw new ResponseShapeError('The response', `no <${field}> element`);
  }
  return (body as Record<string, unknown>)[field];
}

function assertRawMatches(parsed: number, rawCount: number): void {
  if (parsed !== rawCount) {
    throw new ResponseShapeError(
      'The response',
      `${parsed} parsed messages but ${rawCount} <Message> elements`,
    );
  }
}

function batchDeleteXml(handles: string[]): string {
  // Built here rather than by the SDK, whose XML builder escapes nothing.
  const items = handles.map((h) => `<ReceiptHandle>${escapeXml(h)}</ReceiptHandle>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><ReceiptHandles xmlns="http://mns.aliyuncs.com/doc/v1/">${items}</ReceiptHandles>`;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  // Node aborts the socket itself; this makes sure the caller is released even mid-body.
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
