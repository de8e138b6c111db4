// The bridge in browser mode: the same Api as the Electron preload, carried over the browser
// host's WebSocket. The token cookie set when the page was opened authorises the socket.
import type { Api, EngineEvent, EngineMethod } from '../../preload/contract';
import { ENGINE_METHODS } from '../../preload/engine-methods';

type ConnectionState = 'open' | 'reconnecting' | 'closed';

const MAX_EARLY_EVENTS = 100;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Options for tests; the app uses the defaults. */
export interface SocketApiOptions {
  url?: string;
  /** Delay before reconnect attempt n (1-based). */
  retryDelayMs?: (attempt: number) => number;
  createSocket?: (url: string) => WebSocket;
}

/** Opens the socket bridge to the browser host that served this page. */
export function createSocketApi(options: SocketApiOptions = {}): Api {
  const url = options.url ?? `ws://${window.location.host}/ws`;
  const delay = options.retryDelayMs ?? ((n) => Math.min(10_000, 250 * 2 ** (n - 1)));
  const open = options.createSocket ?? ((u) => new WebSocket(u));
  const eventListeners = new Set<(event: EngineEvent) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const pending = new Map<number, Pending>();
  const queued: string[] = [];
  const early: EngineEvent[] = [];
  let nextId = 1;
  let attempt = 0;
  let socket: WebSocket;
  let state: ConnectionState = 'reconnecting';

  const setState = (next: ConnectionState): void => {
    if (next === state) return;
    state = next;
    for (const listener of connectionListeners) listener(next);
  };

  function connect(): void {
    socket = open(url);
    socket.addEventListener('open', () => {
      attempt = 0;
      setState('open');
      for (const frame of queued.splice(0)) socket.send(frame);
    });
    socket.addEventListener('message', (message: MessageEvent) => {
      if (typeof message.data === 'string') receive(message.data);
    });
    socket.addEventListener('close', () => {
      // Calls in flight may or may not have run: say so rather than retry them blindly.
      for (const [id, call] of pending) {
        pending.delete(id);
        call.reject(new Error('The connection to MNS Watch was lost before it answered.'));
      }
      attempt += 1;
      setState(attempt > 8 ? 'closed' : 'reconnecting');
      if (attempt <= 8) window.setTimeout(connect, delay(attempt));
    });
  }

  function receive(text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const record = frame as Record<string, unknown>;
    if ('event' in record) {
      const event = record.event as EngineEvent;
      // Events that arrive before the app subscribed (start-up notices) wait for it.
      if (eventListeners.size === 0) {
        if (early.length < MAX_EARLY_EVENTS) early.push(event);
      } else for (const listener of eventListeners) listener(event);
      return;
    }
    const id = record.id;
    if (typeof id !== 'number') return;
    const call = pending.get(id);
    if (call === undefined) return;
    pending.delete(id);
    const error = record.error as { message?: unknown } | undefined;
    if (error !== undefined)
      call.reject(new Error(typeof error.message === 'string' ? error.message : 'Request failed.'));
    else call.resolve(record.result === null ? undefined : record.result);
  }

  function invoke(method: EngineMethod, params: unknown): Promise<unknown> {
    const id = nextId++;
    const frame = JSON.stringify({ id, method, params: params ?? null });
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
      else queued.push(frame);
    });
  }

  connect();
  const verbs = Object.fromEntries(
    ENGINE_METHODS.map((method) => [method, (params?: unknown) => invoke(method, params)]),
  );
  return {
    ...(verbs as Omit<Api, 'onEvent' | 'onConnection'>),
    onEvent(listener) {
      eventListeners.add(listener);
      for (const event of early.splice(0)) listener(event);
      return () => eventListeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(state);
      return () => connectionListeners.delete(listener);
    },
  };
}
