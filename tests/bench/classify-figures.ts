import { performance } from 'node:perf_hooks';

import { classifyDecoded } from '../../main/engine/events/classify-event';
import { decodeBody } from '../../main/engine/events/decode-body';
import { generateDemoMessages } from '../../main/local-mns/demo';
import type { BenchFigure } from './bench-figure';

/** Decode + classify throughput and per-event latency over a realistic mix of demo bodies. */
export function measureClassification(): BenchFigure[] {
  const bodies = generateDemoMessages(42, 5_000, { accountId: '1234567890123456' }).map(
    (m) => m.body,
  );
  for (const body of bodies) classifyDecoded(decodeBody(body)); // warm up the JIT
  const rounds = 4;
  const started = performance.now();
  for (let r = 0; r < rounds; r += 1) for (const body of bodies) classifyDecoded(decodeBody(body));
  const perSecond = (rounds * bodies.length) / ((performance.now() - started) / 1000);

  const samples = bodies.slice(0, 2_000).map((body) => {
    const t = performance.now();
    classifyDecoded(decodeBody(body));
    return performance.now() - t;
  });
  samples.sort((a, b) => a - b);
  const p = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return [
    { id: 'classify_per_s', value: perSecond, unit: 'events/s', target: '>= 20000', naive: null },
    { id: 'classify_p50_ms', value: p(0.5), unit: 'ms', target: '< 1', naive: null },
    { id: 'classify_p99_ms', value: p(0.99), unit: 'ms', target: '< 1', naive: null },
  ];
}
