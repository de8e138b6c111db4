// Small-integer codes for the values queries filter and count on, so a query reads typed arrays
// instead of looking up strings in 100,000 scattered objects.
import type { EventKind, EventOutcome, EventSource } from '../events/event-model';
import type { MessageState } from './journal-entry';

/** Every outcome, in code order. */
export const OUTCOMES: readonly EventOutcome[] = [
  'success',
  'partial',
  'failure',
  'in-progress',
  'unknown',
];
/** Every kind, in code order. */
export const KINDS: readonly EventKind[] = [
  'upload',
  'transcode',
  'snapshot',
  'ai',
  'audit',
  'live',
  'other',
];
/** Every source, in code order. */
export const SOURCES: readonly EventSource[] = ['vod', 'mps-job', 'mps-workflow', 'ims', 'unknown'];
/** Every state, in code order. */
export const STATE_ORDER: readonly MessageState[] = [
  'leased',
  'peeked',
  'visible',
  'deleting',
  'deleted',
  'delete-failed',
];

/** Codes for an open-ended set of names (queues, accounts…), in order of first sight. */
export class NameCodes {
  private readonly codes = new Map<string, number>();
  /** Name of each code. */
  readonly names: string[] = [];

  /** The code of `name`, assigning the next one on first sight. */
  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }

  /** The code of `name`, if it has one. */
  find(name: string): number | undefined {
    return this.codes.get(name);
  }
}
