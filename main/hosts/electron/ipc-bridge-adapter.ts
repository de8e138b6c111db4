// The only place IPC is wired: one `ipcMain.handle` per engine call, each refusing any sender but
// the app's own top frame, and pushed events batched to every window (security checklist 17).
import type { EngineEvent, EventChannel } from '../../../preload/contract';
import { ENGINE_METHODS } from '../../../preload/engine-methods';
import type { ApiHandlers } from '../engine-api/engine-runtime';
import { isAppUrl } from './app-protocol';
import { createEventBatcher } from './event-batcher';
import type { BatchTimers } from './event-batcher';
import type { InvokeEvent, ShellElectron, ShellWebContents } from './shell-ports';

/** The channel pushed events travel on; each message is an array of events (a batch). */
export const EVENT_CHANNEL: EventChannel = 'engine:event';
/** Events a page that is still loading can miss; more than this and the oldest are dropped. */
const MAX_HELD = 100;

/**
 * True when an IPC call comes from the top frame of one of the app's windows showing the app's
 * own page: not an iframe, not a page it was navigated to, not another window.
 */
export function isTrustedSender(
  event: InvokeEvent,
  isOwnContents: (sender: unknown) => boolean,
): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null && frame.parent === null && isAppUrl(frame.url) && isOwnContents(event.sender)
  );
}

/** Registers a handler per engine call. The runtime's handlers validate their argument. */
export function registerEngineHandlers(
  ipcMain: ShellElectron['ipcMain'],
  handlers: Promise<ApiHandlers>,
  isOwnContents: (sender: unknown) => boolean,
): void {
  for (const method of ENGINE_METHODS) {
    ipcMain.handle(method, async (event, ...args) => {
      if (!isTrustedSender(event, isOwnContents)) throw new Error('Unknown sender');
      return (await handlers)[method](args[0]);
    });
  }
}

/** A window's page as a receiver of pushed events. */
export interface EventOutbox {
  send(batch: readonly EngineEvent[]): void;
}

/**
 * Sends event batches to one page. Until the page has loaded (and after a reload starts) its
 * listener does not exist yet, so events wait: feed rows are dropped (the page queries the feed
 * when it starts), everything else is kept, up to a cap.
 */
export function createEventOutbox(contents: ShellWebContents): EventOutbox {
  let ready = false;
  let held: EngineEvent[] = [];
  let gone = false;
  contents.on('did-start-loading', () => {
    ready = false;
  });
  contents.on('did-finish-load', () => {
    ready = true;
    const waiting = held;
    held = [];
    if (waiting.length > 0) contents.send(EVENT_CHANNEL, waiting);
  });
  contents.on('destroyed', () => {
    gone = true;
    held = [];
  });
  return {
    send(batch) {
      if (gone || batch.length === 0) return;
      if (ready) {
        contents.send(EVENT_CHANNEL, batch);
        return;
      }
      held.push(...batch.filter((event) => event.type !== 'feed'));
      if (held.length > MAX_HELD) held = held.slice(held.length - MAX_HELD);
    },
  };
}

/** Pushes events to every page, batched per frame. */
export interface EventBroadcast {
  push(event: EngineEvent): void;
  dispose(): void;
}

/** Batches engine events and hands each batch to every current outbox. */
export function createEventBroadcast(
  outboxes: () => Iterable<EventOutbox>,
  timers: BatchTimers,
): EventBroadcast {
  const batcher = createEventBatcher((batch) => {
    for (const outbox of outboxes()) outbox.send(batch);
  }, timers);
  return { push: (event) => batcher.push(event), dispose: () => batcher.dispose() };
}
