import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

import { tempDirs } from './support/demo-entries';

const run = promisify(execFile);
const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const REPO = resolve(__dirname, '../../../..');
const PROBE = join(__dirname, 'support', 'scale-probe.ts');
// 100,000 entries write ~465 MB; the suite runs a smaller scale so it fits any disk, and the
// benchmark (or JOURNAL_SCALE_COUNT=100000) measures the full figure.
const COUNT = Number(process.env.JOURNAL_SCALE_COUNT ?? 20_000);

async function probe(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', PROBE, ...args],
    { cwd: REPO, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('scale', () => {
  // Figures are printed for the record, never asserted: timing depends on the machine.
  it(`restores and queries ${COUNT} entries`, async () => {
    const dir = await dirs.make();
    const written = await probe('write', dir, String(COUNT));
    console.log('journal scale, write:', JSON.stringify(written));
    const figures = await probe('probe', dir);
    const { totals, ...rest } = figures;
    console.log('journal scale, restore + query:', JSON.stringify(rest));
    expect(figures.entries).toBe(COUNT);
    expect(figures.fullRawBytes).toBeGreaterThan(0);
    const byQuery = totals as Record<string, number>;
    expect(byQuery['{"text":"transcode"}']).toBeGreaterThan(0);
    expect(byQuery['{"text":"zz-no-such-word"}']).toBe(0);
  }, 300_000);
});
