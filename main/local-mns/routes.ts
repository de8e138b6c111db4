/**
 * Maps method + path + query (+ body root for sends) to an operation. The query is parsed from
 * the raw target the way other SDKs need: keys case-insensitive (Node sends `receiptHandle`,
 * Python/Java/Go `ReceiptHandle`), values percent-decoded (Go encodes handles) with `+` kept as
 * `+` rather than turned into a space.
 */
import { mnsError } from './errors';
import type { MnsError } from './errors';
import type { MnsOperation } from './operations';
import type { ParsedBody } from './request-xml';

/** Query parameters by lower-cased name. */
export type QueryParams = ReadonlyMap<string, string>;

/** A resolved request. `error` is set when the target itself is unusable. */
export interface Route {
  readonly operation: MnsOperation;
  readonly queue?: string;
  readonly topic?: string;
  readonly subscription?: string;
  readonly query: QueryParams;
  readonly error?: MnsError;
}

/** Splits the raw query; undefined when an escape is broken. */
export function parseQuery(rawQuery: string): Map<string, string> | undefined {
  const params = new Map<string, string>();
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    try {
      const key = decodeURIComponent(rawKey).toLowerCase();
      // First occurrence wins, like most servlet containers.
      if (!params.has(key)) params.set(key, decodeURIComponent(rawValue));
    } catch {
      return undefined;
    }
  }
  return params;
}

function isTrue(value: string | undefined): boolean {
  return value?.toLowerCase() === 'true';
}

/** Resolves a request to its operation. */
export function resolveRoute(method: string, rawTarget: string, body: ParsedBody): Route {
  const queryStart = rawTarget.indexOf('?');
  const path = queryStart < 0 ? rawTarget : rawTarget.slice(0, queryStart);
  const query = parseQuery(queryStart < 0 ? '' : rawTarget.slice(queryStart + 1));
  if (query === undefined) {
    return { operation: 'Unknown', query: new Map(), error: mnsError('InvalidQueryString') };
  }
  let segments: string[];
  try {
    segments = path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return { operation: 'Unknown', query, error: mnsError('InvalidRequestURL') };
  }
  const operation = operationFor(method, segments, query, body);
  if (operation === 'Unknown') return { operation, query, error: mnsError('InvalidRequestURL') };
  const [collection, name, , subscription] = segments;
  if (collection === 'queues')
    return name === undefined ? { operation, query } : { operation, query, queue: name };
  if (name === undefined) return { operation, query };
  return subscription === undefined
    ? { operation, query, topic: name }
    : { operation, query, topic: name, subscription };
}

function operationFor(
  method: string,
  segments: string[],
  query: QueryParams,
  body: ParsedBody,
): MnsOperation {
  const [collection, , child] = segments;
  const override = isTrue(query.get('metaoverride'));
  // e.g. "GET 3:messages" for GET /queues/{q}/messages
  const shape = `${method} ${segments.length}${child === undefined ? '' : `:${child}`}`;
  if (collection === 'queues') {
    switch (shape) {
      case 'GET 1':
        return 'ListQueue';
      case 'PUT 2':
        return override ? 'SetQueueAttributes' : 'CreateQueue';
      case 'GET 2':
        return 'GetQueueAttributes';
      case 'DELETE 2':
        return 'DeleteQueue';
      case 'POST 3:messages':
        return body.kind === 'xml' && body.root.localName === 'Messages'
          ? 'BatchSendMessage'
          : 'SendMessage';
      case 'GET 3:messages': {
        const batch = query.has('numofmessages');
        if (isTrue(query.get('peekonly'))) return batch ? 'BatchPeekMessage' : 'PeekMessage';
        return batch ? 'BatchReceiveMessage' : 'ReceiveMessage';
      }
      case 'DELETE 3:messages':
        return query.has('receipthandle') ? 'DeleteMessage' : 'BatchDeleteMessage';
      case 'PUT 3:messages':
        return 'ChangeMessageVisibility';
      default:
        return 'Unknown';
    }
  }
  if (collection === 'topics') {
    switch (shape) {
      case 'GET 1':
        return 'ListTopic';
      case 'PUT 2':
        return override ? 'SetTopicAttributes' : 'CreateTopic';
      case 'GET 2':
        return 'GetTopicAttributes';
      case 'DELETE 2':
        return 'DeleteTopic';
      case 'POST 3:messages':
        return 'PublishMessage';
      case 'GET 3:subscriptions':
        return 'ListSubscriptionByTopic';
      case 'PUT 4:subscriptions':
        return override ? 'SetSubscriptionAttributes' : 'Subscribe';
      case 'GET 4:subscriptions':
        return 'GetSubscriptionAttributes';
      case 'DELETE 4:subscriptions':
        return 'Unsubscribe';
      default:
        return 'Unknown';
    }
  }
  return 'Unknown';
}
