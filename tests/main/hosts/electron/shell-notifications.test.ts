import { afterEach, describe, expect, it, vi } from 'vitest';

import type { FeedRow } from '../../../../preload/contract';
import { startLocalMns } from '../../../../main/local-mns';
import type { LocalMns } from '../../../../main/local-mns';
import { escapeNotificationMarkup } from '../../../../main/hosts/electron/notification-text';
import { startShellKit } from './support/shell-kit';
import type { ShellKit, ShellKitOptions } from './support/shell-kit';
import { sampleNotification, sampleStatus } from './support/samples';

const KEYS = { accessKeyId: 'LTAI5tShellTestKey01', accessKeySecret: 'Shell-Secret-Never-Shown-1' };

describe('native notifications', () => {
  let kit: ShellKit | undefined;
  let mns: LocalMns | undefined;
  afterEach(async () => {
    await kit?.close();
    await mns?.stop();
    kit = undefined;
    mns = undefined;
  });
  const start = async (options: ShellKitOptions = {}) => (kit = await startShellKit(options));

  it('escapes markup in the body for Linux notification servers', () => {
    expect(escapeNotificationMarkup('<b>HD</b> & "4K"')).toBe('&lt;b&gt;HD&lt;/b&gt; &amp; "4K"');
  });

  it('raises exactly one notification per notification event; a digest is one too', async () => {
    const k = await start();
    k.emit({ type: 'notification', notification: sampleNotification(['a']) });
    k.emit({
      type: 'notification',
      notification: sampleNotification(['b', 'c', 'd', 'e'], { title: '4 transcodes failed' }),
    });
    // Other events never notify.
    k.emit({ type: 'status', status: sampleStatus() });
    expect(k.electron.notifications).toHaveLength(2);
    const [single, digest] = k.electron.notifications;
    expect(single?.shown).toBe(true);
    expect(single?.options).toMatchObject({
      title: 'Transcode failed',
      body: 'launch-trailer.mp4 &lt;HD&gt; &amp; 2 more',
      urgency: 'critical',
    });
    expect(digest?.options.title).toBe('4 transcodes failed');
  });

  it('keeps the text as is on macOS and Windows', async () => {
    const k = await start({ platform: 'darwin' });
    k.emit({ type: 'notification', notification: sampleNotification(['a']) });
    expect(k.electron.notifications[0]?.options).toEqual({
      title: 'Transcode failed',
      body: 'launch-trailer.mp4 <HD> & 2 more',
    });
  });

  it('shows nothing where the system has no notifications', async () => {
    const k = await start({ prepare: (e) => void (e.state.notificationsSupported = false) });
    k.emit({ type: 'notification', notification: sampleNotification(['a']) });
    expect(k.electron.notifications).toHaveLength(0);
  });

  it('opens the window on the event when clicked, even if the window was never opened', async () => {
    const k = await start({ argv: ['electron', '.', '--hidden'] });
    k.emit({
      type: 'notification',
      notification: sampleNotification(['acct/cn-shanghai/q/M1', 'x']),
    });
    k.electron.notifications[0]?.emit('click');
    const [main] = k.electron.windows;
    expect(main).toBeDefined();
    main?.finishLoading();
    expect(main?.visible).toBe(true);
    expect(main?.focused).toBe(true);
    expect(main?.webContents.events()).toContainEqual({
      type: 'open-event',
      id: 'acct/cn-shanghai/q/M1',
    });
    // A second click focuses the same window again.
    main?.hide();
    k.electron.notifications[0]?.emit('click');
    expect(k.electron.windows).toHaveLength(1);
    expect(main?.visible).toBe(true);
  });

  it('logs a refused notification without its content', async () => {
    const k = await start();
    k.emit({ type: 'notification', notification: sampleNotification(['a']) });
    k.electron.notifications[0]?.emit('failed', {}, 'app is not signed');
    expect(k.logs).toEqual(['A notification could not be shown: app is not signed']);
  });

  it('end to end: a finished transcode on a real queue raises one notification that opens it', async () => {
    mns = await startLocalMns({ queues: ['vod'], credentials: [KEYS] });
    const k = await start();
    const [main] = k.electron.windows;
    if (main === undefined) throw new Error('no window');
    main.finishLoading();
    await k.electron.invoke('saveAccount', main.ipcEvent(), {
      name: 'Staging',
      accountId: mns.accountId,
      endpoint: { kind: 'url', url: mns.url },
      queues: [{ name: 'vod', mode: 'consume' }],
      credentials: KEYS,
    });
    mns.store.sendMessage(
      'vod',
      JSON.stringify({
        EventType: 'TranscodeComplete',
        VideoId: 'video-1',
        Status: 'success',
        StreamInfos: [{ Definition: 'HD', Status: 'success' }],
      }),
    );
    await vi.waitFor(() => expect(k.electron.notifications).toHaveLength(1), { timeout: 10_000 });
    expect(k.electron.notifications[0]?.options.title).toContain('Transcode complete');
    const page = (await k.electron.invoke('queryFeed', main.ipcEvent(), {})) as { rows: FeedRow[] };
    const id = page.rows[0]?.id;
    expect(id).toBeDefined();
    main.blur();
    main.hide();
    k.electron.notifications[0]?.emit('click');
    k.timers.advance(16);
    expect(main.visible).toBe(true);
    expect(main.webContents.events()).toContainEqual({ type: 'open-event', id });
    expect(k.electron.notifications).toHaveLength(1);
  });
});
