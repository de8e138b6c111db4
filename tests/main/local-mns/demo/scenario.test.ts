import { describe, expect, it } from 'vitest';

import type { DemoMessage } from '../../../../main/local-mns/demo';
import {
  createDemoScenario,
  createSeededRandom,
  generateDemoMessages,
} from '../../../../main/local-mns/demo';
import { jobKeyStyle } from './support/check-events';
import { decodeBody } from './support/decode-body';
import { SPEC_VOD_EVENT_TYPES } from '../../../support/vod-event-types';

type Json = Record<string, unknown>;

const sample = generateDemoMessages('mix', 8000);
const events = sample.flatMap((message) => {
  const result = decodeBody(message.body);
  return result.ok
    ? [{ message, event: result.event, base64: result.layers.includes('base64') }]
    : [];
});
const share = (predicate: (message: DemoMessage) => boolean): number =>
  sample.filter(predicate).length / sample.length;
const ofType = (type: string): Json[] =>
  events.filter((item) => item.event.EventType === type).map((item) => item.event);
const data = (event: Json): Json =>
  typeof event.Data === 'string' ? (JSON.parse(event.Data) as Json) : (event.Data as Json);

describe('determinism', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = generateDemoMessages(99, 500);
    expect(generateDemoMessages(99, 500)).toEqual(a);
    expect(generateDemoMessages(100, 500).map((m) => m.body)).not.toEqual(a.map((m) => m.body));
  });

  it('draws all randomness from the injected source, so createDemoScenario matches generateDemoMessages', () => {
    const scenario = createDemoScenario(createSeededRandom(5), { accountId: '1234567890123456' });
    expect(scenario.take(300)).toEqual(generateDemoMessages(5, 300));
  });

  it('anchors EventTime at the given start time', () => {
    const startTimeMs = Date.UTC(2026, 0, 15, 12, 0, 0);
    const vod = generateDemoMessages(5, 50, { startTimeMs }).find((m) => m.kind.startsWith('vod/'));
    const result = vod ? decodeBody(vod.body) : undefined;
    const stamped = result?.ok
      ? Date.parse(String(result.event.EventTime).replace(/:(\d{3})Z$/, '.$1Z'))
      : NaN;
    const lag = startTimeMs + (vod?.atMs ?? 0) - stamped;
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(2500);
  });
});

