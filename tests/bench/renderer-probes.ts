// What the renderer figures run inside the page. Plain script text, not functions: tsx's
// transpiled functions may reference helpers that do not exist in the page once serialised.
//
// Times are the page's performance.now(), whose origin is the navigation start. "Painted" is the
// first task after the next animation frame, i.e. once the frame holding the change was produced.

/** The rows that hold events (placeholders are aria-busy). */
const REAL_ROW = '[role=grid] [role=row]:not([aria-busy=true])';

/** Installed before navigation: when the first event row exists and when it was painted. */
export const FIRST_RENDER_PROBE = `
(() => {
  let painted;
  const bench = { rowAt: undefined, paintedAt: undefined, lcp: undefined };
  window.__benchFirst = bench;
  window.__benchFirstPainted = new Promise((resolve) => { painted = resolve; });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const observer = new MutationObserver(() => {
    if (bench.rowAt !== undefined || document.querySelector(${JSON.stringify(REAL_ROW)}) === null) return;
    bench.rowAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.paintedAt = performance.now();
        painted(bench);
      };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();
`;

/** Evaluates to a promise of FIRST_RENDER_PROBE's result, once the rows are painted. */
export const FIRST_RENDER_RESULT = 'window.__benchFirstPainted';

/**
 * Installed on a loaded page: each keydown in the search box starts a sample, which ends when the
 * feed has gone through loading the new query (placeholders, or the last rows marked aria-busy)
 * and shows event rows, not busy, again (or its empty state), painted. `window.__benchSearch.samples` collects `{ key, ms }`; `until(n)` waits for n of them.
 */
export const SEARCH_PROBE = `
(() => {
  const waiting = [];
  const bench = {
    samples: [],
    pending: undefined,
    done: 0,
    // A promise of the latest sample once \`count\` samples are done.
    until: (count) => new Promise((resolve) => {
      if (bench.done >= count) resolve(bench.samples.at(-1));
      else waiting.push({ count, resolve });
    }),
  };
  window.__benchSearch = bench;
  const area = document.querySelector('.workspace__feed');
  document.addEventListener('keydown', (event) => {
    if (event.target && event.target.id === 'feed-search') {
      bench.pending = { start: event.timeStamp, key: event.key, loading: false };
    }
  }, true);
  new MutationObserver(() => {
    const pending = bench.pending;
    if (pending === undefined) return;
    const loading =
      area.querySelector('.feed-loading, [role=grid][aria-busy=true], [role=row][aria-busy=true]') !== null;
    if (loading) { pending.loading = true; return; }
    const shown = area.querySelector(${JSON.stringify(REAL_ROW)}) !== null || area.querySelector('[role=grid]') === null;
    if (!pending.loading || !shown) return;
    bench.pending = undefined;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.samples.push({ key: pending.key, ms: performance.now() - pending.start });
        bench.done += 1;
        for (const waiter of waiting.splice(0)) {
          if (bench.done >= waiter.count) waiter.resolve(bench.samples.at(-1));
          else waiting.push(waiter);
        }
      };
      channel.port2.postMessage(0);
    });
  }).observe(area, { childList: true, subtree: true, attributes: true });
})();
`;

/**
 * Scrolls the feed down continuously at `pxPerSecond` for `ms`, one step per animation frame,
 * and resolves with every frame's time since the previous one.
 */
export function scrollProbe(pxPerSecond: number, ms: number): string {
  return `
new Promise((resolve) => {
  const grid = document.querySelector('[role=grid]');
  const deltas = [];
  const start = performance.now();
  let previous = start;
  const step = (now) => {
    deltas.push(now - previous);
    // Relative, as a wheel scrolls: the list may also move itself when events arrive above.
    grid.scrollTop += ((now - previous) / 1000) * ${pxPerSecond};
    previous = now;
    if (now - start < ${ms}) requestAnimationFrame(step);
    else resolve({ deltas: deltas.slice(1), scrollTop: grid.scrollTop, label: grid.getAttribute('aria-label') });
  };
  requestAnimationFrame(step);
})
`;
}
