// `npm run bench`: measures MNS Watch against the local MNS server on loopback (and the renderer in
// Chromium through the browser host), next to a naive poller built here, prints a table and writes
// the same figures as JSON (bench/results.json, or the path after --out). A benchmark, not a test:
// it exits non-zero only when it could not run, never because a number is slow.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';

import type { BenchFigure } from './bench-figure';
import { FIGURE_IDS, formatTable, orderFigures, reportJson } from './bench-report';
import { measureClassification } from './classify-figures';
import { measureFeed } from './feed-figures';
import { measureJournal } from './journal-figures';
import { measurePolling } from './poller-figures';
import { measureRenderer } from './renderer-figures';

const outIndex = process.argv.indexOf('--out');
const out = resolve(
  outIndex >= 0 ? (process.argv[outIndex + 1] ?? 'bench/results.json') : 'bench/results.json',
);

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  process.stdout.write(`measuring ${name}… `);
  const result = await run();
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function main(): Promise<void> {
  const polling = await step('polling, ingest and latency (with the naive baseline)', () =>
    measurePolling(),
  );
  const classification = await step('classification', () => measureClassification());
  const journal = await step('journal at 100,000 events', () => measureJournal());
  const renderer = await step('renderer in Chromium at 100,000 events', () => measureRenderer());
  const feed = await step('feed answers at 100,000 events', () => measureFeed());

  const all = [...polling, ...classification, ...journal, ...renderer];
  const figures = orderFigures(all);
  const ids = new Set<string>(FIGURE_IDS);
  const extra: BenchFigure[] = [...all.filter((f) => !ids.has(f.id)), ...feed];

  console.log(`\n${formatTable(figures)}\n\nmore figures:\n${formatTable(extra)}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    reportJson(figures, extra, { cpus: cpus().length, node: process.version }, new Date()),
  );
  console.log(`\nwritten ${out}`);
}

main().catch((error: unknown) => {
  console.error(
    `The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
