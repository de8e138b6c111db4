// The notification rules as the form edits them, and how they become the engine's preferences.
// Pure functions, so the rules (quiet hours, mute times) are testable without rendering.
import type { EventKind, NotificationPreferencesView } from '../../preload/contract';
import type { MessageKey } from '../i18n/messages';
import { EVENT_KINDS } from '../ui/event-vocabulary';

/** The part of the rules the form edits; mute-until and muted queues are kept as they are. */
export interface NotificationDraft {
  enabled: boolean;
  mode: NotificationPreferencesView['mode'];
  anyFailure: boolean;
  mutedKinds: EventKind[];
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
}

// What quiet hours start as when first switched on: a common night.
const DEFAULT_QUIET = { start: '22:00', end: '07:00' };
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The draft a saved rule set opens as. */
export function draftOf(saved: NotificationPreferencesView): NotificationDraft {
  return {
    enabled: saved.enabled,
    mode: saved.mode,
    anyFailure: saved.anyFailure,
    mutedKinds: [...saved.mutedKinds],
    quietEnabled: saved.quietHours !== undefined,
    quietStart: saved.quietHours?.start ?? DEFAULT_QUIET.start,
    quietEnd: saved.quietHours?.end ?? DEFAULT_QUIET.end,
  };
}

/** Identity of the edited part: the form starts over when it changes underneath (engine push). */
export function draftKey(saved: NotificationPreferencesView): string {
  return JSON.stringify([
    saved.enabled,
    saved.mode,
    saved.anyFailure,
    saved.mutedKinds,
    saved.quietHours ?? null,
  ]);
}

/** What is wrong with the draft, in a catalog key; undefined when it can be saved. */
export function validateDraft(draft: NotificationDraft): MessageKey | undefined {
  if (!draft.quietEnabled) return undefined;
  if (!HH_MM.test(draft.quietStart) || !HH_MM.test(draft.quietEnd)) {
    return 'settings.notifications.error.quietFormat';
  }
  if (draft.quietStart === draft.quietEnd) return 'settings.notifications.error.quietSame';
  return undefined;
}

/** The saved rules with the draft applied; kinds in canonical order so saves compare equal. */
export function applyDraft(
  saved: NotificationPreferencesView,
  draft: NotificationDraft,
): NotificationPreferencesView {
  return {
    enabled: draft.enabled,
    mode: draft.mode,
    anyFailure: draft.anyFailure,
    mutedKinds: EVENT_KINDS.filter((kind) => draft.mutedKinds.includes(kind)),
    mutedQueues: [...saved.mutedQueues],
    ...(saved.mutedUntil !== undefined ? { mutedUntil: saved.mutedUntil } : {}),
    ...(draft.quietEnabled ? { quietHours: { start: draft.quietStart, end: draft.quietEnd } } : {}),
  };
}

/** The saved rules muted until `until` (epoch ms), or unmuted when it is undefined. */
export function withMute(
  saved: NotificationPreferencesView,
  until: number | undefined,
): NotificationPreferencesView {
  const { mutedUntil: _dropped, ...rest } = saved;
  return until === undefined ? rest : { ...rest, mutedUntil: until };
}

/** The next time the local clock reads HH:MM after `now` (today, or tomorrow if it has passed). */
export function nextOccurrence(hhmm: string, now: Date): number | undefined {
  if (!HH_MM.test(hhmm)) return undefined;
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}
