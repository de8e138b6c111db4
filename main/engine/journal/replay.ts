// Applies stored records to the in-memory index, at restore. Records are idempotent (a `put`
// carries a whole entry, a `mut` every mutable field), so replaying a compaction's output after
// the segments it replaced, as a crash mid-compaction can leave them, yields the same state.
import { readMutation } from './entry-codec';
import type { JournalIndex } from './journal-index';
import { searchText } from './journal-query';
import type { Interner } from './json-reader';
import { arrayAt, isObject, stringAt } from './json-reader';
import type { LineParts } from './record-codec';
import { parseJsonSafe, tailParts } from './record-codec';
import type { RowValues } from './put-scanner';
import { blankRowValues, scanPut } from './put-scanner';
import { valuesOf } from './row-columns';
import type { OriginPool } from './slim-entry';
import { unpackSlim } from './slim-packing';

/** What replay needs. */
export interface ReplayContext {
  index: JournalIndex;
  intern: Interner;
  origins: OriginPool;
}

/** Column values of the record being replayed (one object, refilled for each). */
const scanned: RowValues = blankRowValues();

/** The lean JSON of the `base` record that opens a compaction's output. */
export const BASE_RECORD = JSON.stringify({ t: 'base', v: 1 });

/** The record type of a verified line (`put`, `mut`, `drop`, `base`), or undefined. */
export function recordType(buf: Buffer, line: LineParts): string | undefined {
  const lean = parseJsonSafe(buf.toString('utf8', line.leanStart, line.leanEnd));
  return isObject(lean) && typeof lean.t === 'string' ? lean.t : undefined;
}

/**
 * Applies one verified line of segment `segment`, found in `buf` (which holds the file from
 * offset `base` on); false when its content cannot be read.
 */
export function replayLine(
  buf: Buffer,
  line: LineParts,
  base: number,
  segment: number,
  ctx: ReplayContext,
): boolean {
  const { leanStart, leanEnd } = line;
  // Most records are puts the scanner reads without parsing; the rest are parsed.
  const tail = tailParts(buf, line);
  if (tail && scanPut(buf, leanStart, leanEnd, scanned)) {
    const at = { segment, offset: base + line.start, length: line.end + 1 - line.start };
    ctx.index.addStored(scanned, at, buf, leanStart, leanEnd, tail.firstStart, tail.firstEnd);
    return true;
  }
  const lean = parseJsonSafe(buf.toString('utf8', leanStart, leanEnd));
  if (!isObject(lean)) return false;
  try {
    switch (lean.t) {
      case 'put': {
        const entry = unpackSlim(lean.e, ctx.intern, ctx.origins);
        const at = { segment, offset: base + line.start, length: line.end + 1 - line.start };
        if (tail) {
          const values = valuesOf(entry);
          ctx.index.addStored(values, at, buf, leanStart, leanEnd, tail.firstStart, tail.firstEnd);
        } else {
          // A put without a tail lost its payload in a compaction: search what is left.
          ctx.index.add(entry, searchText(entry, ''), at, buf.subarray(leanStart, leanEnd));
        }
        return true;
      }
      case 'mut': {
        const slot = ctx.index.get(stringAt(lean, 'id'));
        // A mutation of an entry dropped earlier in the log: nothing to apply it to.
        if (slot) ctx.index.mutate(slot, readMutation(lean.m));
        return true;
      }
      case 'drop':
        ctx.index.remove(arrayAt(lean, 'ids').filter((id) => typeof id === 'string'));
        return true;
      case 'base':
        return true;
      default:
        return false;
    }
  } catch {
    // A record that does not fit this version's shapes is skipped, never fatal.
    return false;
  }
}
