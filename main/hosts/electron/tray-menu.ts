// The tray's context menu as plain data, from the shell's view of the engine. It is always
// attached, because some Linux trays never deliver clicks; the first item opens the app.
import type { QueueStatusView } from '../../../preload/contract';
import { isMuted, muteEndLabel } from './mute-times';
import { healthCounts } from './tray-state';
import { trayText } from './tray-text';
import type { TrayLanguage } from './tray-text';

/** What a menu item does when chosen. */
export type TrayAction =
  | 'open-window'
  | 'pause-all'
  | 'resume-all'
  | 'mute-hour'
  | 'mute-tomorrow'
  | 'unmute'
  | 'toggle-pin'
  | 'open-settings'
  | 'quit';

/** One menu entry. */
export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; label: string }
  | { kind: 'checkbox'; action: TrayAction; label: string; checked: boolean }
  /** A disabled line of information. */
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] };

/** What the menu depends on. */
export interface TrayMenuState {
  statuses: readonly QueueStatusView[];
  mutedUntil: number | undefined;
  pinned: boolean;
  language: TrayLanguage;
  now: number;
}

/**
 * The menu: open, one status line per account and region, pause/resume (only what applies),
 * mute, pin, settings, quit.
 */
export function trayMenuTemplate(state: TrayMenuState): TrayMenuItem[] {
  const text = trayText(state.language);
  const items: TrayMenuItem[] = [{ kind: 'action', action: 'open-window', label: text.open }];
  items.push({ kind: 'separator' });
  const lines = statusLines(state.statuses, state.language);
  if (lines.length === 0) items.push({ kind: 'status', label: text.noQueues });
  for (const label of lines) items.push({ kind: 'status', label });
  items.push({ kind: 'separator' });

  // Windows guidance: remove what does not apply instead of greying it out.
  const paused = state.statuses.filter((s) => s.state === 'paused').length;
  if (paused < state.statuses.length)
    items.push({ kind: 'action', action: 'pause-all', label: text.pauseAll });
  if (paused > 0) items.push({ kind: 'action', action: 'resume-all', label: text.resumeAll });

  const muteItems: TrayMenuItem[] = [
    { kind: 'action', action: 'mute-hour', label: text.muteHour },
    { kind: 'action', action: 'mute-tomorrow', label: text.muteTomorrow },
  ];
  if (isMuted(state.mutedUntil, state.now)) {
    muteItems.push({ kind: 'separator' }, { kind: 'action', action: 'unmute', label: text.unmute });
  }
  items.push({
    kind: 'submenu',
    label: isMuted(state.mutedUntil, state.now)
      ? text.mutedUntil(muteEndLabel(state.mutedUntil, state.now, text.tomorrow))
      : text.mute,
    items: muteItems,
  });
  items.push({ kind: 'checkbox', action: 'toggle-pin', label: text.pin, checked: state.pinned });
  items.push({ kind: 'separator' });
  items.push({ kind: 'action', action: 'open-settings', label: text.settings });
  items.push({ kind: 'action', action: 'quit', label: text.quit });
  return items;
}

/** One line per account and region, in the order the queues are listed. */
export function statusLines(
  statuses: readonly QueueStatusView[],
  language: TrayLanguage,
): string[] {
  const groups = new Map<string, { account: string; region: string; members: QueueStatusView[] }>();
  for (const status of statuses) {
    const key = `${status.profileId}\u0000${status.regionId}`;
    const group = groups.get(key) ?? {
      account: status.accountName,
      region: status.regionId,
      members: [],
    };
    group.members.push(status);
    groups.set(key, group);
  }
  const text = trayText(language);
  return [...groups.values()].map((g) =>
    text.statusLine(g.account, g.region, healthCounts(g.members)),
  );
}
