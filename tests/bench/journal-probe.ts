// Child process of the journal benchmark, run from a bundle with plain `node --expose-gc` so its
// memory is what a main process holding the journal uses, not a TypeScript loader's.
//   write <dir> <count>: fills a journal with <count> classified demo entries, in fsynced
//     batches of 1,000, as the engine stores a burst.
//   read <dir>: opens it (timed), runs filtered full-text queries (timed one by one), and prints
//     restore time, query samples and settled memory as one line of JSON.
import { performance } from 'node:perf_hooks';

import { openJournal } from '../../main/engine/journal';
import type { JournalEntry, JournalFilter } from '../../main/engine/journal';

const RETENTION = { maxEntries: Infinity, maxAgeDays: Infinity };
const BATCH = 1000;
const PAGE = 100;
/** Rounds of the query mix after one warm-up round. */
const ROUNDS = 6;

/** What `read` prints. */
export interface ProbeReading {
  entries: number;
  restoreMs: number;
  /** Settled RSS before opening the journal: the bare process. */
  rssBeforeMb: number;
  /** Settled RSS once restored, and again after the queries. */
  rssRestoredMb: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
  /** Milliseconds of each timed query, in the order run. */
  queryMs: number[];
  /** CPU milliseconds of the restore and of each query: what they cost on a busy machine. */
  restoreCpuMs: number;
  queryCpuMs: number[];
  /** Matches of each query of the mix (from the last round), to show they really search. */
  totals: number[];
}

async function write(dir: string, count: number): Promise<void> {
  // Only the writer classifies: the reader's memory holds the journal and nothing else.
  const { copiesOf, demoEntries } = await import('../main/engine/journal/support/demo-entries');
  const started = performance.now();
  const originals = [0, 1, 2, 3].flatMap((seed) => demoEntries(seed, 1000, { prefix: `s${seed}` }));
  const all = copiesOf(originals, count, 'n');
  const journal = await openJournal({ dir, retention: RETENTION });
  for (let done = 0; done < count; done += BATCH)
    await journal.upsert(all.slice(done, done + BATCH));
  const { totalBytes, segments } = journal.stats();
  await journal.close();
  print({ entries: count, writeMs: performance.now() - started, totalBytes, segments });
}

/**
 * What a person filters the feed by: words with an outcome or kind chip, words and key:value
 * pairs from payloads, an asset name, an id pasted in. Consecutive queries have different texts,
 * so each one scans every search text (the journal caches the last text's matches).
 */
function queryMix(sample: JournalEntry | undefined): JournalFilter[] {
  const id = sample?.message.event.keyId ?? sample?.message.envelope.messageId ?? 'n-4242';
  const mix: JournalFilter[] = [
    { text: 'transcode fail', outcomes: ['failure'] },
    { text: 'm3u8' },
    { text: 'snapshot ready', kinds: ['snapshot'] },
    { text: 'status:failed' },
    { text: 'product-demo-v3' },
    { text: 'workflow task', outcomes: ['failure', 'partial'] },
    { text: id },
    { text: 'upload complete', kinds: ['upload'], outcomes: ['success'] },
  ];
  return mix.map((filter) => ({ ...filter, limit: PAGE }));
}

/** Collects garbage and gives freed memory back, so memory figures are settled. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const mb = (bytes: number): number => bytes / 2 ** 20;

/** CPU milliseconds (user and system, all threads) since `start`. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

async function read(dir: string): Promise<void> {
  await settle();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const journal = await openJournal({ dir, retention: RETENTION });
  const restoreMs = performance.now() - started;
  const restoreCpuMs = cpuMs(cpu);
  await settle();
  const rssRestored = process.memoryUsage().rss;

  const mix = queryMix(journal.query({ offset: 4242, limit: 1 }).entries[0]);
  const queryMs: number[] = [];
  const queryCpuMs: number[] = [];
  const totals: number[] = [];
  for (let round = -1; round < ROUNDS; round += 1) {
    mix.forEach((filter, i) => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const result = journal.query(filter);
      const ms = performance.now() - t0;
      // Round -1 warms up the JIT, as the first searches after start-up do.
      if (round >= 0) {
        queryMs.push(ms);
        queryCpuMs.push(cpuMs(c0));
      }
      totals[i] = result.total;
    });
  }
  await settle();
  const memory = process.memoryUsage();
  const reading: ProbeReading = {
    entries: journal.size,
    restoreMs,
    rssBeforeMb: mb(rssBefore),
    rssRestoredMb: mb(rssRestored),
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    externalMb: mb(memory.external),
    queryMs,
    restoreCpuMs,
    queryCpuMs,
    totals,
  };
  await journal.close();
  print(reading);
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

async function main(): Promise<void> {
  const [mode, dir, count] = process.argv.slice(2);
  if (mode === 'write' && dir) await write(dir, Number(count));
  else if (mode === 'read' && dir) await read(dir);
  else throw new Error('usage: journal-probe write <dir> <count> | read <dir>');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
