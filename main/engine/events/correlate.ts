import type { MessageOrigin, NormalizedEvent } from './event-model';

// VOD uses one id space for VideoId, MediaId, ImageId and AttachedMediaId (AI events call the video
// MediaId), so all of them name the same asset.
const ASSET_FIELDS = new Set(['VideoId', 'MediaId', 'ImageId', 'AttachedMediaId']);

/** Identifies one message across the app: the same message received twice has the same key. */
export function dedupeKey(origin: MessageOrigin, messageId: string): string {
  return `${origin.accountId}/${origin.regionId}/${origin.queue}/${messageId}`;
}

/**
 * Groups everything that happened to one asset or job, across queues and regions of an account:
 * an upload, its per-definition and final transcodes, snapshots and AI results share a key.
 */
export function correlationKey(
  event: NormalizedEvent,
  origin: MessageOrigin,
  messageId: string,
): string {
  const account = origin.accountId;
  if (event.keyId !== undefined && event.keyField !== undefined) {
    if (ASSET_FIELDS.has(event.keyField)) return `${account}:asset:${event.keyId}`;
    if (event.source === 'mps-workflow') return `${account}:mps-run:${event.keyId}`;
    if (event.source === 'mps-job') return `${account}:mps-job:${event.keyId}`;
    return `${account}:${event.source}-${event.keyField}:${event.keyId}`;
  }
  // Nothing to group by: the message is its own group.
  return `${account}:message:${dedupeKey(origin, messageId)}`;
}

/** Where an event sits on an asset's timeline: upload, transcodes, final transcode, snapshots, AI. */
export function timelineStage(event: NormalizedEvent): number {
  switch (event.kind) {
    case 'upload':
    case 'live':
      return 0;
    case 'transcode':
      return event.final ? 2 : 1;
    case 'snapshot':
      return 3;
    case 'ai':
      return 4;
    case 'audit':
      return 5;
    case 'other':
      return event.eventType === 'MediaBaseChangeComplete' ||
        event.eventType === 'VideoAnalysisComplete'
        ? 0
        : 6;
  }
}
