import type { DemoOutcome } from './demo-message';
import type { LifecycleContext, PlannedEvent } from './lifecycle-context';
import {
  VIDEO_SOURCES,
  STREAM_ERRORS,
  RESOURCE_CONTENT_BAD,
  AI_ERRORS,
  stemOf,
} from './media-catalog';
import type { JobKeyStyle, MpsJobResult, SnapshotExtras } from './mps-job-events';
import { mpsJobMessage } from './mps-job-events';
import { encodeForRoute, pickMpsRoute } from './mps-route';
import { summaryLine } from './summary-line';

/** AI job types, named so the doc's name heuristic (censor/cover/tag/summary/asr) recognises them. */
const AI_JOB_TYPES = [
  'MediaCensor',
  'AIVideoCover',
  'AIVideoTag',
  'AIVideoSummary',
  'AIAudioASR',
] as const;

/** Natural start of the MPS lifecycles' input path, `input/2025/06/launch-teaser.mp4`. */
export function inputObject(epochMs: number, fileName: string): string {
  const iso = new Date(epochMs).toISOString();
  return `input/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${fileName}`;
}

/** A batch of MPS jobs for one input file (media info, snapshots, transcodes, maybe an AI job). */
export function planMpsJobBatch(ctx: LifecycleContext, fileName?: string): PlannedEvent[] {
  const { values, timeline } = ctx;
  const name = fileName ?? values.pick(VIDEO_SOURCES).name;
  const route = pickMpsRoute(values);
  const style = values.weighted<JobKeyStyle>([
    ['dual', 70],
    ['lower', 12],
    ['pascal', 18],
  ]);
  const batch = `b-${values.hex(6)}`;
  // UserData is capped at 128 bytes for some submit APIs, so it stays a short JSON or a bare name.
  const userData = values.weighted<string | undefined>([
    [JSON.stringify({ asset: name, batch }), 60],
    [`${stemOf(name)}#${batch}`, 25],
    [undefined, 15],
  ]);
  const events: PlannedEvent[] = [];
  const add = (
    offsetMs: number,
    type: string,
    error: MpsJobResult['error'],
    detail: string,
    snapshot?: SnapshotExtras,
  ): void => {
    const at = timeline.point(offsetMs);
    const job: MpsJobResult = {
      jobId: values.hex(32),
      requestId: values.uuid(),
      type,
      error,
      userData,
      snapshot,
    };
    const outcome: DemoOutcome = error ? 'failure' : 'success';
    const shown = error ? `Fail ${error.code}` : detail;
    events.push({
      at,
      destination: route.destination,
      body: encodeForRoute(route, mpsJobMessage(job, style)),
      kind: `mps/job/${type}`,
      outcome,
      subject: batch,
      summary: summaryLine('mps', `${type} job`, name, `${shown} (via ${route.label})`),
    });
  };

  const infoFailed = values.chance(0.03);
  // The submitter probes the file first and only then fans out, so MediaInfo always leads the batch.
  const infoMs = values.int(1000, 3000);
  add(infoMs, 'MediaInfo', infoFailed ? RESOURCE_CONTENT_BAD : undefined, 'Success');
  if (infoFailed) return events;
  if (values.chance(0.2)) add(infoMs + values.int(1000, 3000), 'Analysis', undefined, 'Success');
  if (values.chance(0.6)) {
    const specified = values.chance(0.5);
    const prefix = `http://${ctx.mpsBucket}.oss-${ctx.region}.aliyuncs.com/output/snapshots/${stemOf(name)}`;
    const times = [1000, 5000, 10000, 20000].slice(0, values.int(2, 4));
    const extras = specified
      ? {
          urlPattern: `${prefix}/{Count}.jpg`,
          lastUrl: `${prefix}/${String(times.length).padStart(5, '0')}.jpg`,
          count: times.length,
          timeArray: times,
        }
      : undefined;
    add(
      infoMs + values.int(1500, 7000),
      'Snapshot',
      values.chance(0.04) ? STREAM_ERRORS[1] : undefined,
      specified ? `Success, ${times.length} frames` : 'Success',
      extras,
    );
  }
  const transcodes = values.int(1, 3);
  for (let i = 0; i < transcodes; i += 1) {
    const error = values.chance(0.08)
      ? values.pick([STREAM_ERRORS[0], STREAM_ERRORS[1]])
      : undefined;
    add(infoMs + values.int(9000, 42000), 'Transcode', error, 'Success');
  }
  if (values.chance(0.35)) {
    add(
      infoMs + values.int(14000, 47000),
      values.pick(AI_JOB_TYPES),
      values.chance(0.06) ? values.pick(AI_ERRORS) : undefined,
      'Success',
    );
  }
  return events;
}
