/** An MNS error as the service reports it: HTTP status, `<Code>` and `<Message>`. */
export class MnsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MnsError';
  }
}

// Published texts (typos included) so clients matching on messages see what the cloud sends.
const PUBLISHED: ReadonlyMap<string, readonly [number, string]> = new Map([
  [
    'AccessDenied',
    [403, 'The OwnerId that your Access Key Id associated to is forbidden for this operation.'],
  ],
  ['InvalidAccessKeyId', [403, 'The access Id you provided does not exist.']],
  [
    'SignatureDoesNotMatch',
    [
      403,
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    ],
  ],
  ['InvalidSecurityToken', [403, 'The security token you provided is invalid.']],
  ['InternalError', [500, 'Interal error.']],
  ['InternalServerError', [500, 'Interal error.']],
  ['InvalidAuthorizationHeader', [400, 'The Authorization header format is invalid.']],
  ['MissingAuthorizationHeader', [400, 'Authorization header is required.']],
  ['InvalidDateHeader', [400, 'The Date header format is invalid.']],
  ['MissingDateHeader', [400, 'Date header is required.']],
  ['TimeExpired', [408, 'The http request you sent is expired.']],
  ['MissingVersionHeader', [400, 'x-mns-version header is required.']],
  [
    'InvalidVersionHeader',
    [400, 'The x-mns-version header is invalid; the supported version is 2015-06-06.'],
  ],
  ['InvalidRequestURL', [400, 'Http request URL format invalid.']],
  ['InvalidQueryString', [400, 'Http request URL contains invalid querystring item.']],
  ['MalformedXML', [400, 'The XML you provided was not well-formed.']],
  ['MissingReceiptHandle', [400, 'ReceiptHandle is required.']],
  ['MissingVisibilityTimeout', [400, 'VisibilityTimeout is required.']],
  ['MessageNotExist', [404, 'Message not exist.']],
  ['QueueAlreadyExist', [409, 'The queue you want to create is already exist.']],
  [
    'InvalidQueueName',
    [
      400,
      'The queue name you provided is invalid. QueueName should start with alpha and contain only alpha, digit or - .',
    ],
  ],
  ['QueueNameLengthError', [400, 'Queue name length should between 1 and 120.']],
  ['QueueNotExist', [404, 'The queue name you provided is not exist.']],
  ['ReceiptHandleError', [400, 'The receipt handle you provide is not valid.']],
  ['QpsLimitExceeded', [400, 'The qps limit of the queue is exceeded.']],
  ['TooManyRequests', [429, 'Too many requests, please try again later.']],
  ['TopicAlreadyExist', [409, 'The topic you want to create already exist.']],
  ['TopicNotExist', [404, 'The topic name you provided is not exist.']],
  ['TopicNameLengthError', [400, 'Topic name length should between 1 and 120.']],
  ['TopicNameInvalid', [400, 'The topic name you provided is invalid.']],
  ['SubscriptionAlreadyExist', [409, 'The subscription you want to create already exist.']],
  ['SubscriptionNotExist', [404, 'The subscription name you provided is not exist.']],
  ['SubscriptionNameLengthError', [400, 'Subscription name length should between 1 and 255.']],
  ['SubscriptionNameInvalid', [400, 'The subscription name you provided is invalid.']],
  ['InvalidEndpoint', [400, 'The endpoint you provided is invalid.']],
  ['ServiceUnavailable', [503, 'Service unavailable.']],
]);

/** Builds an MnsError for a known code, with the published status and message. */
export function mnsError(code: string, message?: string): MnsError {
  const published = PUBLISHED.get(code);
  return new MnsError(published?.[0] ?? 400, code, message ?? published?.[1] ?? code);
}

/** The published message text for a code, or a generic one for codes the table does not know. */
export function publishedMessage(code: string): string {
  return PUBLISHED.get(code)?.[1] ?? `${code}.`;
}

/** 400 InvalidArgument for an out-of-range value, worded like the service's range errors. */
export function rangeError(element: string, low: number, high: number, unit: string): MnsError {
  const suffix = unit === '' ? '' : ` ${unit}`;
  return new MnsError(
    400,
    'InvalidArgument',
    `The value of ${element} should between ${low} and ${high}${suffix}.`,
  );
}

/** 400 InvalidArgument for a request document that does not fit the schema. */
export function schemaError(element: string): MnsError {
  return new MnsError(
    400,
    'InvalidArgument',
    `The XML you provided did not validate against our published schema, cause by Element ${element}.`,
  );
}
