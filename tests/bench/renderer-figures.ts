// The renderer figures: the built renderer in Debian's Chromium, driven by Playwright, against the
// real browser host (engine, journal of 100,000 events, a consumed and a watched queue on the local
// MNS server). First render of a fresh page, search keystroke to updated list, and frame times
// while scrolling as 500 events a second arrive.
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

import type { BenchFigure } from './bench-figure';
import {
  FIRST_RENDER_PROBE,
  FIRST_RENDER_RESULT,
  SEARCH_PROBE,
  scrollProbe,
} from './renderer-probes';
import { ensureRendererBuilt, startRendererBench } from './renderer-setup';
import type { RendererBench } from './renderer-setup';
import { startSender } from './renderer-sender';

const COUNT = Number(process.env.BENCH_RENDERER_ENTRIES ?? 100_000);
const VERBOSE = process.env.BENCH_VERBOSE === '1';
const VIEWPORT = { width: 1440, height: 900 };
/** Fresh page loads measured for the first render (all of them count). */
const LOADS = 5;
/** Typed one character at a time; every keystroke is a sample. */
const SEARCH_WORDS = ['transcode', 'snapshot', 'upload', 'failed', 'workflow'];
const SCROLL_MS = 5000;
const SCROLL_PX_PER_S = 3000;
const ARRIVALS_PER_S = 500;

/**
 * The three renderer figures, in the order of the results table. `renderer` is a built renderer
 * to measure instead of out/renderer (which is built first when older than its sources).
 */
export async function measureRenderer(renderer?: string): Promise<BenchFigure[]> {
  if (renderer === undefined) ensureRendererBuilt();
  const bench = await startRendererBench(COUNT, renderer);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.MNS_WATCH_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    const first = await measureFirstRender(browser, bench);
    const search = await measureSearch(browser, bench);
    const scroll = await measureScroll(browser, bench);
    return [
      { id: 'render_first_ms', value: first, unit: 'ms', target: '<= 500', naive: null },
      { id: 'search_p95_ms', value: search, unit: 'ms', target: '<= 100', naive: null },
      { id: 'scroll_frame_p95_ms', value: scroll, unit: 'ms', target: '<= 20', naive: null },
    ];
  } finally {
    await browser?.close();
    await bench.stop();
  }
}

interface FirstRender {
  rowAt: number;
  paintedAt: number;
  lcp: number | undefined;
}

/** A fresh page (new context: nothing cached) showing the feed, and its first-render times. */
async function openFeed(
  browser: Browser,
  bench: RendererBench,
): Promise<{ page: Page; first: FirstRender }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.addInitScript(FIRST_RENDER_PROBE);
  await page.goto(bench.app.url);
  const first = (await page.evaluate(FIRST_RENDER_RESULT)) as FirstRender;
  return { page, first };
}

/** Median over fresh page loads (new context each: nothing cached) of navigation → rows painted. */
async function measureFirstRender(browser: Browser, bench: RendererBench): Promise<number> {
  const samples: number[] = [];
  for (let load = 1; load <= LOADS; load += 1) {
    const { page, first: result } = await openFeed(browser, bench);
    const label = await page.getByRole('grid').getAttribute('aria-label');
    await page.context().close();
    if (VERBOSE) {
      console.log(
        `  first render ${load}: rows ${result.rowAt.toFixed(0)} ms, painted ${result.paintedAt.toFixed(0)} ms, LCP ${result.lcp?.toFixed(0) ?? '-'} ms; ${label}`,
      );
    }
    samples.push(result.paintedAt);
  }
  return percentile(samples, 0.5);
}

interface SearchSample {
  key: string;
  ms: number;
}

/** p95 of keystroke → the list showing the new query's rows, painted; debounce included. */
async function measureSearch(browser: Browser, bench: RendererBench): Promise<number> {
  const { page } = await openFeed(browser, bench);
  try {
    await page.evaluate(SEARCH_PROBE);
    const search = page.locator('#feed-search');
    await search.click();
    let expected = 0;
    for (const word of SEARCH_WORDS) {
      for (const char of word) {
        await page.keyboard.press(char);
        expected += 1;
        const last = await sampled(page, expected);
        if (VERBOSE) {
          const label = await page
            .locator('.workspace__feed [role=grid]')
            .getAttribute('aria-label', { timeout: 100 })
            .catch(() => 'no list');
          console.log(
            `  search "${await search.inputValue()}": ${last.ms.toFixed(0)} ms; ${label}`,
          );
        }
      }
      // Clear (Esc clears at once) and wait for the unfiltered list before the next word.
      await page.keyboard.press('Escape');
      expected += 1;
      await sampled(page, expected);
    }
    const all = (await page.evaluate('window.__benchSearch.samples')) as SearchSample[];
    // Esc after each word is not typing.
    return percentile(
      all.filter((sample) => sample.key !== 'Escape').map((sample) => sample.ms),
      0.95,
    );
  } finally {
    await page.context().close();
  }
}

/** The `count`th search sample, once it is taken (an error after 5 s). */
async function sampled(page: Page, count: number): Promise<SearchSample> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`search sample ${count} never came`)), 5000);
  });
  const sample = page.evaluate(`window.__benchSearch.until(${count})`);
  // Should the timeout win, the page closes under the evaluation: that rejection is expected.
  sample.catch(() => undefined);
  try {
    return (await Promise.race([sample, timeout])) as SearchSample;
  } finally {
    clearTimeout(timer);
  }
}

/** p95 of animation-frame intervals while the feed scrolls and 500 events a second arrive. */
async function measureScroll(browser: Browser, bench: RendererBench): Promise<number> {
  const { page } = await openFeed(browser, bench);
  const sender = startSender(bench.server, ARRIVALS_PER_S);
  try {
    const before = bench.app.runtime.engine.journalSize();
    // Let the stream settle: the engine receiving in batches, rows pushed to the page.
    await page.waitForTimeout(1000);
    const result = (await page.evaluate(scrollProbe(SCROLL_PX_PER_S, SCROLL_MS))) as {
      deltas: number[];
      scrollTop: number;
      label: string;
    };
    const arrived = bench.app.runtime.engine.journalSize() - before;
    if (VERBOSE) {
      const sorted = [...result.deltas].sort((a, b) => a - b);
      console.log(
        `  scroll: ${result.deltas.length} frames, median ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms; ended at ${result.scrollTop.toFixed(0)} px; sent ${sender.sent()}, journaled ${arrived} in ${((SCROLL_MS + 1000) / 1000).toFixed(0)} s; ${result.label}`,
      );
    }
    return percentile(result.deltas, 0.95);
  } finally {
    sender.stop();
    await page.context().close();
  }
}

/** Nearest-rank percentile (0 < p <= 1). */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
