// What the tray menu's items do, over the engine's own calls (so pause and mute behave exactly as
// they do from the window) and the window manager.
import type {
  EngineEvent,
  EngineResult,
  NotificationPreferencesView,
} from '../../../preload/contract';
import type { ApiHandlers } from '../engine-api/engine-runtime';
import { muteUntil } from './mute-times';
import type { TrayAction } from './tray-menu';

/** What the actions act on. */
export interface TrayActionDeps<W> {
  handlers: Promise<ApiHandlers>;
  windows: {
    showMain(): W;
    pinned(): boolean;
    setPinned(pinned: boolean): void;
  };
  /** Sends an event to one window's page. */
  sendTo(window: W, event: EngineEvent): void;
  /** Preferences as last pushed; undefined before the first settings arrived. */
  notifications(): NotificationPreferencesView | undefined;
  refreshTray(): void;
  quit(): void;
  now(): number;
}

/** Runs one menu action; engine errors reject with the engine's message. */
export async function runTrayAction<W>(action: TrayAction, deps: TrayActionDeps<W>): Promise<void> {
  switch (action) {
    case 'open-window':
      deps.windows.showMain();
      return;
    case 'open-settings':
      deps.sendTo(deps.windows.showMain(), { type: 'open-settings' });
      return;
    case 'toggle-pin':
      deps.windows.setPinned(!deps.windows.pinned());
      deps.refreshTray();
      return;
    case 'quit':
      deps.quit();
      return;
    case 'pause-all':
      await (await deps.handlers).pauseQueue({});
      return;
    case 'resume-all':
      await (await deps.handlers).resumeQueue({});
      return;
    case 'mute-hour':
    case 'mute-tomorrow':
    case 'unmute':
      await setMute(action, deps);
      return;
  }
}

async function setMute<W>(
  action: 'mute-hour' | 'mute-tomorrow' | 'unmute',
  deps: TrayActionDeps<W>,
): Promise<void> {
  const handlers = await deps.handlers;
  const current =
    deps.notifications() ??
    ((await handlers.getSettings(null)) as EngineResult<'getSettings'>).notifications;
  // The preferences are replaced whole: keep every other rule as the user set it.
  const { mutedUntil: _previous, ...rules } = current;
  const notifications =
    action === 'unmute'
      ? rules
      : {
          ...rules,
          mutedUntil: muteUntil(action === 'mute-hour' ? 'hour' : 'tomorrow', deps.now()),
        };
  await handlers.updatePreferences({ notifications });
}
