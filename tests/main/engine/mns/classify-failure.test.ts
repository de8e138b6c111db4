import { describe, expect, it } from 'vitest';

import { classifyFailure } from '../../../../main/engine/mns/classify-failure';
import type { FailureObservation } from '../../../../main/engine/mns/classify-failure';
import { explainFailure } from '../../../../main/engine/mns/explain-failure';

// What the SDK throws for an <Error> document: name MNS<Code>Error and a fixed message layout.
function sdkError(code: string, status: number, message = 'server says so'): Error {
  const error = new Error(
    `GET http://127.0.0.1/queues/q/messages failed with ${status}. requestid: 5F290C926D472878ABCDEF12, hostid: http://127.0.0.1, message: ${message}`,
  );
  error.name = `MNS${code}Error`;
  return error;
}

function nodeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

const seen = (thrown: unknown, extra: Partial<FailureObservation> = {}): FailureObservation => ({
  operation: 'receive',
  aborted: false,
  thrown,
  response: undefined,
  ...extra,
});

describe('classifyFailure', () => {
  it.each([
    ['MessageNotExist', 404, 'receive', 'empty'],
    ['MessageNotExist', 404, 'peek', 'empty'],
    ['MessageNotExist', 404, 'delete', 'stale-receipt'],
    ['ReceiptHandleError', 400, 'change-visibility', 'stale-receipt'],
    ['InvalidAccessKeyId', 403, 'receive', 'auth'],
    ['SignatureDoesNotMatch', 403, 'receive', 'auth'],
    ['AccessDenied', 403, 'delete', 'auth'],
    ['TimeExpired', 408, 'receive', 'clock-skew'],
    ['TooManyRequests', 429, 'receive', 'throttled'],
    ['QpsLimitExceeded', 400, 'receive', 'throttled'],
    ['InternalError', 500, 'receive', 'transient'],
    ['QueueNotExist', 404, 'receive', 'queue-missing'],
    ['InvalidArgument', 400, 'receive', 'invalid-request'],
    ['SomethingNew', 503, 'receive', 'transient'],
    ['SomethingNew', 403, 'receive', 'auth'],
    ['SomethingNew', 400, 'receive', 'invalid-request'],
  ] as const)('maps SDK error %s (%i) on %s to %s', (code, status, operation, kind) => {
    const details = classifyFailure(seen(sdkError(code, status), { operation }));
    expect(details).toMatchObject({
      kind,
      code,
      httpStatus: status,
      requestId: '5F290C926D472878ABCDEF12',
      detail: 'server says so',
    });
  });

  it('marks only retryable kinds as retryable', () => {
    expect(classifyFailure(seen(sdkError('InternalError', 500))).retryable).toBe(true);
    expect(classifyFailure(seen(sdkError('TooManyRequests', 429))).retryable).toBe(true);
    expect(classifyFailure(seen(sdkError('InvalidAccessKeyId', 403))).retryable).toBe(false);
    expect(classifyFailure(seen(sdkError('QueueNotExist', 404))).retryable).toBe(false);
  });

  it('treats resets and read timeouts as transient with an unknown outcome', () => {
    expect(classifyFailure(seen(nodeError('ECONNRESET', 'socket hang up')))).toMatchObject({
      kind: 'transient',
      indeterminate: true,
      retryable: true,
    });
    expect(classifyFailure(seen(new Error('socket hang up')))).toMatchObject({
      kind: 'transient',
      indeterminate: true,
    });
    const readTimeout = Object.assign(new Error('ReadTimeout(40000). GET x failed.'), {
      name: 'RequestTimeoutError',
    });
    expect(classifyFailure(seen(readTimeout))).toMatchObject({
      kind: 'transient',
      code: 'ReadTimeout',
      indeterminate: true,
    });
    const connectTimeout = Object.assign(new Error('ConnectTimeout: Connect x failed.'), {
      name: 'RequestTimeoutError',
    });
    expect(classifyFailure(seen(connectTimeout))).toMatchObject({
      kind: 'transient',
      code: 'ConnectTimeout',
      indeterminate: false,
    });
  });

  it('treats DNS failures and refusals as unreachable, and TLS failures as not retryable', () => {
    expect(classifyFailure(seen(nodeError('ENOTFOUND')))).toMatchObject({
      kind: 'unreachable',
      code: 'ENOTFOUND',
      indeterminate: false,
    });
    expect(classifyFailure(seen(nodeError('ECONNREFUSED')))).toMatchObject({
      kind: 'unreachable',
      retryable: true,
    });
    expect(classifyFailure(seen(nodeError('DEPTH_ZERO_SELF_SIGNED_CERT')))).toMatchObject({
      kind: 'unreachable',
      retryable: false,
    });
    expect(classifyFailure(seen(nodeError('EAI_AGAIN')))).toMatchObject({
      kind: 'transient',
      indeterminate: false,
    });
  });

  it('sees through the SDK TypeError on a 5xx HTML page', () => {
    const typeError = new TypeError("Cannot read properties of undefined (reading 'Message')");
    const details = classifyFailure(
      seen(typeError, {
        response: {
          status: 503,
          contentType: 'text/html',
          body: '<html>Service Unavailable</html>',
          requestId: undefined,
        },
      }),
    );
    expect(details).toMatchObject({
      kind: 'transient',
      code: 'HTTP503',
      httpStatus: 503,
      retryable: true,
    });
  });

  it('reports a non-XML response the SDK resolved as success as a failure', () => {
    const proxy = classifyFailure(
      seen(undefined, {
        operation: 'delete',
        response: {
          status: 502,
          contentType: 'text/html',
          body: 'Bad gateway',
          requestId: undefined,
        },
      }),
    );
    expect(proxy).toMatchObject({ kind: 'transient', httpStatus: 502, indeterminate: true });
    const weird = classifyFailure(
      seen(undefined, {
        operation: 'delete',
        response: {
          status: 200,
          contentType: 'application/json',
          body: '{}',
          requestId: undefined,
        },
      }),
    );
    expect(weird.kind).toBe('malformed-response');
    const throttledProxy = classifyFailure(
      seen(undefined, {
        response: {
          status: 429,
          contentType: 'text/plain',
          body: 'slow down',
          requestId: undefined,
        },
      }),
    );
    expect(throttledProxy.kind).toBe('throttled');
  });

  it('classifies truncated XML as a malformed, retryable response', () => {
    const details = classifyFailure(
      seen(new Error('Unclosed root tag\nLine: 3\nColumn: 10\nChar: '), {
        response: {
          status: 200,
          contentType: 'text/xml',
          body: '<Messages><Mess',
          requestId: 'R1',
        },
      }),
    );
    expect(details).toMatchObject({ kind: 'malformed-response', retryable: true, requestId: 'R1' });
  });

  it('reports cancellation first, whatever else happened', () => {
    expect(classifyFailure(seen(nodeError('ECONNRESET'), { aborted: true })).kind).toBe(
      'cancelled',
    );
  });

  it('keeps unknown failures visible instead of guessing', () => {
    expect(classifyFailure(seen(new RangeError('weird')))).toMatchObject({
      kind: 'unexpected',
      detail: 'weird',
      retryable: false,
    });
  });
});