describe('pacing a person can watch', () => {
  it('never goes back in time', () => {
    for (let i = 1; i < sample.length; i += 1) {
      expect(sample[i]?.atMs ?? 0).toBeGreaterThanOrEqual(sample[i - 1]?.atMs ?? 0);
    }
  });

  it('averages one to two messages a second, five at most in any one second', () => {
    const seconds = (sample.at(-1)?.atMs ?? 0) / 1000;
    const rate = sample.length / seconds;
    expect(rate).toBeGreaterThan(0.8);
    expect(rate).toBeLessThan(2.5);
    let worst = 0;
    for (let i = 0, j = 0; i < sample.length; i += 1) {
      while ((sample[i]?.atMs ?? 0) - (sample[j]?.atMs ?? 0) >= 1000) j += 1;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBeLessThanOrEqual(5);
  });

  it('starts a new asset every few seconds, with occasional bursts of a batch upload', () => {
    const starts = new Map<number, DemoMessage>();
    for (const message of sample)
      if (!starts.has(message.lifecycle)) starts.set(message.lifecycle, message);
    const minutes = (sample.at(-1)?.atMs ?? 0) / 60000;
    expect(starts.size / minutes).toBeGreaterThan(6);
    expect(starts.size / minutes).toBeLessThan(25);
    const series = [...starts.values()].filter((message) =>
      /(course-module|episode|webinar-part|clip)-\d\d\.mp4/.test(message.summary),
    );
    const bursts = series.filter((message, i) => {
      const next = series[i + 2];
      return (
        next !== undefined &&
        next.lifecycle === message.lifecycle + 2 &&
        next.atMs - message.atMs < 3000
      );
    });
    expect(bursts.length).toBeGreaterThan(0);
  });

  it('compresses time by `speed`', () => {
    const normal = generateDemoMessages(8, 400);
    const fast = generateDemoMessages(8, 400, { speed: 4 });
    const lastOf = (messages: DemoMessage[], lifecycle: number): number =>
      Math.max(...messages.filter((m) => m.lifecycle === lifecycle).map((m) => m.atMs));
    for (const lifecycle of [2, 5, 9, 14]) {
      expect(lastOf(fast, lifecycle)).toBeGreaterThan(lastOf(normal, lifecycle) / 4 - 10);
      expect(lastOf(fast, lifecycle)).toBeLessThan(lastOf(normal, lifecycle) / 4 + 10);
    }
  });
});

describe('a plausible mix', () => {
  it('is mostly healthy, with failures, partials, in-progress and odd bodies as minorities', () => {
    expect(share((m) => m.outcome === 'success')).toBeGreaterThan(0.8);
    expect(share((m) => m.outcome === 'failure')).toBeGreaterThan(0.02);
    expect(share((m) => m.outcome === 'failure')).toBeLessThan(0.12);
    expect(share((m) => m.outcome === 'partial')).toBeGreaterThan(0.003);
    expect(share((m) => m.outcome === 'partial')).toBeLessThan(0.05);
    expect(share((m) => m.outcome === 'in-progress')).toBeGreaterThan(0.005);
    expect(share((m) => m.kind.startsWith('odd/'))).toBeGreaterThan(0.005);
    expect(share((m) => m.kind.startsWith('odd/'))).toBeLessThan(0.05);
  });

  it('feeds both queues, and the MPS one partly through each topic envelope and partly Base64', () => {
    const mps = sample.filter((m) => m.kind.startsWith('mps/'));
    expect(share((m) => m.kind.startsWith('vod/'))).toBeGreaterThan(0.5);
    expect(mps.length / sample.length).toBeGreaterThan(0.15);
    const tags = mps.map((m) => ('tag' in m.destination ? m.destination.tag : 'queue'));
    for (const tag of ['queue', 'demo-json', 'demo-xml', 'demo-simplified']) {
      expect(tags.filter((t) => t === tag).length / mps.length).toBeGreaterThan(0.08);
    }
    const base64 =
      events.filter((item) => item.base64 && !item.message.kind.startsWith('odd/')).length /
      sample.length;
    expect(base64).toBeGreaterThan(0.005);
    expect(base64).toBeLessThan(0.1);
  });

  it('varies what the doc says varies', () => {
    const jobs = events
      .filter((item) => item.message.kind.startsWith('mps/job/'))
      .map((item) => jobKeyStyle(item.event));
    expect(new Set(jobs)).toEqual(new Set(['dual', 'lower', 'pascal']));
    expect(jobs.filter((style) => style === 'dual').length / jobs.length).toBeGreaterThan(0.5);
    const ai = [
      ...ofType('AIMediaAuditComplete'),
      ...ofType('AIMediaDNAComplete'),
      ...ofType('AIVideoTagComplete'),
    ].filter((e) => e.Status === 'success');
    expect(new Set(ai.map((e) => typeof e.Data))).toEqual(new Set(['string', 'object']));
    const extend = ofType('FileUploadComplete')
      .map((e) => e.Extend)
      .filter((x): x is string => typeof x === 'string');
    expect(extend.some((x) => x.startsWith('{'))).toBe(true);
    expect(extend.some((x) => !x.startsWith('{'))).toBe(true);
    expect(ofType('FileUploadComplete').some((e) => !('Status' in e))).toBe(true);
    const suggestions = new Set(
      ofType('AIMediaAuditComplete')
        .filter((e) => e.Status === 'success')
        .map((e) => data(e).Suggestion),
    );
    expect(suggestions).toEqual(new Set(['pass', 'review', 'block']));
    expect(new Set(ofType('CreateAuditComplete').map((e) => e.AuditStatus))).toEqual(
      new Set(['Normal', 'Blocked']),
    );
    const streams = ofType('StreamTranscodeComplete');
    expect(new Set(streams.map((e) => e.Format))).toEqual(new Set(['mp4', 'm3u8', 'mp3', 'm4a']));
    for (const definition of ['FD', 'LD', 'SD', 'HD', '2K', '4K', 'OD', 'HD-MP4'])
      expect(streams.map((e) => e.Definition)).toContain(definition);
    expect(streams.some((e) => e.Encrypt === true)).toBe(true);
    const snapshotTypes = ofType('SnapshotComplete')
      .flatMap((e) => (e.SnapshotInfos as Json[] | undefined) ?? [])
      .map((i) => i.SnapshotType);
    expect(new Set(snapshotTypes)).toEqual(
      new Set(['CoverSnapshot', 'NormalSnapshot', 'SpriteSnapshot']),
    );
    expect(
      ofType('UploadByURLComplete').some((e) => e.Status === 'fail' && !('VideoId' in e)),
    ).toBe(true);
    expect(ofType('TranscodeComplete').some((e) => e.Status === 'fail')).toBe(true);
    const reports = events.filter((item) => item.message.kind.startsWith('mps/workflow/Report'));
    const states = reports.flatMap((item) =>
      ((item.event.MediaWorkflowExecution as Json).ActivityList as Json[]).map((a) => a.State),
    );
    expect(new Set(states)).toEqual(new Set(['Success', 'Fail', 'Skipped']));
  });

  it('emits every VOD event type the doc lists, and several MPS job types', () => {
    const vodTypes = new Set(events.map((item) => item.event.EventType));
    for (const type of SPEC_VOD_EVENT_TYPES) {
      expect(vodTypes, type).toContain(type);
    }
    const jobTypes = new Set(
      sample.filter((m) => m.kind.startsWith('mps/job/')).map((m) => m.kind.slice(8)),
    );
    for (const type of ['MediaInfo', 'Analysis', 'Snapshot', 'Transcode'])
      expect(jobTypes).toContain(type);
    expect(jobTypes.size).toBeGreaterThanOrEqual(7);
  });
});
