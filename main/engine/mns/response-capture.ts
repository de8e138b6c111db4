import { Agent as HttpAgent } from 'node:http';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';

/** The raw HTTP response behind one SDK call, seen below the SDK so its blind spots do not hide it. */
export interface CapturedResponse {
  status: number;
  contentType: string;
  /** The server's Date header: the reference for clock-skew correction. */
  date: string | undefined;
  requestId: string | undefined;
  body: string;
}

/** Collects the response of one request; handed to the SDK call through its request options. */
export class ResponseCapture {
  private head: Omit<CapturedResponse, 'body'> | undefined;
  private readonly chunks: Buffer[] = [];
  private size = 0;

  /** The response as far as it arrived, or undefined when none did. */
  get response(): CapturedResponse | undefined {
    if (this.head === undefined) return undefined;
    return { ...this.head, body: Buffer.concat(this.chunks).toString('utf8') };
  }

  /** Called by the agent when headers arrive. */
  onResponse(res: IncomingMessage): void {
    const header = (name: string): string | undefined => {
      const value = res.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    this.head = {
      status: res.statusCode ?? 0,
      contentType: header('content-type') ?? '',
      date: header('date'),
      requestId: header('x-mns-request-id'),
    };
  }

  /** Called by the agent for each body chunk, as the SDK itself reads it. */
  onChunk(chunk: Buffer): void {
    // A legitimate response is at most 16 messages of 64 KB; more is hostile and is not kept.
    if (this.size > MAX_CAPTURE_BYTES) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }
}

const MAX_CAPTURE_BYTES = 4 * 1024 * 1024;
const CAPTURE = Symbol('mns-watch.response-capture');
const CONNECT_TIMEOUT = Symbol('mns-watch.connect-timeout');

type CaptureOptions = RequestOptions & { [CAPTURE]?: ResponseCapture; [CONNECT_TIMEOUT]?: number };
// Node's agents have addRequest at runtime, but @types/node does not declare it.
type AgentInternals = { addRequest: (request: ClientRequest, options: RequestOptions) => void };

/** A keep-alive agent for one client whose requests can be captured and aborted. */
export interface CapturingAgent {
  /** SDK request options that route one call through this agent with a capture and an abort signal. */
  requestOptions(
    capture: ResponseCapture,
    signal: AbortSignal | undefined,
    connectTimeoutMs: number,
  ): { agent: HttpAgent; beforeRequest: (options: RequestOptions) => RequestOptions };
  /** Closes every pooled socket (after a resume or network change, old sockets may be dead). */
  dropSockets(): void;
}

/** Creates the agent for an http or https endpoint. */
export function createCapturingAgent(secure: boolean): CapturingAgent {
  const Base = secure ? HttpsAgent : HttpAgent;
  // addRequest is where Node hands the agent each ClientRequest together with its options; hooking
  // it lets us watch the response without the SDK (which accepts no response hook) knowing.
  class Capturing extends Base {
    addRequest(request: ClientRequest, options: CaptureOptions): void {
      const connectTimeoutMs = options[CONNECT_TIMEOUT];
      if (connectTimeoutMs !== undefined) limitConnect(request, connectTimeoutMs);
      const capture = options[CAPTURE];
      if (capture !== undefined) {
        request.once('response', (res: IncomingMessage) => {
          capture.onResponse(res);
          // Tee the body by observing 'data' emissions instead of adding a listener, which would
          // start the stream flowing before the SDK attaches its own reader and lose chunks.
          const emit = res.emit.bind(res);
          res.emit = ((event: string | symbol, ...args: unknown[]) => {
            if (event === 'data' && Buffer.isBuffer(args[0])) capture.onChunk(args[0]);
            return emit(event, ...args);
          }) as typeof res.emit;
        });
      }
      (Base.prototype as unknown as AgentInternals).addRequest.call(this, request, options);
    }
  }
  // maxSockets stays unlimited so deletes never queue behind 30-second long polls.
  const agent = new Capturing({ keepAlive: true, keepAliveMsecs: 15_000, maxFreeSockets: 4 });
  return {
    requestOptions(capture, signal, connectTimeoutMs) {
      return {
        agent,
        beforeRequest: (options) => ({
          ...options,
          ...(signal !== undefined ? { signal } : {}),
          [CAPTURE]: capture,
          [CONNECT_TIMEOUT]: connectTimeoutMs,
        }),
      };
    },
    dropSockets() {
      agent.destroy();
    },
  };
}

// httpx hands its "connect timeout" to Node as the socket idle timeout, which would also cut a
// long poll that is quietly waiting; so the SDK gets the whole read budget and the real connect
// deadline is enforced here, only until the socket connects.
function limitConnect(request: ClientRequest, timeoutMs: number): void {
  request.once('socket', (socket: Socket) => {
    if (!socket.connecting) return;
    const timer = setTimeout(() => {
      const error = new Error(`ConnectTimeout: no connection within ${timeoutMs} ms`);
      error.name = 'RequestTimeoutError';
      request.destroy(error);
    }, timeoutMs);
    socket.once('connect', () => clearTimeout(timer));
    socket.once('close', () => clearTimeout(timer));
  });
}
