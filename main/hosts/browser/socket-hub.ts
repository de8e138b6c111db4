import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';

import { MAX_REQUEST_BYTES, answerFrame, eventFrame } from './socket-protocol';
import type { HandlerTable } from './socket-protocol';

/** Hard cap ws enforces by closing (1009); between this and 1 MiB the client gets an error reply. */
export const MAX_FRAME_BYTES = 2 * MAX_REQUEST_BYTES;

/** The connected browser sockets: accepts vetted upgrades, answers requests, pushes events. */
export interface SocketHub {
  /** Completes an upgrade that already passed the Host, Origin and token checks. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Sends one event to every open client. */
  broadcast(event: unknown): void;
  /** Terminates every client and stops accepting. */
  close(): Promise<void>;
}

/** Creates the socket hub that serves `handlers`. */
export function createSocketHub(
  handlers: HandlerTable,
  onClientCountChange?: (n: number) => void,
): SocketHub {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    // Compression is off: it adds memory-amplification risk for no gain on loopback.
    perMessageDeflate: false,
  });
  const clients = new Set<WebSocket>();
  const report = (): void => onClientCountChange?.(clients.size);

  wss.on('connection', (ws) => {
    clients.add(ws);
    report();
    ws.on('message', (data, isBinary) => {
      void answerFrame(handlers, toBuffer(data), isBinary).then((reply) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(reply);
      });
    });
    // An oversized frame or protocol violation surfaces as 'error' before close; it must not throw.
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      if (clients.delete(ws)) report();
    });
  });

  return {
    accept(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    broadcast(event) {
      const frame = eventFrame(event);
      for (const ws of clients) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
    },
    async close() {
      // Wait for each socket's close so the client count has reached 0 when close() resolves.
      const gone = [...clients].map((ws) => new Promise((resolve) => ws.once('close', resolve)));
      for (const ws of clients) ws.terminate();
      await Promise.all([...gone, new Promise<void>((resolve) => wss.close(() => resolve()))]);
    },
  };
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
