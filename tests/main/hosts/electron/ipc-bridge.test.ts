import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ENGINE_METHODS } from '../../../../preload/engine-methods';
import { APP_ENTRY_URL } from '../../../../main/hosts/electron/app-protocol';
import { EVENT_CHANNEL } from '../../../../main/hosts/electron/ipc-bridge-adapter';
import { FakeWebContents } from './support/fake-electron';
import type { FakeWindow } from './support/fake-electron';
import { startShellKit } from './support/shell-kit';
import type { ShellKit } from './support/shell-kit';
import { sampleRow, sampleStatus } from './support/samples';

describe('IPC bridge', () => {
  let kit: ShellKit;
  let window: FakeWindow;
  beforeEach(async () => {
    kit = await startShellKit();
    const [first] = kit.electron.windows;
    if (first === undefined) throw new Error('no window');
    window = first;
    window.finishLoading();
  });
  afterEach(() => kit.close());

  it('registers exactly one handler per contract method', () => {
    expect([...kit.electron.handlers.keys()].sort()).toEqual([...ENGINE_METHODS].sort());
  });

  it("answers the app's own top frame", async () => {
    expect(window.loadedUrl).toBe(APP_ENTRY_URL);
    await expect(kit.electron.invoke('appInfo', window.ipcEvent(), null)).resolves.toMatchObject({
      name: 'MNS Watch',
      host: 'electron',
    });
    await expect(
      kit.electron.invoke('statuses', window.ipcEvent('app://mns-watch/index.html#feed'), null),
    ).resolves.toEqual([]);
  });

  it.each(ENGINE_METHODS)(
    '%s refuses any other sender before the engine sees the call',
    async (method) => {
      // The shell itself asked for statuses and settings at start-up.
      vi.mocked(kit.handlers[method]).mockClear();
      const stranger = new FakeWebContents();
      const senders = [
        // A page the window was navigated to.
        { sender: window.webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
        // An iframe inside the app page.
        { sender: window.webContents, senderFrame: { url: APP_ENTRY_URL, parent: {} } },
        // Another web contents showing the app URL (not one of the app's windows).
        { sender: stranger, senderFrame: { url: APP_ENTRY_URL, parent: null } },
        // A frame that is gone.
        { sender: window.webContents, senderFrame: null },
        {
          sender: window.webContents,
          senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null },
        },
      ];
      for (const event of senders) {
        await expect(kit.electron.invoke(method, event, null)).rejects.toThrow('Unknown sender');
      }
      expect(kit.handlers[method]).not.toHaveBeenCalled();
    },
  );

  it.each(ENGINE_METHODS)(
    '%s validates its argument and rejects with the runtime message',
    async (method) => {
      await expect(
        kit.electron.invoke(method, window.ipcEvent(), { unexpected: true }),
      ).rejects.toThrow(new RegExp(`^Invalid request to ${method}`));
    },
  );

  it('keeps the runtime error text for a well-formed but bad request', async () => {
    await expect(
      kit.electron.invoke('queryFeed', window.ipcEvent(), { limit: 'all' }),
    ).rejects.toThrow('Invalid request to queryFeed (limit)');
    await expect(
      kit.electron.invoke('deleteMessages', window.ipcEvent(), { ids: ['nope'] }),
    ).rejects.toThrow('That message is no longer in the journal.');
  });

  it('pushes engine events to the page in batches', () => {
    kit.emit({ type: 'feed', rows: [sampleRow('a', kit.timers.now())] });
    kit.emit({ type: 'status', status: sampleStatus() });
    kit.emit({ type: 'feed', rows: [sampleRow('b', kit.timers.now())] });
    const before = window.webContents.sent.length;
    kit.timers.advance(16);
    const messages = window.webContents.sent.slice(before);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.channel).toBe(EVENT_CHANNEL);
    const batch = messages[0]?.args[0] as { type: string }[];
    expect(batch.map((e) => e.type)).toEqual(['feed', 'status']);
  });
});
