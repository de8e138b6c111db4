import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

import { createAccessToken, tokenCookie } from './access-token';
import { guardRequest, guardUpgrade } from './request-guard';
import type { Refusal } from './request-guard';
import { securityHeaders, sendText } from './response-headers';
import { createSocketHub } from './socket-hub';
import type { SocketHub } from './socket-hub';
import type { HandlerTable } from './socket-protocol';
import { lookupStatic, rawPathOf } from './static-files';

/** Path of the WebSocket endpoint; upgrades anywhere else are refused. */
export const SOCKET_PATH = '/ws';

/** Options for {@link startBrowserHost}. */
export interface BrowserHostOptions {
  /** Directory served as the web root (index.html at `/`); nothing outside it is reachable. */
  staticDir: string;
  /** Port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Request/response methods callable over the WebSocket. */
  handlers: HandlerTable;
  /** Called whenever the number of connected sockets changes. */
  onClientCountChange?: (n: number) => void;
}

/** A running browser host. */
export interface BrowserHost {
  /** `http://127.0.0.1:<port>/?token=<token>`: the only way in. */
  url: string;
  /** The bound port on 127.0.0.1. */
  port: number;
  /** The per-run access token (base64url); treat as a secret, never log it. */
  token: string;
  /** Pushes `{ event }` to every connected client. */
  broadcast(event: unknown): void;
  /** Terminates every socket and stops the server. */
  close(): Promise<void>;
}

/** Starts the loopback-only, token-protected server for the renderer and its socket API. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = createAccessToken();
  const hub = createSocketHub(options.handlers, options.onClientCountChange);
  const server = createServer();
  const port = await listen(server, options.port ?? 0);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handleRequest(req, res, options.staticDir, port, token).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error.\n', false, securityHeaders(port));
      else res.destroy();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    handleUpgrade(req, socket, head, hub, port, token);
  });
  // Stray socket errors (client resets) must not crash the process.
  server.on('clientError', (_error, socket: Duplex) => socket.destroy());

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    broadcast: (event) => hub.broadcast(event),
    close() {
      closing ??= Promise.all([
        hub.close(),
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
      ]).then(() => undefined);
      return closing;
    },
  };
}

async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  staticDir: string,
  port: number,
  token: string,
): Promise<void> {
  const headers = securityHeaders(port);
  const headOnly = req.method === 'HEAD';
  const guard = guardRequest(req, port, token);
  if (!guard.ok)
    return sendText(res, guard.refusal.status, guard.refusal.reason, headOnly, headers);
  if (guard.viaQuery) headers['Set-Cookie'] = tokenCookie(port, token);
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendText(res, 405, 'Method not allowed.\n', false, { ...headers, Allow: 'GET, HEAD' });
  const target = req.url ?? '';
  if (!target.startsWith('/')) return sendText(res, 400, 'Bad request path.\n', headOnly, headers);
  const file = await lookupStatic(staticDir, rawPathOf(target));
  if (!file.found) return sendText(res, file.status, file.reason, headOnly, headers);
  const body = file.contentType.startsWith('text/html') ? markAsBrowserHost(file.body) : file.body;
  res.writeHead(200, {
    ...headers,
    'Content-Type': file.contentType,
    'Content-Length': String(body.length),
  });
  res.end(headOnly ? undefined : body);
}

function handleUpgrade(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  hub: SocketHub,
  port: number,
  token: string,
): void {
  socket.on('error', () => socket.destroy());
  const guard = guardUpgrade(req, port, token);
  if (!guard.ok) return refuseUpgrade(socket, guard.refusal);
  if (rawPathOf(req.url ?? '') !== SOCKET_PATH)
    return refuseUpgrade(socket, { status: 404, reason: 'Not found.\n' });
  hub.accept(req, socket, head);
}

function refuseUpgrade(socket: Duplex, refusal: Refusal): void {
  const body = Buffer.from(refusal.reason, 'utf8');
  const statusText = refusal.status === 404 ? 'Not Found' : 'Forbidden';
  socket.end(
    `HTTP/1.1 ${refusal.status} ${statusText}\r\n` +
      'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\n\r\n${refusal.reason}`,
  );
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('no TCP address'));
      else resolve(address.port);
    });
  });
}

/** Tells the renderer it was served by this host, so it opens the socket bridge (see renderer/api.ts). */
function markAsBrowserHost(html: Buffer): Buffer {
  return Buffer.from(
    html
      .toString('utf8')
      .replace('<head>', '<head><meta name="mns-watch-host" content="browser" />'),
    'utf8',
  );
}
