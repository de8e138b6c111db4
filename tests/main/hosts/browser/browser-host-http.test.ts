import { afterEach, describe, expect, it } from 'vitest';

import { rawGet, startTestHost } from './host-fixture';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

function cookieFrom(setCookie: string[] | undefined): string {
  const first = setCookie?.[0] ?? '';
  return first.split(';')[0] ?? '';
}

describe('browser host over HTTP', () => {
  it('prints a loopback URL carrying a 32-byte base64url token', async () => {
    const { host } = await startTestHost(cleanup);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves index.html with ?token= and sets a strict HttpOnly cookie', async () => {
    const { host } = await startTestHost(cleanup);
    const res = await rawGet(host.port, `/?token=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<!doctype html>');
    const setCookie = res.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toContain(`mns_watch_token_${host.port}=${host.token}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
  });

  it('sends the security headers', async () => {
    const { host } = await startTestHost(cleanup);
    const res = await rawGet(host.port, `/?token=${host.token}`);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        `font-src 'self'; connect-src 'self' ws://127.0.0.1:${host.port}; base-uri 'none'; ` +
        "form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('serves an asset with the cookie alone, with its content type', async () => {
    const { host } = await startTestHost(cleanup);
    const page = await rawGet(host.port, `/?token=${host.token}`);
    const res = await rawGet(host.port, '/assets/app.js', {
      cookie: `other=1; ${cookieFrom(page.headers['set-cookie'])}`,
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.body).toBe('console.log("app");');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers HEAD without a body', async () => {
    const { host } = await startTestHost(cleanup);
    const res = await rawGet(host.port, `/assets/app.js?token=${host.token}`, {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe('19');
    expect(res.body).toBe('');
  });

  it('refuses missing and wrong tokens with 403 and no token echo', async () => {
    const { host } = await startTestHost(cleanup);
    const wrong = 'A'.repeat(43);
    for (const res of [
      await rawGet(host.port, '/'),
      await rawGet(host.port, '/assets/app.js'),
      await rawGet(host.port, `/?token=${wrong}`),
      await rawGet(host.port, '/', { cookie: `mns_watch_token_${host.port}=${wrong}` }),
      await rawGet(host.port, '/', { cookie: `mns_watch_token_1=${host.token}` }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body).toMatch(/token/);
      expect(res.body).not.toContain(host.token);
      expect(res.body).not.toContain(wrong);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a wrong Host header even with the token (DNS rebinding)', async () => {
    const { host } = await startTestHost(cleanup);
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, '127.0.0.1:1']) {
      const res = await rawGet(host.port, `/?token=${host.token}`, { host: hostHeader });
      expect(res.status).toBe(403);
      expect(res.body).toMatch(/Host/);
    }
    const local = await rawGet(host.port, `/?token=${host.token}`, {
      host: `localhost:${host.port}`,
    });
    expect(local.status).toBe(200);
  });

  it('never serves files outside the static dir', async () => {
    const { host } = await startTestHost(cleanup);
    const q = `?token=${host.token}`;
    const attempts: [string, number][] = [
      ['/../package.json', 400],
      ['/../secret.txt', 400],
      ['/assets/../../secret.txt', 400],
      ['/%2e%2e/secret.txt', 400],
      ['/%2E%2E/%2e%2e/package.json', 400],
      ['/assets/..%2f..%2fsecret.txt', 400],
      ['/assets%5c..%5c..%5csecret.txt', 400],
      ['/..%5csecret.txt', 400],
      ['/%00index.html', 400],
      ['/.env', 400],
      ['/%E0%A4%A', 400],
      ['/escape.txt', 404],
    ];
    for (const [path, status] of attempts) {
      const res = await rawGet(host.port, `${path}${q}`);
      expect(res.status, path).toBe(status);
      expect(res.body).not.toContain('TOP SECRET');
      expect(res.body).not.toContain('HIDDEN');
    }
  });

  it('gives 404 for missing files and directories (no SPA fallback)', async () => {
    const { host } = await startTestHost(cleanup);
    for (const path of ['/nope.js', '/assets', '/some/route']) {
      const res = await rawGet(host.port, `${path}?token=${host.token}`);
      expect(res.status, path).toBe(404);
    }
  });

  it('allows only GET and HEAD', async () => {
    const { host } = await startTestHost(cleanup);
    const res = await rawGet(host.port, `/?token=${host.token}`, {}, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});
