// Child process for the crash test: appends batches (and updates, and compactions) in a loop,
// printing each one only after the journal acknowledged it, until the parent kills it.
// Usage: node --import tsx crash-writer.ts <dir> <round>
import { openJournal } from '../../../../../main/engine/journal';
import { demoEntries } from './demo-entries';

// The package is CommonJS to tsx, so no top-level await.
async function main(dir: string, round: string): Promise<void> {
  const journal = await openJournal({
    dir,
    retention: { maxEntries: Infinity, maxAgeDays: Infinity },
    // Small sizes, so segments roll and compactions run while the parent may strike.
    tuning: { segmentMaxBytes: 64 * 1024, compactMinBytes: 32 * 1024, compactDeadRatio: 0.2 },
  });
  process.stdout.write(`ready ${journal.size} ${JSON.stringify(journal.recovery)}\n`);

  const acknowledged: string[] = [];
  for (let batch = 0; ; batch += 1) {
    const entries = demoEntries(batch % 7, 6, { prefix: `r${round}-b${batch}` });
    await journal.upsert(entries);
    acknowledged.push(...entries.map((entry) => entry.id));
    // Pipes to the parent are written synchronously on Linux: once printed, the parent has it.
    process.stdout.write(`ack ${entries.map((entry) => entry.id).join(' ')}\n`);
    if (batch % 2 === 1) {
      const id = acknowledged[(batch * 7919) % acknowledged.length] ?? '';
      const state = batch % 4 === 1 ? 'deleted' : 'delete-failed';
      await journal.update(id, { state, lastError: `round ${round} batch ${batch}` });
      process.stdout.write(`upd ${id} ${state} round ${round} batch ${batch}\n`);
    }
    if (batch % 5 === 4) journal.compact().catch(() => undefined);
  }
}

const [dir, round] = process.argv.slice(2);
if (dir === undefined || round === undefined) throw new Error('usage: crash-writer <dir> <round>');
void main(dir, round);
