import type { EventKind, EventOutcome, EventSource } from '../../preload/contract';

/** Every event kind, in pipeline order (the order chips and checkboxes list them). */
export const EVENT_KINDS: readonly EventKind[] = [
  'upload',
  'transcode',
  'snapshot',
  'ai',
  'audit',
  'live',
  'other',
];

/** Every outcome, worst first, so failures lead the filter chips. */
export const EVENT_OUTCOMES: readonly EventOutcome[] = [
  'failure',
  'partial',
  'in-progress',
  'success',
  'unknown',
];

/** Every source. */
export const EVENT_SOURCES: readonly EventSource[] = [
  'vod',
  'mps-job',
  'mps-workflow',
  'ims',
  'unknown',
];
