import { describe, expect, it } from 'vitest';

import type { DemoMessage } from '../../../../main/local-mns/demo';
import { DEFAULT_DEMO_START_MS, generateDemoMessages } from '../../../../main/local-mns/demo';
import { decodeBody } from './support/decode-body';

type Json = Record<string, unknown>;

interface Decoded {
  readonly message: DemoMessage;
  readonly event: Json;
  readonly index: number;
}

const messages = generateDemoMessages('lifecycles', 6000);
const decoded: Decoded[] = messages.flatMap((message, index) => {
  const result = decodeBody(message.body);
  return result.ok && !message.kind.startsWith('odd/')
    ? [{ message, event: result.event, index }]
    : [];
});
const byLifecycle = new Map<number, Decoded[]>();
for (const item of decoded) {
  const list = byLifecycle.get(item.message.lifecycle) ?? [];
  list.push(item);
  byLifecycle.set(item.message.lifecycle, list);
}
const eventName = (item: Decoded): string => String(item.event.EventType);
const transcodeLifecycles = [...byLifecycle.values()].filter((items) =>
  items.some((item) => eventName(item) === 'TranscodeComplete'),
);

describe('VOD asset lifecycles', () => {
  it('there are plenty of full lifecycles to check', () => {
    expect(transcodeLifecycles.length).toBeGreaterThan(150);
  });

  it('carry one id from arrival to AI, equal to the subject the lifecycle is grouped by', () => {
    for (const items of transcodeLifecycles) {
      const ids = new Set(items.map((item) => item.event.VideoId ?? item.event.MediaId));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toBe(items[0]?.message.subject);
    }
  });

  it('happen in pipeline order', () => {
    const rank: Readonly<Record<string, number>> = {
      MediaBaseChangeComplete: 0,
      ProduceMediaComplete: 0,
      AddLiveRecordVideoComplete: 0,
      LiveRecordVideoComposeStart: 0,
      UploadByURLComplete: 1,
      FileUploadComplete: 1,
      VideoAnalysisComplete: 2,
      StreamTranscodeComplete: 3,
      TranscodeComplete: 4,
      DynamicImageComplete: 5,
      AIMediaAuditComplete: 5,
      AIMediaDNAComplete: 5,
      AIVideoTagComplete: 5,
      WorkflowTaskComplete: 5,
      CreateAuditComplete: 5,
    };
    for (const items of transcodeLifecycles) {
      const ranks = items
        .map(eventName)
        .filter((name) => name !== 'SnapshotComplete')
        .map((name) => rank[name]);
      expect(ranks.every((value) => value !== undefined)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a = 0, b = 0) => a - b));
      const upload = items.findIndex((item) =>
        ['FileUploadComplete', 'UploadByURLComplete', 'AddLiveRecordVideoComplete'].includes(
          eventName(item),
        ),
      );
      const snapshot = items.findIndex((item) => eventName(item) === 'SnapshotComplete');
      if (snapshot >= 0) expect(snapshot).toBeGreaterThan(upload);
      const review = items.find((item) => eventName(item) === 'CreateAuditComplete');
      if (review) {
        const audit = items.find((item) => eventName(item) === 'AIMediaAuditComplete');
        expect(audit && audit.index < review.index).toBe(true);
        const data =
          typeof audit?.event.Data === 'string'
            ? (JSON.parse(audit.event.Data) as Json)
            : (audit?.event.Data as Json | undefined);
        expect(['review', 'block']).toContain(data?.Suggestion);
      }
    }
  });

  it('run AI jobs only on videos whose transcode produced something', () => {
    for (const items of transcodeLifecycles) {
      const done = items.find((item) => eventName(item) === 'TranscodeComplete');
      const ai = items.filter((item) => eventName(item).startsWith('AI'));
      if (done?.event.Status === 'fail') expect(ai).toEqual([]);
    }
  });

  it('end with a TranscodeComplete whose StreamInfos repeat the per-definition events before it', () => {
    let partials = 0;
    for (const items of transcodeLifecycles) {
      const done = items.find((item) => eventName(item) === 'TranscodeComplete');
      const streams = items.filter((item) => eventName(item) === 'StreamTranscodeComplete');
      const infos = (done?.event.StreamInfos ?? []) as Json[];
      expect(infos.length).toBe(streams.length);
      expect(streams.length).toBeGreaterThan(0);
      streams.forEach((stream, i) => {
        const {
          EventTime,
          EventType: _type,
          VideoId: _id,
          Extend: _extend,
          ...fields
        } = stream.event;
        const info = infos[i] ?? {};
        const { IsAudio: _audio, StartTime: _start, FinishTime, ...rest } = info;
        expect(rest).toEqual(fields);
        expect(FinishTime).toBe(EventTime);
        expect(stream.index).toBeLessThan(done?.index ?? -1);
      });
      const okStreams = infos.filter((info) => info.Status === 'success').length;
      expect(done?.event.Status).toBe(okStreams > 0 ? 'success' : 'fail');
      if (okStreams > 0 && okStreams < infos.length) partials += 1;
      const extend = new Set(
        items.filter((item) => 'Extend' in item.event).map((item) => item.event.Extend),
      );
      expect(extend.size).toBeLessThanOrEqual(1);
    }
    expect(partials).toBeGreaterThan(0);
  });

  it('stamp EventTime from the scenario clock, never later than delivery and at most a moment before it', () => {
    for (const item of decoded.filter((d) => typeof d.event.EventTime === 'string')) {
      const stamped = Date.parse(String(item.event.EventTime).replace(/:(\d{3})Z$/, '.$1Z'));
      // Sent at or shortly after the moment it describes, never before.
      const sentAt = DEFAULT_DEMO_START_MS + item.message.atMs;
      expect(stamped).toBeLessThanOrEqual(sentAt);
      expect(sentAt - stamped).toBeLessThan(2500);
    }
  });

  it('refer back only to videos an earlier lifecycle finished (follow-ups, DNA matches)', () => {
    const finishedAt = new Map<string, number>();
    for (const items of transcodeLifecycles) {
      const last = items.at(-1);
      const id = items[0]?.message.subject;
      if (last && id) finishedAt.set(id, last.message.atMs);
    }
    const followUps = decoded.filter((item) =>
      [
        'DeleteMediaComplete',
        'UpdateMediaStorageClassComplete',
        'SubmitMediaRefreshComplete',
      ].includes(eventName(item)),
    );
    expect(followUps.length).toBeGreaterThan(0);
    for (const item of followUps) {
      const ready = finishedAt.get(String(item.event.MediaId));
      expect(ready, eventName(item)).toBeDefined();
      expect(ready ?? Infinity).toBeLessThan(item.message.atMs);
    }
    for (const item of decoded.filter(
      (d) => eventName(d) === 'AIMediaDNAComplete' && d.event.Status === 'success',
    )) {
      const data = (
        typeof item.event.Data === 'string' ? JSON.parse(item.event.Data) : item.event.Data
      ) as { VideoDNA: { PrimaryKey: string }[] };
      for (const match of data.VideoDNA)
        expect(
          finishedAt.has(match.PrimaryKey) ||
            decoded.some((d) => d.event.VideoId === match.PrimaryKey && d.index < item.index),
        ).toBe(true);
    }
  });
});

