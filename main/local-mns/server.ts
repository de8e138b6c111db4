/** The HTTP server: loopback only, root path, keep-alive settings that suit the SDK's agent. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { handleRequest } from './request-pipeline';
import type { PipelineConfig } from './request-pipeline';

/** A started HTTP server and how to stop it. */
export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /** Closes the listener and destroys every open socket (parked polls included). */
  close(): Promise<void>;
}

/** Loopback only: this server exists for tests and demos, never for a network. */
export const LOOPBACK_HOST = '127.0.0.1';

/**
 * Starts listening. The SDK's module-level keep-alive agent reuses idle sockets, so the idle
 * timeout must outlive the client's (Node's 5 s default causes sporadic ECONNRESET on reuse);
 * requests get no overall timeout because a long poll legitimately takes 30 s.
 */
export async function startHttpServer(
  port: number,
  config: Omit<PipelineConfig, 'fallbackBaseUrl'>,
): Promise<RunningServer> {
  let url = '';
  const pipeline: PipelineConfig = { ...config, fallbackBaseUrl: () => url };
  const server: Server = createServer((req, res) => {
    handleRequest(pipeline, req, res).catch((error: unknown) => {
      config.onInternalError(error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 0;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  url = `http://${LOOPBACK_HOST}:${address.port}`;

  return {
    port: address.port,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}
