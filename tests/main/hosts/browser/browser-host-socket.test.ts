import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { closed, nextFrame, openSocket, rawGet, startTestHost } from './host-fixture';
import { MAX_FRAME_BYTES } from '../../../../main/hosts/browser';
import type { HandlerTable } from '../../../../main/hosts/browser';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

const handlers: HandlerTable = {
  echo: async (params) => ({ echoed: params }),
  nothing: async () => undefined,
  fail: async () => {
    throw new Error('queue not found');
  },
  failOdd: async () => {
    throw 'not an Error';
  },
};

/** Records client counts and resolves once a given count has been reported. */
function countRecorder(): {
  counts: number[];
  reaches: (n: number) => Promise<void>;
  on: (n: number) => void;
} {
  const counts: number[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  return {
    counts,
    on(n) {
      counts.push(n);
      for (const w of waiters.filter((w) => w.n === n)) w.resolve();
    },
    reaches(n) {
      if (counts.at(-1) === n) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
  };
}

function request(ws: WebSocket, frame: unknown): Promise<unknown> {
  const reply = nextFrame(ws);
  ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  return reply;
}

describe('browser host WebSocket', () => {
  it('answers requests, unknown methods and handler errors', async () => {
    const { host } = await startTestHost(cleanup, handlers);
    const ws = await openSocket(host);
    expect(await request(ws, { id: 1, method: 'echo', params: { a: [1, 2] } })).toEqual({
      id: 1,
      result: { echoed: { a: [1, 2] } },
    });
    expect(await request(ws, { id: 2, method: 'nothing' })).toEqual({ id: 2, result: null });
    expect(await request(ws, { id: 3, method: 'nope', params: null })).toEqual({
      id: 3,
      error: { message: 'unknown method nope' },
    });
    expect(await request(ws, { id: 4, method: 'constructor' })).toEqual({
      id: 4,
      error: { message: 'unknown method constructor' },
    });
    const failed = await request(ws, { id: 5, method: 'fail', params: {} });
    expect(failed).toEqual({ id: 5, error: { message: 'queue not found' } });
    expect(JSON.stringify(failed)).not.toMatch(/at |\.ts/);
    expect(await request(ws, { id: 6, method: 'failOdd' })).toEqual({
      id: 6,
      error: { message: 'request failed' },
    });
    ws.close();
    await closed(ws);
  });

  it('answers malformed frames with an error and stays usable', async () => {
    const { host } = await startTestHost(cleanup, handlers);
    const ws = await openSocket(host);
    const malformed = [
      '{not json',
      '[1,2]',
      'null',
      JSON.stringify({ id: 'x', method: 'echo' }),
      JSON.stringify({ id: 1.5, method: 'echo' }),
    ];
    for (const frame of malformed) {
      const reply = (await request(ws, frame)) as { id: unknown; error: { message: string } };
      expect(reply.id, frame).toBeNull();
      expect(reply.error.message).toMatch(/^malformed request/);
    }
    expect(await request(ws, { id: 7, method: 42 })).toEqual({
      id: 7,
      error: { message: 'malformed request: method must be a non-empty string' },
    });
    const binary = nextFrame(ws);
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await binary).toEqual({
      id: null,
      error: { message: 'malformed request: binary frame' },
    });
    const big = (await request(ws, 'x'.repeat(1024 * 1024 + 1))) as { error: { message: string } };
    expect(big.error.message).toMatch(/too large/);
    expect(await request(ws, { id: 8, method: 'echo', params: 1 })).toEqual({
      id: 8,
      result: { echoed: 1 },
    });
    ws.close();
    await closed(ws);
  });

  it('closes a socket that sends a frame over the hard cap, without crashing', async () => {
    const { host } = await startTestHost(cleanup, handlers);
    const ws = await openSocket(host);
    ws.on('error', () => undefined);
    ws.send('x'.repeat(MAX_FRAME_BYTES + 1));
    expect(await closed(ws)).toBe(1009);
    const again = await openSocket(host);
    expect(await request(again, { id: 1, method: 'echo', params: 'ok' })).toEqual({
      id: 1,
      result: { echoed: 'ok' },
    });
  });

  it('broadcasts events to every client and reports the client count', async () => {
    const recorder = countRecorder();
    const { host } = await startTestHost(cleanup, handlers, recorder.on);
    const a = await openSocket(host);
    const b = await openSocket(host);
    const frames = Promise.all([nextFrame(a), nextFrame(b)]);
    host.broadcast({ kind: 'feed', n: 1 });
    expect(await frames).toEqual([
      { event: { kind: 'feed', n: 1 } },
      { event: { kind: 'feed', n: 1 } },
    ]);
    a.close();
    await Promise.all([closed(a), recorder.reaches(1)]);
    const onlyB = nextFrame(b);
    host.broadcast('second');
    expect(await onlyB).toEqual({ event: 'second' });
    expect(recorder.counts).toEqual([1, 2, 1]);
  });

  it('accepts the token by cookie on the upgrade', async () => {
    const { host } = await startTestHost(cleanup, handlers);
    const page = await rawGet(host.port, `/?token=${host.token}`);
    const cookie = (page.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, {
      origin: `http://127.0.0.1:${host.port}`,
      headers: { cookie },
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    expect(await request(ws, { id: 1, method: 'echo', params: 2 })).toEqual({
      id: 1,
      result: { echoed: 2 },
    });
    ws.close();
    await closed(ws);
  });

  it('refuses upgrades with a wrong or missing Origin, or without the token', async () => {
    const { host } = await startTestHost(cleanup, handlers);
    const refusals = [
      openSocket(host, { origin: 'http://evil.example' }),
      openSocket(host, { origin: `http://127.0.0.1:${host.port + 1}` }),
      openSocket(host, { origin: `https://127.0.0.1:${host.port}` }),
      openSocket(host, { origin: 'null' }),
      openSocket(host, { origin: undefined }),
      openSocket(host, { withToken: false }),
    ];
    for (const refusal of refusals) await expect(refusal).rejects.toThrow('refused 403');
    await expect(openSocket(host, { path: '/other' })).rejects.toThrow('refused 404');
  });

  it('close() ends sockets and the server', async () => {
    const counts: number[] = [];
    const { host } = await startTestHost(cleanup, handlers, (n) => counts.push(n));
    const ws = await openSocket(host);
    const ended = closed(ws);
    await host.close();
    await ended;
    expect(counts).toEqual([1, 0]);
    await expect(rawGet(host.port, `/?token=${host.token}`)).rejects.toThrow(/ECONNREFUSED/);
    await host.close();
  });
});
