import { describe, expect, it } from 'vitest';

import type { BenchFigure } from '../../bench/bench-figure';
import {
  FIGURE_IDS,
  formatTable,
  meetsTarget,
  orderFigures,
  reportJson,
} from '../../bench/bench-report';

const figure = (
  id: string,
  value: number,
  target = '-',
  naive: number | null = null,
): BenchFigure => ({
  id,
  value,
  unit: 'x',
  target,
  naive,
});

describe('benchmark report', () => {
  it('orders the figures as the issue fixes them, and names any that is missing', () => {
    const all = [...FIGURE_IDS].reverse().map((id, i) => figure(id, i));
    expect(orderFigures(all).map((f) => f.id)).toEqual([...FIGURE_IDS]);
    expect(() => orderFigures(all.filter((f) => f.id !== 'search_p95_ms'))).toThrow(
      'benchmark figures missing: search_p95_ms',
    );
  });

  it('reads targets in both directions', () => {
    expect(meetsTarget(120, '<= 121')).toBe(true);
    expect(meetsTarget(122, '<= 121')).toBe(false);
    expect(meetsTarget(12, '>= 12')).toBe(true);
    expect(meetsTarget(2_500, '>= 2,000')).toBe(true);
    expect(meetsTarget(0.9, '< 1')).toBe(true);
    expect(meetsTarget(5, 'p50 ≤ 5')).toBeUndefined();
  });

  it('prints a verdict and how much better than naive each figure is', () => {
    const table = formatTable([
      figure('idle_requests_per_hour', 120, '<= 121', 3_600),
      figure('ingest_msgs_per_s', 1_500, '>= 2000', 300),
      figure('latency_p50_ms', 2, '<= 5', 1),
    ]);
    const [header, idle, ingest, latency] = table.split('\n');
    expect(header).toMatch(/^figure\s+value\s+unit\s+target\s+naive\s+better by$/);
    expect(idle).toMatch(/idle_requests_per_hour\s+120\s+x\s+<= 121\s+ok\s+3,600\s+30\.0×/);
    expect(ingest).toMatch(/ingest_msgs_per_s\s+1,500\s+x\s+>= 2000\s+MISS\s+300\s+5\.000×/);
    // Slower than naive on a lower-is-better figure reads as less than 1×, not as a gain.
    expect(latency).toMatch(/latency_p50_ms\s+2\.000\s+x\s+<= 5\s+ok\s+1\.000\s+0\.500×/);
  });

  it('writes figures, extras, machine and date as JSON', () => {
    const json = JSON.parse(
      reportJson([figure('a', 1)], [figure('b', 2)], { cpus: 2, node: 'v20' }, new Date(0)),
    ) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['figures', 'extra', 'machine', 'date']);
    expect(json.figures).toEqual([{ id: 'a', value: 1, unit: 'x', target: '-', naive: null }]);
    expect(json.date).toBe('1970-01-01T00:00:00.000Z');
  });
});
