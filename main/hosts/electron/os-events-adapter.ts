// Sleep, wake and the network, from the OS to the feed engine. The network is polled in the main
// process with net.isOnline() rather than taken from a window's online/offline events: the engine
// lives here, the app may have no window open at all, and both read the same Chromium signal.
// "Offline" is reliable, "online" only a hint, which the pollers' own backoff then tests.
import type { BatchTimers } from './event-batcher';
import type { ShellElectron } from './shell-ports';

/** How often the network state is read. */
export const ONLINE_POLL_MS = 5_000;

/** The feed engine's OS-facing commands. */
export interface FeedOsControls {
  suspend(): void;
  resumeFromSleep(): void;
  setOnline(online: boolean): void;
}

/** The watcher's handle. */
export interface OsEvents {
  /** Tells a newly started feed engine the current network state (it starts assuming online). */
  reassert(): void;
  stop(): void;
}

/** Starts forwarding OS events to `feed()` (undefined while the engine is still starting). */
export function watchOsEvents(options: {
  electron: Pick<ShellElectron, 'powerMonitor' | 'net'>;
  feed: () => FeedOsControls | undefined;
  timers: BatchTimers;
}): OsEvents {
  const { electron, timers } = options;
  let online = electron.net.isOnline();
  let stopped = false;
  let timer: unknown;

  const check = (): void => {
    const now = electron.net.isOnline();
    if (now === online) return;
    online = now;
    options.feed()?.setOnline(now);
  };
  const poll = (): void => {
    if (stopped) return;
    check();
    timer = timers.set(poll, ONLINE_POLL_MS);
  };

  electron.powerMonitor.on('suspend', () => options.feed()?.suspend());
  electron.powerMonitor.on('resume', () => {
    options.feed()?.resumeFromSleep();
    // The network often changed while asleep: do not wait for the next poll.
    check();
  });
  timer = timers.set(poll, ONLINE_POLL_MS);

  return {
    reassert() {
      if (!online) options.feed()?.setOnline(false);
    },
    stop() {
      stopped = true;
      timers.clear(timer);
    },
  };
}
