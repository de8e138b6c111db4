// Whether one classified event becomes a desktop notification, and if not, why. The reason is shown
// in the UI ("why didn't I get a notification?"), so it names the most lasting cause when several
// apply: facts about the event first (turning settings on would not help), then the selection
// settings, the master switch, per-queue and per-kind mutes, and last the timed mute and quiet hours
// (which end by themselves). The result goes on to the burst coalescer; this file knows nothing of
// timing between events.
//
// Decisions the spec left open:
// - A partial outcome (finished, some outputs failed) counts as a failure everywhere: it is
//   selected by `failures-only` and by `anyFailure`, and its text is critical.
// - A non-final event never notifies, not even a failure with `anyFailure` on: the final event for
//   the same job (TranscodeComplete after a failed StreamTranscodeComplete) reports it, and two
//   toasts for one failure is the noise the policy exists to avoid.
import type {
  EventKind,
  EventOutcome,
  MessageOrigin,
  NormalizedEvent,
} from '../events/event-model';
import { isMutedAt } from './mute-until';
import { queueKey } from './notification-preferences';
import type { NotificationMode, NotificationPreferences } from './notification-preferences';
import { isQuietAt } from './quiet-hours';

/** Why an event did not notify. */
export type SuppressionReason =
  | 'disabled'
  | 'muted'
  | 'quiet-hours'
  | 'muted-kind'
  | 'muted-queue'
  | 'not-final'
  | 'not-selected'
  | 'unknown-source';

/** The outcome of `decideNotification`. */
export type NotificationDecision = { notify: true } | { notify: false; reason: SuppressionReason };

/** The current time as the decision needs it; the host computes the local minute (see quiet-hours). */
export interface DecisionClock {
  epochMs: number;
  /** Minutes since local midnight, 0–1439. */
  localMinuteOfDay: number;
}

// §4.2: "notify on transcode and AI completion".
const DEFAULT_KINDS: ReadonlySet<EventKind> = new Set(['transcode', 'ai']);
const FINISHED: ReadonlySet<EventOutcome> = new Set(['success', 'partial', 'failure']);

/** Whether an outcome means something went wrong: failed, or finished with some outputs failed. */
export function isFailureOutcome(outcome: EventOutcome): boolean {
  return outcome === 'failure' || outcome === 'partial';
}

/** The §4.2 default policy on one event: a final transcode or AI event that finished, any outcome. */
export function isDefaultNotifiable(event: NormalizedEvent): boolean {
  return selectionVerdict(event, 'default', false) === undefined;
}

/** Decides whether `event` from `origin` notifies under `prefs` at `now`. */
export function decideNotification(
  event: NormalizedEvent,
  origin: MessageOrigin,
  prefs: NotificationPreferences,
  now: DecisionClock,
): NotificationDecision {
  const verdict = selectionVerdict(event, prefs.mode, prefs.anyFailure);
  if (verdict !== undefined) return suppressed(verdict);
  if (!prefs.enabled) return suppressed('disabled');
  if (prefs.mutedQueues.includes(queueKey(origin))) return suppressed('muted-queue');
  if (prefs.mutedKinds.includes(event.kind)) return suppressed('muted-kind');
  if (isMutedAt(prefs, now.epochMs)) return suppressed('muted');
  if (isQuietAt(prefs.quietHours, now.localMinuteOfDay)) return suppressed('quiet-hours');
  return { notify: true };
}

/** What the event itself and the selection settings say, before any switch or mute. */
function selectionVerdict(
  event: NormalizedEvent,
  mode: NotificationMode,
  anyFailure: boolean,
): 'unknown-source' | 'not-final' | 'not-selected' | undefined {
  // §4.1: an unknown body is logged and deleted, never toasted.
  if (event.source === 'unknown') return 'unknown-source';
  if (!event.final) return 'not-final';
  if (!FINISHED.has(event.outcome)) return 'not-selected';
  const failed = isFailureOutcome(event.outcome);
  if (anyFailure && failed) return undefined;
  if (!DEFAULT_KINDS.has(event.kind)) return 'not-selected';
  switch (mode) {
    case 'default':
      return undefined;
    case 'failures-only':
      return failed ? undefined : 'not-selected';
  }
}

function suppressed(reason: SuppressionReason): NotificationDecision {
  return { notify: false, reason };
}
