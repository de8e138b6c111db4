import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { closed, openSocket, rawGet } from './host-fixture';
import { createMemorySecretStore } from '../../../../main/engine/credentials/memory-secret-store';
import { KeychainUnavailableError } from '../../../../main/engine/credentials/secret-store';
import { startWebApp } from '../../../../main/hosts/browser/web-app';
import type { WebApp, WebAppOptions } from '../../../../main/hosts/browser/web-app';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(options: Partial<WebAppOptions> = {}): Promise<WebApp> {
  const staticDir = tempDir('mnsw-webapp-www-');
  writeFileSync(join(staticDir, 'index.html'), '<html><head></head><body></body></html>');
  const app = await startWebApp({
    staticDir,
    dataDir: tempDir('mnsw-webapp-data-'),
    version: '1.2.3',
    demo: 'off',
    secretStore: createMemorySecretStore(),
    ...options,
  });
  let stopped = false;
  cleanup.push(() => (stopped ? undefined : app.stop()));
  const stop = app.stop.bind(app);
  app.stop = () => ((stopped = true), stop());
  return app;
}

/** Every JSON frame a socket receives, with a way to wait for one. */
function frames(ws: WebSocket) {
  const seen: Record<string, unknown>[] = [];
  const waiters: { test: (f: Record<string, unknown>) => boolean; resolve: () => void }[] = [];
  ws.on('message', (data: Buffer) => {
    seen.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>);
    for (const w of [...waiters]) if (seen.some(w.test)) w.resolve();
  });
  return {
    seen,
    async next(test: (f: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
      if (!seen.some(test)) await new Promise<void>((resolve) => waiters.push({ test, resolve }));
      return seen.find(test) ?? {};
    },
  };
}

async function call(
  ws: WebSocket,
  received: ReturnType<typeof frames>,
  id: number,
  method: string,
  params?: unknown,
) {
  ws.send(JSON.stringify({ id, method, params: params ?? null }));
  return received.next((f) => f.id === id);
}

describe('web app', () => {
  it('serves the renderer marked as the browser host, only with the token', async () => {
    const app = await start();
    const { port, token } = app.host;
    expect(app.url).toBe(`http://127.0.0.1:${port}/?token=${token}`);

    const page = await rawGet(port, `/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toBe(
      '<html><head><meta name="mns-watch-host" content="browser" /></head><body></body></html>',
    );
    const cookie = String(page.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    expect(cookie).toBe(`mns_watch_token_${port}=${token}`);
    expect((await rawGet(port, '/index.html', { cookie })).status).toBe(200);

    for (const path of ['/', '/index.html', '/?token=wrong']) {
      const refused = await rawGet(port, path);
      expect({ path, status: refused.status }).toEqual({ path, status: 403 });
      expect(refused.body).not.toContain('mns-watch-host');
    }
    await expect(openSocket(app.host, { withToken: false })).rejects.toThrow('refused 403');
  });

  it('holds start-up notices until the first tab connects, then delivers them', async () => {
    const unavailable = (): Promise<never> =>
      Promise.reject(
        new KeychainUnavailableError('No keychain here.', 'org.freedesktop.secrets missing'),
      );
    const app = await start({
      secretStore: { get: unavailable, set: unavailable, delete: unavailable },
    });
    // Listening from the first byte: the held notices follow the upgrade at once.
    const ws = new WebSocket(`ws://127.0.0.1:${app.host.port}/ws?token=${app.host.token}`, {
      origin: `http://127.0.0.1:${app.host.port}`,
    });
    cleanup.push(() => ws.terminate());
    const received = frames(ws);
    const frame = await received.next(
      (f) => (f.event as { type?: string } | undefined)?.type === 'notice',
    );
    expect(frame.event).toMatchObject({ type: 'notice', level: 'warning' });
  });

  it('answers engine calls over the socket and pushes engine events to it', async () => {
    const app = await start({
      demo: 'now',
      demoSpeed: 10,
      engine: { peekIntervalMs: 1_000 },
    });
    const ws = await openSocket(app.host);
    const received = frames(ws);

    expect(await call(ws, received, 1, 'appInfo')).toEqual({
      id: 1,
      result: {
        name: 'MNS Watch',
        version: '1.2.3',
        host: 'browser',
        platform: process.platform,
        demoRunning: true,
      },
    });
    const event = await received.next((f) => {
      const e = f.event as { type?: string; rows?: unknown[] } | undefined;
      return e?.type === 'feed' && (e.rows?.length ?? 0) > 0;
    });
    const pushed = (event.event as { rows: { id: string }[] }).rows;

    const reply = await call(ws, received, 2, 'queryFeed', { limit: 1000 });
    const page = reply.result as { rows: { id: string }[]; total: number; journalSize: number };
    expect(page.total).toBeGreaterThan(0);
    expect(page.journalSize).toBeGreaterThanOrEqual(page.total);
    const ids = new Set(page.rows.map((r) => r.id));
    for (const row of pushed) expect(ids.has(row.id)).toBe(true);

    expect(await call(ws, received, 3, 'queryFeed', { limit: 'all' })).toEqual({
      id: 3,
      error: { message: expect.stringMatching(/^Invalid request to queryFeed \(limit\)/) },
    });
    const secret = app.runtime.demo()?.credentials.accessKeySecret ?? 'no demo';
    expect(JSON.stringify(received.seen)).not.toContain(secret);
    ws.close();
    await closed(ws);
  });

  it('stops the socket, the server and the engine', async () => {
    const app = await start({ demo: 'now', demoSpeed: 10 });
    const demoUrl = app.runtime.demo()?.url ?? '';
    expect((await fetch(demoUrl)).status).toBeGreaterThanOrEqual(400);
    const ws = await openSocket(app.host);
    const wasClosed = closed(ws);
    await app.stop();
    await wasClosed;
    await expect(rawGet(app.host.port, `/?token=${app.host.token}`)).rejects.toThrow(
      /ECONNREFUSED/,
    );
    await expect(fetch(demoUrl)).rejects.toThrow();
  });

  it('fails to start on a busy port and stops the engine and demo it started', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => busy.close(() => resolve())));
    const address = busy.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const dataDir = tempDir('mnsw-webapp-busy-');

    await expect(start({ port, dataDir, demo: 'now' })).rejects.toThrow(/EADDRINUSE/);
    // The demo server it started (its URL is in the saved demo account) was stopped again.
    const saved = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as {
      accounts: { regions: { endpoint: string }[] }[];
    };
    const demoUrl = saved.accounts[0]?.regions[0]?.endpoint ?? '';
    expect(demoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(fetch(demoUrl)).rejects.toThrow();
  });
});
