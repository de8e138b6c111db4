import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { APP_ENTRY_URL } from '../../../../main/hosts/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../main/hosts/electron/content-security-policy';
import { guardWebContents } from '../../../../main/hosts/electron/browser-window-adapter';
import { FakeEvent, FakeWebContents } from './support/fake-electron';
import { REPO_ROOT, startShellKit } from './support/shell-kit';
import type { ShellKit } from './support/shell-kit';

const HARDENED = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  disableBlinkFeatures: 'Auxclick',
};

describe('hardened windows and session', () => {
  let kit: ShellKit | undefined;
  afterEach(async () => {
    await kit?.close();
    kit = undefined;
  });

  it('registers app:// as a privileged scheme, sandboxes every renderer', async () => {
    kit = await startShellKit();
    expect(kit.electron.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }),
      },
    ]);
    expect(kit.electron.app.sandboxEnabled).toBe(true);
  });

  it('creates both windows with every security setting explicit and the built preload', async () => {
    kit = await startShellKit();
    kit.electron.tray().emit('click');
    expect(kit.electron.windows).toHaveLength(2);
    for (const window of kit.electron.windows) {
      expect(window.options.webPreferences).toMatchObject(HARDENED);
      expect(window.options.webPreferences?.preload).toBe(
        join(REPO_ROOT, 'out', 'preload', 'index.js'),
      );
      expect(window.loadedUrl).toBe(APP_ENTRY_URL);
    }
  });

  it('fences in every page: no navigation away, no new windows, no webviews', async () => {
    kit = await startShellKit();
    const [main] = kit.electron.windows;
    const contents = main?.webContents;
    if (contents === undefined) throw new Error('no window');
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(false);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(false);
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(false);
    expect(contents.navigate('will-frame-navigate', 'https://evil.example/frame')).toBe(false);
    expect(contents.navigate('will-navigate', 'app://mns-watch/index.html')).toBe(true);
    const webview = new FakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(kit.electron.openedExternally).toEqual([]);
  });

  it('sends console links to the browser, and nothing else', async () => {
    kit = await startShellKit();
    const contents = kit.electron.windows[0]?.webContents;
    expect(contents?.openHandler?.({ url: 'https://vod.console.aliyun.com/#/media' })).toEqual({
      action: 'deny',
    });
    expect(contents?.navigate('will-navigate', 'https://help.aliyun.com/zh/mns/')).toBe(false);
    contents?.openHandler?.({ url: 'https://oss-cn-shanghai.aliyuncs.com/v.mp4' });
    contents?.openHandler?.({ url: 'http://vod.console.aliyun.com/' });
    expect(kit.electron.openedExternally).toEqual([
      'https://vod.console.aliyun.com/#/media',
      'https://help.aliyun.com/zh/mns/',
    ]);
  });

  it('fences in any other web contents too (devtools, future windows)', () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    guardWebContents(contents, async (url) => void opened.push(url));
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(false);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('denies web permissions except clipboard writes from the app page', async () => {
    kit = await startShellKit();
    const request = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      kit?.electron.permissionRequest?.({}, permission, (g) => (granted = g), { requestingUrl });
      return granted;
    };
    expect(request('notifications', APP_ENTRY_URL)).toBe(false);
    expect(request('media', APP_ENTRY_URL)).toBe(false);
    expect(request('geolocation', APP_ENTRY_URL)).toBe(false);
    expect(request('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(kit.electron.permissionCheck?.({}, 'notifications', 'app://mns-watch')).toBe(false);
    expect(kit.electron.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://mns-watch')).toBe(
      true,
    );
  });

  it('serves the built renderer over app:// with the CSP header, and refuses traversal', async () => {
    kit = await startShellKit();
    const handler = kit.electron.protocolHandlers.get('app');
    if (handler === undefined) throw new Error('app:// is not handled');
    if (existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) {
      const page = await handler(new Request(APP_ENTRY_URL));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    const traversal = await handler(new Request('app://mns-watch/../../package.json'));
    expect(traversal.status).toBe(404);
    const encoded = await handler(
      new Request('app://mns-watch/assets/..%2f..%2f..%2fpackage.json'),
    );
    expect(encoded.status).toBe(400);
    expect(encoded.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
