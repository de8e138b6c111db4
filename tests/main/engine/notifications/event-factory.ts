// Builds NormalizedEvents the way the classifier shapes them (§4.2), with every field filled.
import type {
  EventKind,
  EventOutcome,
  EventSource,
  MessageOrigin,
  NormalizedEvent,
} from '../../../../main/engine/events/event-model';
import type { NotificationItem } from '../../../../main/engine/notifications';

const TITLES: Record<EventOutcome, string> = {
  success: 'Transcode complete',
  partial: 'Transcode partially failed',
  failure: 'Transcode failed',
  'in-progress': 'Transcode running',
  unknown: 'Transcode status unknown',
};

/** Any event; defaults are a successful VOD TranscodeComplete. */
export function makeEvent(overrides: Partial<NormalizedEvent> = {}): NormalizedEvent {
  return {
    source: 'vod',
    eventType: 'TranscodeComplete',
    kind: 'transcode',
    outcome: 'success',
    final: true,
    keyId: 'video-0001',
    keyField: 'VideoId',
    jobId: undefined,
    eventTime: Date.UTC(2025, 4, 6, 9, 30),
    title: 'Transcode complete',
    subtitle: 'launch-keynote.mp4',
    summary: { facts: [] },
    ...overrides,
  };
}

/** VOD TranscodeComplete (all definitions done) for one video. */
export function transcodeComplete(outcome: EventOutcome, n = 1): NormalizedEvent {
  const id = String(n).padStart(2, '0');
  return makeEvent({
    outcome,
    keyId: `video-${id}`,
    title: TITLES[outcome],
    subtitle: `clip-${id}.mp4`,
  });
}

/** VOD StreamTranscodeComplete: one definition of one video, intermediate. */
export function streamTranscodeComplete(outcome: EventOutcome): NormalizedEvent {
  return makeEvent({
    eventType: 'StreamTranscodeComplete',
    outcome,
    final: false,
    jobId: 'job-fd-mp4',
    title: 'FD mp4 ready',
  });
}

/** MPS workflow Start message. */
export function workflowStart(): NormalizedEvent {
  return makeEvent({
    source: 'mps-workflow',
    eventType: 'Start',
    outcome: 'in-progress',
    final: false,
    keyId: 'run-1',
    keyField: 'RunId',
    title: "Workflow 'hls-ladder' started",
    subtitle: 'input/clip.mov',
  });
}

/** A final event of another kind, e.g. SnapshotComplete or FileUploadComplete. */
export function finalEvent(
  kind: EventKind,
  outcome: EventOutcome,
  extra: Partial<NormalizedEvent> = {},
): NormalizedEvent {
  return makeEvent({
    eventType: `${kind}Complete`,
    kind,
    outcome,
    title: `${kind} ${outcome}`,
    ...extra,
  });
}

/** An AI event (AIMediaAuditComplete and friends). */
export function aiComplete(outcome: EventOutcome, n = 1): NormalizedEvent {
  return makeEvent({
    eventType: 'AIMediaAuditComplete',
    kind: 'ai',
    outcome,
    keyId: `media-${n}`,
    keyField: 'MediaId',
    title: outcome === 'failure' ? 'AI moderation failed' : 'AI moderation: pass',
    subtitle: `media-${n}`,
  });
}

/** A body the classifier could not place. */
export function unknownEvent(source: EventSource = 'unknown'): NormalizedEvent {
  return makeEvent({
    source,
    eventType: 'Unknown',
    kind: 'other',
    outcome: 'unknown',
    final: true,
    keyId: undefined,
    keyField: undefined,
    title: 'Unrecognized message',
    subtitle: '',
  });
}

/** The queue most tests read from. */
export const ORIGIN: MessageOrigin = {
  accountId: '1234567890',
  regionId: 'cn-shanghai',
  queue: 'vod-events',
};

/** An item for the coalescer. */
export function item(ref: string, event: NormalizedEvent, origin = ORIGIN): NotificationItem {
  return { ref, event, origin };
}