describe('MPS lifecycles', () => {
  const workflows = [...byLifecycle.values()].filter((items) =>
    items.some((item) => 'MediaWorkflowExecution' in item.event),
  );
  const batches = [...byLifecycle.values()].filter((items) =>
    items[0]?.message.kind.startsWith('mps/job/'),
  );

  it('send a workflow Start, then its Report, under one RunId and one route', () => {
    expect(workflows.length).toBeGreaterThan(50);
    for (const items of workflows) {
      expect(items.map((item) => item.event.Type)).toEqual(['Start', 'Report']);
      const [start, report] = items as [Decoded, Decoded];
      expect(report.event.RunId).toBe(start.event.RunId);
      expect(report.message.atMs - start.message.atMs).toBeGreaterThan(5000);
      expect(report.message.destination).toEqual(start.message.destination);
      const pick = (item: Decoded): unknown => {
        const { State: _s, ActivityList: _a, ...rest } = item.event.MediaWorkflowExecution as Json;
        return rest;
      };
      expect(pick(report)).toEqual(pick(start));
    }
  });

  it('send a job batch through one pipeline: same route, key spelling and UserData, MediaInfo first', () => {
    expect(batches.length).toBeGreaterThan(50);
    for (const items of batches) {
      expect(items[0]?.message.kind).toBe('mps/job/MediaInfo');
      const routes = new Set(items.map((item) => JSON.stringify(item.message.destination)));
      expect(routes.size).toBe(1);
      const styles = new Set(
        items.map(
          (item) => ('jobId' in item.event ? 'l' : '') + ('JobId' in item.event ? 'P' : ''),
        ),
      );
      expect(styles.size).toBe(1);
      const userData = new Set(items.map((item) => item.event.UserData ?? item.event.userData));
      expect(userData.size).toBe(1);
      const jobIds = items.map((item) => item.event.JobId ?? item.event.jobId);
      expect(new Set(jobIds).size).toBe(jobIds.length);
    }
  });
});
