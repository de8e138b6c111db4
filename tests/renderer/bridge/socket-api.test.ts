import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { EngineEvent } from '../../../preload/contract';
import { createSocketApi } from '../../../renderer/bridge/socket-api';

/** A scripted stand-in for the browser's WebSocket. */
class FakeSocket extends EventTarget {
  static readonly OPEN = 1;
  readyState = 0;
  readonly sent: string[] = [];
  constructor(readonly url: string) {
    super();
  }
  send(frame: string) {
    this.sent.push(frame);
  }
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  receive(frame: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }
  drop() {
    this.readyState = 3;
    this.dispatchEvent(new Event('close'));
  }
}

describe('socket bridge', () => {
  const sockets: FakeSocket[] = [];
  const at = (index: number): FakeSocket => {
    const socket = sockets[index];
    if (socket === undefined) throw new Error(`socket ${index} was never opened`);
    return socket;
  };
  const idOf = (frame: { id: number } | undefined): number => frame?.id ?? -1;
  const connect = () =>
    createSocketApi({
      url: 'ws://127.0.0.1:1/ws',
      retryDelayMs: () => 10,
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket as unknown as WebSocket;
      },
    });
  beforeEach(() => {
    sockets.length = 0;
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends calls made before the socket opened, and resolves each by its id', async () => {
    const api = connect();
    const info = api.appInfo();
    const page = api.queryFeed({ text: 'fail' });
    const socket = at(0);
    expect(socket.sent).toEqual([]);
    socket.open();
    const frames = socket.sent.map(
      (f) => JSON.parse(f) as { id: number; method: string; params: unknown },
    );
    expect(frames.map((f) => [f.method, f.params])).toEqual([
      ['appInfo', null],
      ['queryFeed', { text: 'fail' }],
    ]);
    socket.receive({ id: idOf(frames[1]), result: { rows: [], total: 0 } });
    socket.receive({ id: idOf(frames[0]), result: { name: 'MNS Watch' } });
    await expect(page).resolves.toEqual({ rows: [], total: 0 });
    await expect(info).resolves.toEqual({ name: 'MNS Watch' });
  });

  it('rejects with the engine’s own words when a call fails', async () => {
    const api = connect();
    at(0).open();
    const call = api.releaseMessage({ id: 'x' });
    const { id } = JSON.parse(at(0).sent[0] ?? '{}') as { id: number };
    at(0).receive({ id, error: { message: 'The lease has expired.' } });
    await expect(call).rejects.toThrow('The lease has expired.');
  });

  it('delivers pushed events to subscribers until they unsubscribe', () => {
    const api = connect();
    at(0).open();
    const seen: EngineEvent[] = [];
    const stop = api.onEvent((event) => seen.push(event));
    const event: EngineEvent = {
      type: 'notice',
      level: 'info',
      queueKey: undefined,
      message: 'hi',
    };
    at(0).receive({ event });
    stop();
    at(0).receive({ event });
    expect(seen).toEqual([event]);
  });

  it('fails calls in flight when the connection drops, reports it, and reconnects', async () => {
    const api = connect();
    const states: string[] = [];
    api.onConnection((state) => states.push(state));
    at(0).open();
    const call = api.statuses();
    at(0).drop();
    await expect(call).rejects.toThrow('connection to MNS Watch was lost');
    expect(states).toEqual(['reconnecting', 'open', 'reconnecting']);
    vi.advanceTimersByTime(10);
    expect(sockets).toHaveLength(2);
    at(1).open();
    expect(states.at(-1)).toBe('open');
  });

  it('ignores frames that are not JSON or answer no pending call', async () => {
    const api = connect();
    at(0).open();
    at(0).dispatchEvent(new MessageEvent('message', { data: 'not json' }));
    at(0).receive({ id: 999, result: 1 });
    const call = api.regions();
    const { id } = JSON.parse(at(0).sent[0] ?? '{}') as { id: number };
    at(0).receive({ id, result: [] });
    await expect(call).resolves.toEqual([]);
  });

  it('keeps events that arrive before anyone subscribed for the first subscriber', () => {
    const api = connect();
    at(0).open();
    const notice: EngineEvent = {
      type: 'notice',
      level: 'warning',
      queueKey: undefined,
      message: 'The journal was repaired after an unclean stop.',
    };
    at(0).receive({ event: notice });
    const seen: EngineEvent[] = [];
    api.onEvent((event) => seen.push(event));
    expect(seen).toEqual([notice]);
  });
});
