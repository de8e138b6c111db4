import { describe, expect, it } from 'vitest';

import { encodePut } from '../../../../main/engine/journal/entry-codec';
import type { JournalEntry } from '../../../../main/engine/journal';
import { Interner } from '../../../../main/engine/journal/json-reader';
import { blankRowValues, scanPut } from '../../../../main/engine/journal/put-scanner';
import { leanOf } from '../../../../main/engine/journal/record-codec';
import { valuesOf } from '../../../../main/engine/journal/row-columns';
import { OriginPool } from '../../../../main/engine/journal/slim-entry';
import { slimOf, unpackSlim } from '../../../../main/engine/journal/slim-packing';
import { bodyEntry, demoEntries } from './support/demo-entries';

const intern = new Interner();
const origins = new OriginPool();

/** The lean JSON of `entry`'s put record, as restore finds it. */
function leanBytes(entry: JournalEntry): Buffer {
  return Buffer.from(leanOf(encodePut(slimOf(entry, intern, origins), entry, 'search')));
}

/** What the full parse makes of a lean record: its column values, or undefined if unreadable. */
function parsed(lean: Buffer): ReturnType<typeof valuesOf> | undefined {
  try {
    const record = JSON.parse(lean.toString('utf8')) as { t?: unknown; e?: unknown };
    if (record.t !== 'put') return undefined;
    return valuesOf(unpackSlim(record.e, intern, origins));
  } catch {
    return undefined;
  }
}

function scanned(lean: Buffer): ReturnType<typeof valuesOf> | undefined {
  const out = blankRowValues();
  return scanPut(lean, 0, lean.length, out) ? { ...out } : undefined;
}

/** A deterministic pseudo-random source. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('put scanner', () => {
  const entries = [0, 1, 2, 3].flatMap((seed) => demoEntries(seed, 400, { prefix: `p${seed}` }));

  it('reads the column values the full parse reads, and most demo records', () => {
    let read = 0;
    for (const entry of entries) {
      const lean = leanBytes(entry);
      const fast = scanned(lean);
      if (fast) read += 1;
      // Where the scanner gives up, restore parses: it never disagrees, it only declines.
      if (fast) expect(fast).toEqual(parsed(lean));
    }
    expect(read).toBeGreaterThan(entries.length * 0.9);
  });

  it('reads optional fields either way, and non-ASCII names', () => {
    const [entry] = entries as [JournalEntry];
    const variants: JournalEntry[] = [
      { ...entry, leaseExpiresAt: undefined, receiptHandle: undefined, lastError: 'gone' },
      { ...entry, state: 'delete-failed', deliveries: 3, lastSeenAt: entry.lastSeenAt + 0.5 },
      bodyEntry('中文-1', '{"EventType":"FileUploadComplete"}', 1_748_851_200_000, {
        accountId: '1234567890123456',
        regionId: 'cn-shanghai',
        queue: '队列-视频',
      }),
    ];
    for (const variant of variants) {
      const lean = leanBytes(variant);
      expect(scanned(lean)).toEqual(parsed(lean));
      expect(scanned(lean)).toBeDefined();
    }
  });

  it('declines what it does not read exactly as JSON.parse does', () => {
    const lean = leanBytes(entries[0] as JournalEntry).toString('latin1');
    const declined = [
      lean.replace('"put"', '"mut"'),
      lean.replace(/\[\],/, '[["base64"]],'),
      lean.replace(/,1,8,/, ',1e0,8,'),
      lean.replace(/,1,8,/, ',01,8,'),
      lean.replace(/,1,8,/, ',-,8,'),
      lean.replace(/\]\}$/, ',1]}'),
      lean.replace(/,null\]\}$/, ']}'),
      lean.replace('"leased"', '"rented"'),
      lean.replace('"leased"', '"le\\u0061sed"'),
      lean.replace('"leased"', '"leased\u0001"'),
      lean.replace(/\]\}$/, '], "x": 1}'),
      lean.replace(/,true,/, ',1,'),
    ];
    for (const text of declined) {
      expect(text).not.toBe(lean);
      expect(scanned(Buffer.from(text, 'latin1'))).toBeUndefined();
    }
  });

  it('never reads a damaged record the full parse would refuse or read differently', () => {
    const next = random(11);
    for (let i = 0; i < 3000; i += 1) {
      const lean = leanBytes(entries[i % entries.length] as JournalEntry);
      // Flip, drop or repeat a few bytes: what a bug (the checksum covers bit rot) could write.
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits -= 1) {
        const at = Math.floor(next() * lean.length);
        lean[at] = '0123456789,[]{}":-.enul\\ax'.charCodeAt(Math.floor(next() * 26));
      }
      const fast = scanned(lean);
      if (fast) expect(fast).toEqual(parsed(lean));
    }
  });
});
