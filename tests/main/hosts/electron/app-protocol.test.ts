import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  APP_ENTRY_URL,
  isAppUrl,
  serveAppRequest,
} from '../../../../main/hosts/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../main/hosts/electron/content-security-policy';

describe('app:// protocol', () => {
  const base = mkdtempSync(join(tmpdir(), 'mns-watch-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>MNS Watch</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method });

  it('serves the renderer with the strict CSP and security headers', async () => {
    const page = await get(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('MNS Watch');
    const script = await get('app://mns-watch/assets/app.js?v=1#x');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://mns-watch/')).status).toBe(200);
    expect(await (await get(APP_ENTRY_URL, 'HEAD')).text()).toBe('');
  });

  it('keeps the policy strict: no inline script, no network, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('refuses path traversal, encoded separators, dotfiles and symlinks out', async () => {
    for (const url of [
      'app://mns-watch/../secret.txt',
      'app://mns-watch/assets/../../secret.txt',
      'app://mns-watch/%2e%2e/secret.txt',
      'app://mns-watch/assets/..%2f..%2fsecret.txt',
      'app://mns-watch/assets%5c..%5c..%5csecret.txt',
      'app://mns-watch/.env',
      'app://mns-watch/%00index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(400);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await get('app://mns-watch/assets/link.txt')).status).toBe(404);
    expect((await get('app://mns-watch/missing.js')).status).toBe(404);
    expect((await get('app://mns-watch/assets')).status).toBe(404);
  });

  it('answers only its own host and only reads', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://mns-watch.evil/index.html')).status).toBe(404);
    expect((await get('app://mns-watch:8080/index.html')).status).toBe(404);
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('recognises the app origin exactly', () => {
    expect(isAppUrl('app://mns-watch/index.html')).toBe(true);
    expect(isAppUrl('app://mns-watch')).toBe(true);
    expect(isAppUrl('app://mns-watch.evil/')).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://mns-watch/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