describe('explainFailure', () => {
  const context = { host: '1234567890123456.mns.cn-hangzhou.aliyuncs.com', queue: 'vod-events' };

  it('says what to do in plain words for each cause', () => {
    const explain = (error: Error, operation: FailureObservation['operation'] = 'receive') =>
      explainFailure(classifyFailure(seen(error, { operation })), context);
    expect(explain(sdkError('SignatureDoesNotMatch', 403))).toBe(
      'The AccessKey secret does not match the AccessKey ID. Enter the secret again.',
    );
    expect(explain(sdkError('InvalidAccessKeyId', 403))).toMatch(/does not know this AccessKey ID/);
    expect(explain(sdkError('TimeExpired', 408))).toMatch(/clock is more than 15 minutes/);
    expect(explain(sdkError('QueueNotExist', 404))).toBe(
      'The queue "vod-events" does not exist in this account and region. It may have been deleted, or the name or region is wrong.',
    );
    expect(explain(sdkError('MessageNotExist', 404), 'delete')).toMatch(/lease has expired/);
    expect(explain(nodeError('ENOTFOUND'))).toBe(
      'The host 1234567890123456.mns.cn-hangzhou.aliyuncs.com does not exist (DNS lookup failed). Check the region and account ID, or your network.',
    );
    expect(explain(sdkError('InternalError', 500))).toBe(
      'MNS or a proxy in between had a temporary problem (HTTP 500). MNS Watch retries automatically.',
    );
  });
});
