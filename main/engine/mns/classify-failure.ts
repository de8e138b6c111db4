import type { MnsErrorDetails, MnsErrorKind, MnsOperation } from './mns-error';

/** What was seen of one failed call: the SDK's exception and/or the raw HTTP response. */
export interface FailureObservation {
  operation: MnsOperation;
  /** The request was aborted by the caller. */
  aborted: boolean;
  /** What the SDK or the HTTP stack threw, if anything. */
  thrown: unknown;
  /** The HTTP response, when one arrived (captured below the SDK, so seen even when the SDK misreads it). */
  response:
    | { status: number; contentType: string; body: string; requestId: string | undefined }
    | undefined;
}

const SDK_ERROR_NAME = /^MNS(\w+)Error$/;
const SDK_ERROR_MESSAGE =
  /failed with (\d{3})\. requestid: ([^,]*), hostid: [^,]*, message: (.*)$/s;

const CODE_KINDS: Record<string, MnsErrorKind> = {
  InvalidAccessKeyId: 'auth',
  SignatureDoesNotMatch: 'auth',
  AccessDenied: 'auth',
  ServiceNotEnable: 'auth',
  InvalidSecurityToken: 'auth',
  SecurityTokenExpired: 'auth',
  SecurityTokenMismatch: 'auth',
  TimeExpired: 'clock-skew',
  TooManyRequests: 'throttled',
  QpsLimitExceeded: 'throttled',
  InternalError: 'transient',
  InternalServerError: 'transient',
  ServiceUnavailable: 'transient',
  QueueNotExist: 'queue-missing',
  ReceiptHandleError: 'stale-receipt',
};

const UNREACHABLE_CODES = new Set([
  'ENOTFOUND',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
// These fail after the request may have reached MNS, so its outcome is unknown.
const INDETERMINATE_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);
const TLS_CODE = /^(?:CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/;
const XML_PARSE_ERROR =
  /Unclosed root tag|Non-whitespace before first tag|Unexpected close tag|Unexpected end|Invalid character|Text data outside of root node|Unencoded <|Attribute without value|Invalid attribute name|Unquoted attribute value|Unmatched closing tag/i;

/** Sorts one failure into a kind with its retry semantics. Pure: the same observation, the same answer. */
export function classifyFailure(observation: FailureObservation): MnsErrorDetails {
  const { operation, thrown, response } = observation;
  const base = { operation, requestId: response?.requestId, httpStatus: response?.status };
  if (observation.aborted) {
    return {
      ...base,
      kind: 'cancelled',
      code: undefined,
      indeterminate: true,
      retryable: false,
      detail: 'aborted by the caller',
    };
  }

  const name = errorField(thrown, 'name');
  const message = errorField(thrown, 'message') ?? '';
  const sdkCode = name !== undefined ? SDK_ERROR_NAME.exec(name)?.[1] : undefined;
  if (sdkCode !== undefined) {
    const parsed = SDK_ERROR_MESSAGE.exec(message);
    const status = parsed?.[1] !== undefined ? Number(parsed[1]) : response?.status;
    const requestId = nonEmpty(parsed?.[2]) ?? response?.requestId;
    const kind = kindForCode(sdkCode, status, operation);
    return {
      operation,
      kind,
      code: sdkCode,
      httpStatus: status,
      requestId,
      indeterminate: kind === 'transient',
      retryable: isRetryable(kind),
      detail: parsed?.[3] ?? message,
    };
  }

  const nodeCode = errorField(thrown, 'code');
  if (nodeCode !== undefined && UNREACHABLE_CODES.has(nodeCode)) {
    return {
      ...base,
      kind: 'unreachable',
      code: nodeCode,
      indeterminate: false,
      retryable: true,
      detail: message,
    };
  }
  if (nodeCode !== undefined && TLS_CODE.test(nodeCode)) {
    return {
      ...base,
      kind: 'unreachable',
      code: nodeCode,
      indeterminate: false,
      retryable: false,
      detail: message,
    };
  }
  if (nodeCode === 'EAI_AGAIN') {
    return {
      ...base,
      kind: 'transient',
      code: nodeCode,
      indeterminate: false,
      retryable: true,
      detail: message,
    };
  }
  if (
    (nodeCode !== undefined && INDETERMINATE_NETWORK_CODES.has(nodeCode)) ||
    /socket hang up/i.test(message)
  ) {
    return {
      ...base,
      kind: 'transient',
      code: nodeCode ?? 'ECONNRESET',
      indeterminate: true,
      retryable: true,
      detail: message,
    };
  }
  if (name === 'RequestTimeoutError') {
    const connect = /ConnectTimeout/.test(message);
    return {
      ...base,
      kind: 'transient',
      code: connect ? 'ConnectTimeout' : 'ReadTimeout',
      indeterminate: !connect,
      retryable: true,
      detail: message,
    };
  }

  if (response !== undefined && !isXml(response.contentType)) {
    // The SDK ignores non-XML bodies, so a proxy's HTML error page would otherwise look like success.
    const kind: MnsErrorKind =
      response.status >= 500
        ? 'transient'
        : response.status === 429
          ? 'throttled'
          : response.status === 403
            ? 'auth'
            : 'malformed-response';
    return {
      ...base,
      kind,
      code: `HTTP${response.status}`,
      indeterminate: kind === 'transient' || kind === 'malformed-response',
      retryable: isRetryable(kind),
      detail: `HTTP ${response.status} with ${response.contentType || 'no content type'}: ${snippet(response.body)}`,
    };
  }
  if (XML_PARSE_ERROR.test(message) || name === 'TypeError' || thrown === undefined) {
    const kind: MnsErrorKind =
      response !== undefined && response.status >= 500 ? 'transient' : 'malformed-response';
    return {
      ...base,
      kind,
      code: response !== undefined ? `HTTP${response.status}` : undefined,
      indeterminate: true,
      retryable: true,
      detail: message || (response !== undefined ? snippet(response.body) : 'no response'),
    };
  }
  return {
    ...base,
    kind: 'unexpected',
    code: nodeCode,
    indeterminate: true,
    retryable: false,
    detail: message || String(thrown),
  };
}

function kindForCode(
  code: string,
  status: number | undefined,
  operation: MnsOperation,
): MnsErrorKind {
  if (code === 'MessageNotExist') {
    return operation === 'receive' || operation === 'peek' ? 'empty' : 'stale-receipt';
  }
  const known = CODE_KINDS[code];
  if (known !== undefined) return known;
  if (status === undefined) return 'unexpected';
  if (status >= 500) return 'transient';
  if (status === 429) return 'throttled';
  if (status === 401 || status === 403) return 'auth';
  return 'invalid-request';
}

function isRetryable(kind: MnsErrorKind): boolean {
  return (
    kind === 'transient' ||
    kind === 'throttled' ||
    kind === 'malformed-response' ||
    kind === 'unreachable'
  );
}

function isXml(contentType: string): boolean {
  return contentType.startsWith('text/xml') || contentType.startsWith('application/xml');
}

function errorField(value: unknown, field: 'name' | 'message' | 'code'): string | undefined {
  if (typeof value !== 'object' || value === null || !(field in value)) return undefined;
  const found: unknown = (value as Record<string, unknown>)[field];
  return typeof found === 'string' ? found : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' || value === 'undefined'
    ? undefined
    : value.trim();
}

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
