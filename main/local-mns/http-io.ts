/** Low-level request reading and response writing for the local server. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { MNS_VERSION } from './signature';

/** Content type of every MNS response. */
export const XML_CONTENT_TYPE = 'text/xml;charset=utf-8';

/** A request id like the service's: 24 upper-case hex characters. */
export function newRequestId(): string {
  return randomBytes(12).toString('hex').toUpperCase();
}

/** A request body; over `maxBytes` it is drained and dropped so a huge upload cannot exhaust memory. */
export interface RequestBody {
  body: Buffer;
  tooLarge: boolean;
}

/** Reads the whole body; rejects if the client disconnects first. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () =>
      resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }),
    );
    req.once('error', reject);
    req.once('close', () => {
      if (!req.complete) reject(new Error('client disconnected during the request body'));
    });
  });
}

/** Headers every MNS answer carries; Date comes from the server clock so clients can correct skew. */
export function mnsHeaders(requestId: string, now: number): Record<string, string> {
  return {
    'x-mns-request-id': requestId,
    'x-mns-version': MNS_VERSION,
    Date: new Date(now).toUTCString(),
    Server: 'LocalMNS',
  };
}

/** Writes a complete response. */
export function writeResponse(
  res: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>>,
  body: Buffer | undefined,
): void {
  if (res.destroyed || res.writableEnded) return;
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined || status === 204 || status === 304) {
    if (status !== 204 && status !== 304) res.setHeader('Content-Length', '0');
    res.end();
    return;
  }
  res.setHeader('Content-Length', String(body.length));
  res.end(body);
}

/** Sends headers announcing `full` bytes, writes only `partial`, then drops the connection. */
export function writeThenAbort(
  res: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>>,
  full: Buffer,
  partial: Buffer,
  destroy: () => void,
): void {
  if (res.destroyed || res.writableEnded) return;
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Length', String(full.length));
  res.write(partial, () => destroy());
}

/** Waits `ms` real milliseconds, or less if the signal aborts first. */
export function realDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The base URL clients used (from Host), falling back to the listening address. */
export function baseUrlOf(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  return host !== undefined && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host)
    ? `http://${host}`
    : fallback;
}
