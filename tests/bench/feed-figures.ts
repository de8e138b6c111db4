import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { openJournal } from '../../main/engine/journal';
import type { JournalFilter } from '../../main/engine/journal';
import { toEngineEvent } from '../../main/hosts/engine-api/engine-runtime';
import { toFeedRow } from '../../main/hosts/engine-api/entry-views';
import { copiesOf, demoEntries } from '../main/engine/journal/support/demo-entries';
import type { BenchFigure } from './bench-figure';

const COUNT = Number(process.env.BENCH_FEED_ENTRIES ?? 100_000);

/** What the UI asks for while scrolling, searching and grouping, at full journal size. */
// Searches alternate between two texts so every sample scans (the journal caches one text).
const VIEWS: { id: string; filters: JournalFilter[]; target: string }[] = [
  { id: 'feed_top_page', filters: [{ offset: 0, limit: 100 }], target: '< 50' },
  {
    id: 'feed_deep_page',
    filters: [{ offset: Math.floor(COUNT * 0.6), limit: 100 }],
    target: '< 50',
  },
  {
    id: 'feed_search_page',
    filters: [
      { text: 'transcode fail', limit: 100 },
      { text: 'snapshot success', limit: 100 },
    ],
    target: '< 100',
  },
  { id: 'feed_timeline_1000', filters: [{ kinds: ['transcode'], limit: 1000 }], target: '< 200' },
];

/**
 * The feed as the renderer gets it from a journal of COUNT entries: one queryFeed answer (query,
 * map to rows, serialise) per view, and how fast live rows are turned into pushed frames.
 */
export async function measureFeed(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mns-watch-bench-feed-'));
  try {
    const journal = await openJournal({
      dir,
      retention: { maxEntries: Infinity, maxAgeDays: Infinity },
    });
    const originals = [0, 1, 2, 3].flatMap((seed) =>
      demoEntries(seed, 1000, { prefix: `b${seed}` }),
    );
    const all = copiesOf(originals, COUNT, 'f');
    for (let done = 0; done < COUNT; done += 1000)
      await journal.upsert(all.slice(done, done + 1000));

    const figures: BenchFigure[] = [
      {
        id: 'feed_journal_entries',
        value: journal.size,
        unit: 'entries',
        target: '100000',
        naive: null,
      },
    ];
    for (const view of VIEWS) {
      let turn = 0;
      const answer = () => {
        const filter = view.filters[turn++ % view.filters.length] ?? {};
        const result = journal.query(filter);
        return JSON.stringify({
          rows: result.entries.map(toFeedRow),
          total: result.total,
          counts: result.counts,
        });
      };
      answer();
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 25; i += 1) {
        const started = performance.now();
        bytes = answer().length;
        samples.push(performance.now() - started);
      }
      samples.sort((a, b) => a - b);
      figures.push({
        id: `${view.id}_p95_ms`,
        value: samples[Math.floor(samples.length * 0.95)] ?? 0,
        unit: 'ms',
        target: view.target,
        naive: null,
      });
      figures.push({
        id: `${view.id}_kb`,
        value: bytes / 1024,
        unit: 'KiB',
        target: '-',
        naive: null,
      });
    }

    // A burst: rows pushed in the batches the feed engine emits, mapped and serialised for the socket.
    const burst = all.slice(0, 20_000);
    const started = performance.now();
    for (let i = 0; i < burst.length; i += 16) {
      JSON.stringify({
        event: toEngineEvent({ type: 'feed', entries: burst.slice(i, i + 16) }, []),
      });
    }
    figures.push({
      id: 'push_rows_per_s',
      value: burst.length / ((performance.now() - started) / 1000),
      unit: 'rows/s',
      target: '>= 5000',
      naive: null,
    });
    await journal.close();
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
