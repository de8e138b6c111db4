// Child process for the scale test, so memory figures are the journal's alone.
//   write <dir> <count>: fills a journal with <count> demo entries, in batches of 1,000.
//   probe <dir>: opens it, times restore and a set of queries, and prints figures as JSON.
// Run with node --expose-gc --import tsx.
import { openJournal } from '../../../../../main/engine/journal';
import type { JournalEntry, JournalFilter } from '../../../../../main/engine/journal';
import { START_MS, copiesOf, demoEntries } from './demo-entries';

const RETENTION = { maxEntries: Infinity, maxAgeDays: Infinity };
const BATCH = 1000;

/** `count` entries in batches: 4,000 classified demo messages, repeated under fresh ids. */
function* batches(count: number): Generator<JournalEntry[]> {
  const originals = [0, 1, 2, 3].flatMap((seed) => demoEntries(seed, 1000, { prefix: `s${seed}` }));
  const all = copiesOf(originals, count, 'n');
  for (let done = 0; done < count; done += BATCH) yield all.slice(done, done + BATCH);
}

async function write(dir: string, count: number): Promise<void> {
  const started = performance.now();
  const journal = await openJournal({ dir, retention: RETENTION });
  for (const batch of batches(count)) await journal.upsert(batch);
  const { totalBytes, segments } = journal.stats();
  await journal.close();
  print({ entries: count, writeMs: performance.now() - started, totalBytes, segments });
}

const QUERIES: JournalFilter[] = [
  { text: 'transcode' },
  { text: 'TranscodeComplete success' },
  { text: 'fail' },
  { text: 'behind-the-scenes' },
  { text: 'snapshot', outcomes: ['success'] },
  { text: 'zz-no-such-word' },
  { text: 'e' },
  { outcomes: ['failure'], kinds: ['transcode'] },
  { queues: ['mns-watch-demo-mps'], offset: 400, limit: 100 },
  { from: START_MS + 3_600_000, to: START_MS + 7_200_000, text: 'vod' },
];

/** Collects garbage and lets freed buffers go, so memory figures are settled. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function probe(dir: string): Promise<void> {
  await settle();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const journal = await openJournal({ dir, retention: RETENTION });
  const restoreMs = performance.now() - started;
  await settle();
  const memory = process.memoryUsage();
  const timings: number[] = [];
  const totals: Record<string, number> = {};
  for (let round = 0; round < 5; round += 1) {
    for (const filter of QUERIES) {
      // Alternate texts so each query misses the text cache, as a person typing would.
      const t0 = performance.now();
      const result = journal.query(filter);
      timings.push(performance.now() - t0);
      totals[JSON.stringify(filter)] = result.total;
    }
  }
  timings.sort((a, b) => a - b);
  const at = (q: number): number =>
    timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0;
  const anyId = journal.query({ limit: 1 }).entries[0]?.id ?? '';
  const t0 = performance.now();
  const full = await journal.getFull(anyId);
  const getFullMs = performance.now() - t0;
  print({
    entries: journal.size,
    restoreMs,
    rssMb: memory.rss / 2 ** 20,
    rssBeforeOpenMb: rssBefore / 2 ** 20,
    heapUsedMb: memory.heapUsed / 2 ** 20,
    heapTotalMb: memory.heapTotal / 2 ** 20,
    externalMb: memory.external / 2 ** 20,
    queryP50Ms: at(0.5),
    queryP95Ms: at(0.95),
    queryMaxMs: at(1),
    getFullMs,
    fullRawBytes: full?.message.decoded.raw.length ?? 0,
    totals,
  });
  await journal.close();
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

const [mode, dir, count] = process.argv.slice(2);
if (mode === 'write' && dir) void write(dir, Number(count));
else if (mode === 'probe' && dir) void probe(dir);
else throw new Error('usage: scale-probe write <dir> <count> | probe <dir>');
