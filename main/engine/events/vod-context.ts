import type { EventKind, EventOutcome, EventSummary } from './event-model';
import { outcomeOf } from './event-status';
import type { JsonObject } from './payload-fields';
import { text } from './payload-fields';
import { errorOf, extendName, extendOf } from './summary-parts';

/** What every VOD event handler starts from. */
export interface VodContext {
  payload: JsonObject;
  eventType: string;
  /** Status normalized; 'unknown' when absent. */
  status: EventOutcome;
  error: EventSummary['error'] | undefined;
  extend: EventSummary['extend'] | undefined;
  /** A human name for the asset from Extend, when the producer put one there. */
  name: string | undefined;
}

/** What a handler decides about one VOD event. */
export interface VodVerdict {
  kind: EventKind;
  outcome: EventOutcome;
  final?: boolean;
  keyFields: string[];
  title: string;
  /** Replaces the default subtitle (key id, asset name, error). */
  subtitle?: string;
  summary?: Omit<EventSummary, 'facts' | 'error' | 'extend'> & { facts?: EventSummary['facts'] };
}

/** Builds the context for a VOD payload. */
export function vodContext(payload: JsonObject, eventType: string): VodContext {
  const extend = extendOf(payload);
  return {
    payload,
    eventType,
    status: outcomeOf(text(payload, 'Status')),
    error: errorOf(payload),
    extend,
    name: extendName(extend),
  };
}

/** The outcome from Status, falling back to failure when an error is present and to `missing` otherwise. */
export function statusOutcome(
  context: VodContext,
  missing: EventOutcome = 'unknown',
): EventOutcome {
  if (context.status !== 'unknown') {
    // RestoreMediaComplete's documented failure sample says Success next to an ErrorCode.
    return context.status === 'success' && context.error?.code !== undefined
      ? 'failure'
      : context.status;
  }
  return context.error !== undefined ? 'failure' : missing;
}

/** "Done" / "failed" style title from an outcome. */
export function titled(
  outcome: EventOutcome,
  success: string,
  failure: string,
  other = success,
): string {
  return outcome === 'failure' ? failure : outcome === 'success' ? success : other;
}
