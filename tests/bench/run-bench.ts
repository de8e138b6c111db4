// `npm run bench`: prints benchmark figures as a table and writes them as JSON (bench/results.json,
// or the path after --out). A benchmark, not a test: it never fails on a slow number.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';

import { measureClassification } from './classify-figures';
import { measureFeed } from './feed-figures';
import type { BenchFigure } from './bench-figure';

const outIndex = process.argv.indexOf('--out');
const out = resolve(
  outIndex >= 0 ? (process.argv[outIndex + 1] ?? 'bench/results.json') : 'bench/results.json',
);

async function main(): Promise<void> {
  const figures: BenchFigure[] = [...measureClassification(), ...(await measureFeed())];

  console.log(`${'figure'.padEnd(26)} ${'value'.padStart(12)}  unit        target`);
  for (const f of figures) {
    console.log(
      `${f.id.padEnd(26)} ${f.value.toFixed(f.value < 10 ? 4 : 0).padStart(12)}  ${f.unit.padEnd(10)}  ${f.target}`,
    );
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ figures, machine: { cpus: cpus().length, node: process.version }, date: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(`\nwritten ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
