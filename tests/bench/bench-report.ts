// The benchmark's report: the figures in the order issue 7 fixes, a readable table with the ratio
// to the naive baseline and a verdict per target, and the JSON written next to it. Pure functions.
import type { BenchFigure } from './bench-figure';

/** The report's figures, in this order and with these ids. */
export const FIGURE_IDS = [
  'idle_requests_per_hour',
  'requests_per_message',
  'messages_per_receive',
  'ingest_msgs_per_s',
  'latency_p50_ms',
  'latency_p99_ms',
  'classify_per_s',
  'journal_restore_s',
  'journal_query_p95_ms',
  'main_rss_mb',
  'render_first_ms',
  'search_p95_ms',
  'scroll_frame_p95_ms',
] as const;

/** The figures in report order; throws naming any that is missing, so a broken run is loud. */
export function orderFigures(figures: readonly BenchFigure[]): BenchFigure[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const missing = FIGURE_IDS.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`benchmark figures missing: ${missing.join(', ')}`);
  return FIGURE_IDS.map((id) => byId.get(id) as BenchFigure);
}

/** Whether a value meets a target such as "<= 121", ">= 12" or "< 1"; undefined if unreadable. */
export function meetsTarget(value: number, target: string): boolean | undefined {
  const match = /^\s*(<=|>=|<|>)\s*([\d.,]+)/.exec(target);
  if (match === null) return undefined;
  const bound = Number((match[2] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(bound) || !Number.isFinite(value)) return undefined;
  switch (match[1]) {
    case '<=':
      return value <= bound;
    case '>=':
      return value >= bound;
    case '<':
      return value < bound;
    default:
      return value > bound;
  }
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(3);
}

/** The table printed to the terminal: value, unit, target, verdict, naive and the ratio to it. */
export function formatTable(figures: readonly BenchFigure[]): string {
  const rows = figures.map((f) => {
    const verdict = meetsTarget(f.value, f.target);
    // Above 1: better than naive in the target's direction; below 1: worse.
    const lowerIsBetter = f.target.trimStart().startsWith('<');
    const ratio =
      f.naive !== null && f.naive !== 0 && f.value !== 0
        ? `${formatNumber(lowerIsBetter ? f.naive / f.value : f.value / f.naive)}×`
        : '';
    return [
      f.id,
      formatNumber(f.value),
      f.unit,
      f.target,
      verdict === undefined ? '' : verdict ? 'ok' : 'MISS',
      f.naive === null ? '' : formatNumber(f.naive),
      ratio,
    ];
  });
  const header = ['figure', 'value', 'unit', 'target', '', 'naive', 'better by'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 1 || i === 5 || i === 6 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The JSON document: the figures, then anything extra, the machine and the date. */
export function reportJson(
  figures: readonly BenchFigure[],
  extra: readonly BenchFigure[],
  machine: { cpus: number; node: string },
  date: Date,
): string {
  return `${JSON.stringify({ figures, extra, machine, date: date.toISOString() }, null, 2)}\n`;
}
