/**
 * MNS V2 request authentication, checked the way the service checks it (protocol spec §2.4).
 *
 * StringToSign = VERB \n Content-MD5 \n Content-Type \n Date \n sorted x-mns-* headers + raw
 * request target. Content-MD5 is signed verbatim but never verified: the Node, Python and Go SDKs
 * send base64(hex md5) rather than RFC 1864 and Java sends none.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

import type { ServerClock } from './clock';
import { mnsError } from './errors';
import type { MnsError } from './errors';

/** An AccessKey pair the server accepts, optionally bound to an STS security token. */
export interface Credential {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** How requests are authenticated. */
export interface SignaturePolicy {
  mode: 'enforce' | 'off';
  credentials: readonly Credential[];
  clock: ServerClock;
  /** Largest accepted |server time − Date| in seconds; Infinity disables the TimeExpired check. */
  maxClockSkewSeconds: number;
}

/** The API version every request must declare. */
export const MNS_VERSION = '2015-06-06';

const AUTHORIZATION = /^MNS ([^:\s]+):(\S+)$/;

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** The canonical string a client signs for this request. */
export function stringToSign(
  method: string,
  headers: IncomingHttpHeaders,
  rawTarget: string,
): string {
  const date = headerValue(headers, 'date') ?? headerValue(headers, 'x-mns-date') ?? '';
  const mnsHeaders = Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => name.startsWith('x-mns-'))
    .sort()
    .map((name) => `${name}:${headerValue(headers, name) ?? ''}\n`)
    .join('');
  return [
    method,
    headerValue(headers, 'content-md5') ?? '',
    headerValue(headers, 'content-type') ?? '',
    date,
    `${mnsHeaders}${rawTarget}`,
  ].join('\n');
}

/** base64(HMAC-SHA1(secret, stringToSign)). */
export function sign(secret: string, canonical: string): string {
  return createHmac('sha1', secret).update(canonical, 'utf8').digest('base64');
}

function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  // Compare equal-length buffers either way so a length mismatch costs the same as a miss.
  const same = timingSafeEqual(left.length === right.length ? left : right, right);
  return same && left.length === right.length;
}

/**
 * Returns the error the service would answer with, or undefined when the request is authentic.
 *
 * The `security-token` header is not signed (no x-mns- prefix). A credential configured without
 * a token ignores it; one configured with a token requires it and answers a missing or different
 * token with 403 InvalidSecurityToken (the code OSS uses for the same STS failure).
 */
export function authenticate(
  policy: SignaturePolicy,
  method: string,
  headers: IncomingHttpHeaders,
  rawTarget: string,
): MnsError | undefined {
  if (policy.mode === 'off') return undefined;
  const authorization = headerValue(headers, 'authorization');
  if (authorization === undefined || authorization === '')
    return mnsError('MissingAuthorizationHeader');
  const match = AUTHORIZATION.exec(authorization.trim());
  if (match === null) return mnsError('InvalidAuthorizationHeader');
  const [, accessKeyId = '', signature = ''] = match;
  const credential = policy.credentials.find((candidate) => candidate.accessKeyId === accessKeyId);
  if (credential === undefined) return mnsError('InvalidAccessKeyId');

  const version = headerValue(headers, 'x-mns-version');
  if (version === undefined) return mnsError('MissingVersionHeader');
  if (version.trim() !== MNS_VERSION) return mnsError('InvalidVersionHeader');

  const date = headerValue(headers, 'date') ?? headerValue(headers, 'x-mns-date');
  if (date === undefined || date === '') return mnsError('MissingDateHeader');
  const sentAt = Date.parse(date);
  if (Number.isNaN(sentAt)) return mnsError('InvalidDateHeader');
  if (Math.abs(policy.clock.now() - sentAt) > policy.maxClockSkewSeconds * 1000)
    return mnsError('TimeExpired');

  const expected = sign(credential.accessKeySecret, stringToSign(method, headers, rawTarget));
  if (!constantTimeEquals(expected, signature)) return mnsError('SignatureDoesNotMatch');

  if (credential.securityToken !== undefined) {
    const token = headerValue(headers, 'security-token') ?? '';
    if (!constantTimeEquals(credential.securityToken, token))
      return mnsError('InvalidSecurityToken');
  }
  return undefined;
}
