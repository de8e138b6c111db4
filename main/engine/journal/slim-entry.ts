// The slim entry: a journal entry without its heavy parts (raw XML, raw body, payload text,
// parsed payloads, summary), which stay on disk. Slim entries are frozen and share what they can:
// blank parts, origins, and the canonical strings of enumerations.
import type { DecodeLayer, DecodedBody, EventSummary, MessageOrigin } from '../events/event-model';
import { KINDS, OUTCOMES, SOURCES, STATE_ORDER } from './facets';
import type { JournalEntry } from './journal-entry';
import { literals } from './json-reader';

/** Each enumeration's canonical literals, looked up by the text read from a record. */
export const SOURCE_NAMES = literals(SOURCES);
/** See `SOURCE_NAMES`. */
export const KIND_NAMES = literals(KINDS);
/** See `SOURCE_NAMES`. */
export const OUTCOME_NAMES = literals(OUTCOMES);
/** See `SOURCE_NAMES`. */
export const STATE_NAMES = literals(STATE_ORDER);

/** The summary every slim entry shares; the real one stays on disk. */
export const BLANK_SUMMARY: EventSummary = Object.freeze({ facts: Object.freeze([]) as never[] });
/** The layers of a body with no wrapper. */
export const NO_LAYERS: DecodeLayer[] = Object.freeze([]) as never[];
/** The decoded part all slim entries of unwrapped, well-formed bodies share. */
export const PLAIN_DECODED: DecodedBody = Object.freeze({
  raw: '',
  layers: NO_LAYERS,
  innerText: '',
  payload: undefined,
  expanded: undefined,
  problem: undefined,
});

/** Freezes a slim entry and the objects it owns, so handing it out never risks a mutation. */
export function freezeEntry(entry: JournalEntry): JournalEntry {
  Object.freeze(entry.message.envelope);
  Object.freeze(entry.message.decoded);
  Object.freeze(entry.message.event);
  Object.freeze(entry.message);
  return Object.freeze(entry);
}

/** One shared, frozen origin object per account/region/queue. */
export class OriginPool {
  private readonly pool = new Map<string, MessageOrigin>();
  private last: MessageOrigin | undefined;

  /** The shared origin for these three names. */
  get(accountId: string, regionId: string, queue: string): MessageOrigin {
    // Records come in runs from one queue: the previous answer is usually right.
    const last = this.last;
    if (
      last &&
      last.queue === queue &&
      last.regionId === regionId &&
      last.accountId === accountId
    ) {
      return last;
    }
    const key = `${accountId}\n${regionId}\n${queue}`;
    let origin = this.pool.get(key);
    if (!origin) {
      origin = Object.freeze({ accountId, regionId, queue });
      this.pool.set(key, origin);
    }
    this.last = origin;
    return origin;
  }
}
