// Journal figures at full size: restore of 100,000 entries, filtered full-text query p95, and
// the memory of a process holding them. Each is measured in a child process run from a bundle,
// the way the app's main process runs the journal, so nothing of this process or of a
// TypeScript loader is counted. The journal is written once per run and removed afterwards.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { build } from 'esbuild';

import type { BenchFigure } from './bench-figure';
import type { ProbeReading } from './journal-probe';

const run = promisify(execFile);
const COUNT = Number(process.env.BENCH_JOURNAL_ENTRIES ?? 100_000);
/** Fresh processes that each restore the journal: restore and RSS are medians over them. */
const OPENS = 5;
const PROBE_TIMEOUT_MS = 60_000;

/** Bundles the probe (and what it imports) into `outdir`; returns the entry file. */
async function bundleProbe(outdir: string): Promise<string> {
  await build({
    entryPoints: [join(__dirname, 'journal-probe.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return join(outdir, 'journal-probe.mjs');
}

async function probe(entry: string, ...args: string[]): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--expose-gc', entry, ...args], {
    maxBuffer: 1 << 20,
    timeout: PROBE_TIMEOUT_MS,
  });
  return JSON.parse(stdout) as unknown;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The `q` quantile (nearest rank) of `values`. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

/**
 * `journal_restore_s`, `journal_query_p95_ms` and `main_rss_mb`, in that order. Restore and RSS
 * are the median of OPENS fresh processes; the query p95 is over every timed query of all of
 * them (8 filtered text queries x 6 rounds each).
 */
export async function measureJournal(): Promise<BenchFigure[]> {
  const work = await mkdtemp(join(tmpdir(), 'mns-watch-bench-journal-'));
  try {
    const entry = await bundleProbe(join(work, 'probe'));
    const dir = join(work, 'journal');
    await probe(entry, 'write', dir, String(COUNT));
    const readings: ProbeReading[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      const reading = (await probe(entry, 'read', dir)) as ProbeReading;
      if (reading.entries !== COUNT) {
        throw new Error(`The journal restored ${reading.entries} of ${COUNT} entries`);
      }
      readings.push(reading);
    }
    return [
      {
        id: 'journal_restore_s',
        value: median(readings.map((r) => r.restoreMs)) / 1000,
        unit: 's',
        target: '<= 1.5',
        naive: null,
      },
      {
        id: 'journal_query_p95_ms',
        value: quantile(
          readings.flatMap((r) => r.queryMs),
          0.95,
        ),
        unit: 'ms',
        target: '<= 50',
        naive: null,
      },
      {
        id: 'main_rss_mb',
        value: median(readings.map((r) => r.rssMb)),
        unit: 'MB',
        target: '<= 300',
        naive: null,
      },
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
