import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { WebSocket } from 'ws';

import { startBrowserHost } from '../../../../main/hosts/browser';
import type { BrowserHost, HandlerTable } from '../../../../main/hosts/browser';

/** A web root with index.html, an asset, a secret next to it, and a symlink escaping it. */
export function makeStaticDir(): { root: string; dir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'mnsw-browser-'));
  const dir = join(root, 'www');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(dir, '.env'), 'HIDDEN=1');
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  symlinkSync(join(root, 'secret.txt'), join(dir, 'escape.txt'));
  return { root, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A raw HTTP response. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends a request with an exact, unnormalised path and the given headers. */
export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Starts a host over a fresh static dir and registers its teardown. */
export async function startTestHost(
  cleanup: (() => Promise<void> | void)[],
  handlers: HandlerTable = {},
  onClientCountChange?: (n: number) => void,
): Promise<{ host: BrowserHost; dir: string; root: string }> {
  const { root, dir, remove } = makeStaticDir();
  const host = await startBrowserHost({
    staticDir: dir,
    handlers,
    ...(onClientCountChange ? { onClientCountChange } : {}),
  });
  cleanup.push(remove, () => host.close());
  return { host, dir, root };
}

/** Options for a test socket: which Origin to send (undefined = none) and whether to use the token. */
export interface SocketOptions {
  origin?: string | undefined;
  withToken?: boolean;
  path?: string;
}

/** Opens a socket; resolves when open, rejects with the HTTP status when refused. */
export function openSocket(host: BrowserHost, options: SocketOptions = {}): Promise<WebSocket> {
  const origin = 'origin' in options ? options.origin : `http://127.0.0.1:${host.port}`;
  const query = (options.withToken ?? true) ? `?token=${host.token}` : '';
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}${options.path ?? '/ws'}${query}`, {
    ...(origin === undefined ? {} : { origin }),
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      reject(new Error(`refused ${res.statusCode ?? 0}`));
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

/** Resolves with the next JSON frame the socket receives. */
export function nextFrame(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8'))));
  });
}

/** Resolves when the socket is closed. */
export function closed(ws: WebSocket): Promise<number> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve(-1);
  return new Promise((resolve) => ws.once('close', (code: number) => resolve(code)));
}
