// The shell's view of the engine for the tray: queue statuses and notification settings as the
// engine pushes them, plus what only the shell knows (unseen count, pin). A pure reducer and a
// pure view, so every tray decision is tested without Electron.
import type {
  EngineEvent,
  NotificationPreferencesView,
  QueueStatusView,
} from '../../../preload/contract';
import { isMuted } from './mute-times';
import { trayMenuTemplate } from './tray-menu';
import type { TrayMenuItem } from './tray-menu';
import { allPaused, healthCounts, trayState } from './tray-state';
import type { TrayIconState } from './tray-state';
import { trayText } from './tray-text';
import type { TrayLanguage } from './tray-text';

/** Windows cuts tray tooltips at 127 characters. */
const TOOLTIP_MAX = 127;

/** Everything the tray is drawn from. */
export interface TrayModel {
  statuses: readonly QueueStatusView[];
  notifications: NotificationPreferencesView | undefined;
  language: TrayLanguage;
  unseen: number;
  pinned: boolean;
}

/** The tray as it should look now. */
export interface TrayView {
  icon: TrayIconState;
  tooltip: string;
  /** Text beside the icon (macOS menu bar only): the unseen count, or nothing. */
  title: string;
  menu: TrayMenuItem[];
}

/** A model with no queues and nothing unseen. */
export function emptyTrayModel(): TrayModel {
  return { statuses: [], notifications: undefined, language: 'en', unseen: 0, pinned: false };
}

/** Applies a pushed engine event (statuses and settings; other events leave the tray alone). */
export function applyToTrayModel(model: TrayModel, event: EngineEvent): TrayModel {
  switch (event.type) {
    case 'status': {
      const index = model.statuses.findIndex((s) => s.key === event.status.key);
      const statuses =
        index < 0
          ? [...model.statuses, event.status]
          : model.statuses.map((s, i) => (i === index ? event.status : s));
      return { ...model, statuses };
    }
    case 'statuses':
      return { ...model, statuses: event.statuses };
    case 'settings':
      return {
        ...model,
        notifications: event.settings.notifications,
        language: event.settings.display.language,
      };
    default:
      return model;
  }
}

/** Icon, tooltip, title and menu for `model` at `now`. */
export function trayView(model: TrayModel, now: number): TrayView {
  const text = trayText(model.language);
  const paused = allPaused(model.statuses);
  const failing = healthCounts(model.statuses).failing;
  const parts = [text.appName];
  if (model.unseen > 0) parts.push(text.newEvents(model.unseen));
  if (failing > 0) parts.push(text.failing(failing));
  if (paused) parts.push(text.paused);
  if (isMuted(model.notifications?.mutedUntil, now)) parts.push(text.muted);
  return {
    icon: trayState(model.statuses, model.unseen, paused),
    tooltip: parts.join(' · ').slice(0, TOOLTIP_MAX),
    title: model.unseen > 0 ? String(model.unseen) : '',
    menu: trayMenuTemplate({
      statuses: model.statuses,
      mutedUntil: model.notifications?.mutedUntil,
      pinned: model.pinned,
      language: model.language,
      now,
    }),
  };
}
