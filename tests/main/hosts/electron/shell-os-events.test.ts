import { afterEach, describe, expect, it } from 'vitest';

import { ONLINE_POLL_MS } from '../../../../main/hosts/electron/os-events-adapter';
import { startShellKit } from './support/shell-kit';
import type { ShellKit } from './support/shell-kit';
import { sampleStatus } from './support/samples';

describe('OS events reach the feed engine', () => {
  let kit: ShellKit | undefined;
  afterEach(async () => {
    await kit?.close();
    kit = undefined;
  });

  it('passes sleep and wake on', async () => {
    const k = (kit = await startShellKit());
    k.electron.powerMonitorEvents.emit('suspend');
    expect(k.feed.suspend).toHaveBeenCalledTimes(1);
    expect(k.feed.resumeFromSleep).not.toHaveBeenCalled();
    k.electron.powerMonitorEvents.emit('resume');
    expect(k.feed.resumeFromSleep).toHaveBeenCalledTimes(1);
  });

  it('reports the network going and coming, once per change', async () => {
    const k = (kit = await startShellKit());
    k.timers.advance(ONLINE_POLL_MS * 3);
    expect(k.feed.setOnline).not.toHaveBeenCalled();
    k.electron.state.online = false;
    k.timers.advance(ONLINE_POLL_MS);
    expect(k.feed.setOnline.mock.calls).toEqual([[false]]);
    k.timers.advance(ONLINE_POLL_MS * 3);
    expect(k.feed.setOnline.mock.calls).toEqual([[false]]);
    k.electron.state.online = true;
    k.timers.advance(ONLINE_POLL_MS);
    expect(k.feed.setOnline.mock.calls).toEqual([[false], [true]]);
  });

  it('checks the network at once on wake, and tells restarted pollers it is still down', async () => {
    const k = (kit = await startShellKit());
    k.electron.state.online = false;
    k.electron.powerMonitorEvents.emit('resume');
    expect(k.feed.setOnline.mock.calls).toEqual([[false]]);
    // Saving an account restarts the pollers, which start out assuming the network is up.
    k.emit({ type: 'statuses', statuses: [sampleStatus()] });
    expect(k.feed.setOnline.mock.calls).toEqual([[false], [false]]);
  });

  it('starts offline pollers offline', async () => {
    const k = (kit = await startShellKit({ prepare: (e) => void (e.state.online = false) }));
    expect(k.feed.setOnline.mock.calls).toEqual([[false]]);
  });
});
