/**
 * Test kit for the local MNS server: start servers that stop after each test, get the official
 * SDK for them, and send hand-signed raw requests the way other SDKs do. The raw signer is written
 * here from the protocol spec, independently of the server's own signature code.
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import type { ClientRequest, IncomingHttpHeaders } from 'node:http';

import { afterEach } from 'vitest';

import { createMnsSdk } from '../../../main/engine/mns/alicloud-mns-sdk';
import type { MnsSdk } from '../../../main/engine/mns/alicloud-mns-sdk';
import { startLocalMns } from '../../../main/local-mns';
import type { LocalMns, LocalMnsOptions } from '../../../main/local-mns';

/** A started server and an SDK client for it. */
export interface Harness {
  mns: LocalMns;
  sdk: MnsSdk;
}

/** Overrides for the SDK's credentials. */
export interface SdkOverrides {
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
}

/** The official SDK pointed at a local server. */
export function sdkFor(mns: LocalMns, overrides: SdkOverrides = {}): MnsSdk {
  return createMnsSdk({
    accountId: mns.accountId,
    endpoint: mns.url,
    accessKeyId: overrides.accessKeyId ?? mns.accessKeyId,
    accessKeySecret: overrides.accessKeySecret ?? mns.accessKeySecret,
    securityToken: overrides.securityToken,
  });
}

/** Registers an afterEach that stops every server started through the returned `start`. */
export function localMnsHarness(): { start(options?: LocalMnsOptions): Promise<Harness> } {
  const running: LocalMns[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((mns) => mns.stop()));
  });
  return {
    async start(options = {}) {
      const mns = await startLocalMns(options);
      running.push(mns);
      return { mns, sdk: sdkFor(mns) };
    },
  };
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error('expected a rejection, but the call succeeded');
}

/** An SDK body that should be one flat record of strings. */
export function asRecord(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error(`expected an object body, got ${JSON.stringify(body)}`);
  }
  return body as Record<string, string>;
}

/** An SDK body that should be a list of flat records. */
export function asList(body: unknown): Record<string, string>[] {
  if (!Array.isArray(body)) throw new Error(`expected an array body, got ${JSON.stringify(body)}`);
  return body.map(asRecord);
}

/** A raw request, signed unless `sign` is false. Header names are sent as given. */
export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  sign?: boolean;
  accessKeyId?: string;
  accessKeySecret?: string;
  /** Date header value (default now); pass null to send none. */
  date?: string | null;
  /** Put the date in x-mns-date only (no Date header). */
  dateInMnsHeader?: boolean;
  /** Omit the x-mns-version header. */
  noVersion?: boolean;
}

/** A raw response. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  bytes: Buffer;
}

/** The V2 signature, written from spec §2.2. */
export function testSignature(
  secret: string,
  method: string,
  headers: Record<string, string>,
  resource: string,
): string {
  const lower = new Map(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const mns = [...lower.keys()]
    .filter((name) => name.startsWith('x-mns-'))
    .sort()
    .map((name) => `${name}:${lower.get(name) ?? ''}\n`)
    .join('');
  const date = lower.get('date') ?? lower.get('x-mns-date') ?? '';
  const text = `${method}\n${lower.get('content-md5') ?? ''}\n${lower.get('content-type') ?? ''}\n${date}\n${mns}${resource}`;
  return createHmac('sha1', secret).update(text, 'utf8').digest('base64');
}

function buildHeaders(mns: LocalMns, raw: RawRequest): Record<string, string> {
  const headers: Record<string, string> = { ...raw.headers };
  if (!raw.noVersion) headers['x-mns-version'] ??= '2015-06-06';
  const date = raw.date === undefined ? new Date().toUTCString() : raw.date;
  if (date !== null) headers[raw.dateInMnsHeader ? 'x-mns-date' : 'date'] = date;
  if (raw.body !== undefined) headers['content-length'] = String(Buffer.byteLength(raw.body));
  if (raw.sign !== false) {
    const signature = testSignature(
      raw.accessKeySecret ?? mns.accessKeySecret,
      raw.method,
      headers,
      raw.path,
    );
    headers.authorization = `MNS ${raw.accessKeyId ?? mns.accessKeyId}:${signature}`;
  }
  return headers;
}

/** Starts a raw request and exposes it, so a test can destroy the socket mid-flight. */
export function startRawRequest(
  mns: LocalMns,
  raw: RawRequest,
): { request: ClientRequest; response: Promise<RawResponse> } {
  const req = request({
    host: '127.0.0.1',
    port: mns.port,
    method: raw.method,
    path: raw.path,
    headers: buildHeaders(mns, raw),
    agent: false,
  });
  const response = new Promise<RawResponse>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: bytes.toString('utf8'),
          bytes,
        });
      });
    });
  });
  req.end(raw.body);
  return { request: req, response };
}

/** Sends a raw request and reads the whole response. */
export function rawRequest(mns: LocalMns, raw: RawRequest): Promise<RawResponse> {
  return startRawRequest(mns, raw).response;
}

/** The text of the first `<name>` element in an XML string (test-side, deliberately naive). */
export function xmlText(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

/** A request document as the Node SDK builds it (no escaping), for the generic put/post calls. */
export function sdkXml(root: string, fields: Record<string, string | number>): string {
  const inner = Object.entries(fields)
    .map(([key, value]) => `<${key}>${value}</${key}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://mns.aliyuncs.com/doc/v1/">${inner}</${root}>`;
}
