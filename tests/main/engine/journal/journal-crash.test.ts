import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { openJournal } from '../../../../main/engine/journal';
import { tempDirs } from './support/demo-entries';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const REPO = resolve(__dirname, '../../../..');
const WRITER = join(__dirname, 'support', 'crash-writer.ts');
const ROUNDS = 4;

interface Acknowledged {
  ids: Set<string>;
  /** What each restart restored and repaired. */
  restarts: string[];
  /** The last acknowledged update of each id: state and error text. */
  updates: Map<string, { state: string; lastError: string }>;
}

/** Runs the writer until it has acknowledged `acks` batches, then SIGKILLs it. */
function runAndKill(dir: string, round: number, acks: number, seen: Acknowledged): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(round)], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let errors = '';
    let batches = 0;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, ...rest] = line.split(' ');
        if (kind === 'ready') {
          const [size = '', recovery = ''] = rest;
          // Every restart, not just the last, must already see everything acknowledged.
          if (Number(size) < seen.ids.size) {
            child.kill('SIGKILL');
            fail(new Error(`restart ${round} restored ${size} of ${seen.ids.size} entries`));
          }
          seen.restarts.push(recovery);
        } else if (kind === 'ack') {
          for (const id of rest) seen.ids.add(id);
          batches += 1;
        } else if (kind === 'upd') {
          const [id = '', state = '', ...error] = rest;
          seen.updates.set(id, { state, lastError: error.join(' ') });
        }
      }
      if (batches >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done();
      else fail(new Error(`writer exited with ${code ?? signal}: ${errors}`));
    });
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged batch and update through repeated kill -9', async () => {
    const dir = await dirs.make();
    const seen: Acknowledged = { ids: new Set(), restarts: [], updates: new Map() };
    for (let round = 0; round < ROUNDS; round += 1) {
      // A random point: after 10 to 60 acknowledged batches, mid-write of whatever comes next.
      await runAndKill(dir, round, 10 + Math.floor(Math.random() * 50), seen);
    }
    const journal = await openJournal({
      dir,
      retention: { maxEntries: Infinity, maxAgeDays: Infinity },
    });
    try {
      const recoveries = [...seen.restarts.slice(1), JSON.stringify(journal.recovery)];
      console.log(
        `crash test: ${seen.ids.size} acknowledged entries, ${seen.updates.size} updates,`,
        `${journal.size} restored; recoveries:\n${recoveries.join('\n')}`,
      );
      const missing = [...seen.ids].filter((id) => journal.get(id) === undefined);
      expect(missing).toEqual([]);
      for (const [id, update] of seen.updates) {
        const entry = journal.get(id);
        // A later, unacknowledged update of the same id may have reached the disk too.
        if (entry?.lastError === update.lastError) expect(entry.state).toBe(update.state);
        else expect(entry?.lastError).toMatch(/^round \d+ batch \d+$/);
      }
      expect(journal.recovery.unreadableRecords).toBe(0);
      expect(journal.recovery.corruptRecords).toEqual([]);
    } finally {
      await journal.close();
    }
  }, 120_000);
});
