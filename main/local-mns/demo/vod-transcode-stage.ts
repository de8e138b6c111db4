import { DEMO_QUEUES } from './demo-names';
import type { LifecycleContext, PlannedEvent } from './lifecycle-context';
import { planEvent } from './lifecycle-context';
import type { SourceProfile } from './media-catalog';
import { RESOURCE_CONTENT_BAD } from './media-catalog';
import { summaryLine } from './summary-line';
import type { RenditionResult } from './vod-renditions';
import {
  failAll,
  finishRendition,
  planAudioRenditions,
  planVideoRenditions,
} from './vod-renditions';
import {
  dynamicImageComplete,
  snapshotComplete,
  streamTranscodeComplete,
  transcodeComplete,
} from './vod-transcode-events';
import { videoAnalysisComplete } from './vod-upload-events';

/** A VOD media whose upload has completed and whose processing is being planned. */
export interface VodAsset {
  readonly videoId: string;
  readonly fileName: string;
  readonly source: SourceProfile;
  readonly seconds: number;
  readonly size: number;
  readonly extend: string | undefined;
  readonly isAudio: boolean;
}

/** What the transcode stage produced, for the AI stage and later management events. */
export interface TranscodeStage {
  readonly events: PlannedEvent[];
  readonly results: readonly RenditionResult[];
  /** At least one rendition succeeded (TranscodeComplete says `success`). */
  readonly ok: boolean;
  /** Natural offset of the TranscodeComplete event. */
  readonly doneMs: number;
}

const toVod = { queue: DEMO_QUEUES.vod };

/** Analysis, snapshots and per-definition transcodes after an upload at `uploadedMs`, then TranscodeComplete. */
export function planTranscodeStage(
  ctx: LifecycleContext,
  asset: VodAsset,
  uploadedMs: number,
): TranscodeStage {
  const { values, timeline } = ctx;
  const events: PlannedEvent[] = [];
  const meta = (what: string, outcome: 'success' | 'partial' | 'failure', detail?: string) => ({
    kind: `vod/${what}`,
    outcome,
    subject: asset.videoId,
    summary: summaryLine('vod', what, asset.fileName, detail),
  });
  const badSource = !asset.isAudio && values.chance(0.04);
  if (!asset.isAudio) {
    const at = timeline.point(uploadedMs + values.int(800, 2500));
    const { source } = asset;
    const analysis = badSource
      ? { error: RESOURCE_CONTENT_BAD }
      : {
          width: source.width,
          height: source.height,
          seconds: asset.seconds,
          bitrateKbps: source.bitrateKbps * values.float(0.9, 1.05),
          fps: source.fps,
          size: asset.size,
        };
    events.push(
      planEvent(
        at,
        toVod,
        videoAnalysisComplete(at, asset.videoId, analysis),
        meta(
          'VideoAnalysisComplete',
          badSource ? 'failure' : 'success',
          badSource
            ? 'unreadable source'
            : `${source.width}×${source.height}, ${Math.round(asset.seconds)} s`,
        ),
      ),
    );
  }
  if (!asset.isAudio && !badSource) {
    const at = timeline.point(uploadedMs + values.int(3000, 9000));
    const failed = values.chance(0.03);
    const body = snapshotComplete(
      values,
      at,
      { videoId: asset.videoId, storageHost: ctx.storageHost },
      { sprite: values.chance(0.3), specifiedTime: false, failed, sourceSeconds: asset.seconds },
      asset.extend,
    );
    events.push(
      planEvent(
        at,
        toVod,
        body,
        meta(
          'SnapshotComplete',
          failed ? 'failure' : 'success',
          failed ? 'snapshot job failed' : 'cover + thumbnails',
        ),
      ),
    );
  }

  const planned = asset.isAudio
    ? planAudioRenditions(values)
    : planVideoRenditions(values, asset.source);
  const plans = badSource ? failAll(planned, RESOURCE_CONTENT_BAD) : planned;
  // Bigger renditions take longer, failures surface early; long sources stretch everything a little.
  const lengthFactor = Math.min(2.5, 1 + asset.seconds / 1800);
  const startMs = uploadedMs + values.int(1500, 3000);
  const timed = plans.map((plan, rank) => {
    const work = plan.error
      ? values.int(2000, 6000)
      : (4000 + rank * values.int(2500, 6000)) * lengthFactor;
    return { plan, finishMs: startMs + Math.round(work + values.int(0, 1500)) };
  });
  timed.sort((a, b) => a.finishMs - b.finishMs);
  const context = {
    videoId: asset.videoId,
    storageHost: ctx.storageHost,
    sourceSeconds: asset.seconds,
    fps: asset.source.fps,
  };
  const results = timed.map(({ plan, finishMs }) =>
    finishRendition(values, plan, context, timeline.point(startMs), timeline.point(finishMs)),
  );
  for (const result of results) {
    const { plan } = result;
    const label = `${plan.definition} ${plan.format}`;
    const detail = plan.error
      ? `${label} failed (${plan.error.code})`
      : plan.isAudio
        ? `${label} ${result.bitrate.split('.')[0] ?? ''} kbps`
        : `${label} ${plan.width}×${plan.height}`;
    events.push(
      planEvent(
        result.finishedAt,
        toVod,
        streamTranscodeComplete(asset.videoId, result, asset.extend),
        meta('StreamTranscodeComplete', plan.error ? 'failure' : 'success', detail),
      ),
    );
  }

  const lastMs = timed.reduce((max, item) => Math.max(max, item.finishMs), startMs);
  const doneMs = lastMs + values.int(500, 2000);
  const doneAt = timeline.point(doneMs);
  const okCount = results.filter((result) => !result.plan.error).length;
  const failedNames = results
    .filter((result) => result.plan.error)
    .map((result) => result.plan.definition);
  const outcome = okCount === 0 ? 'failure' : failedNames.length > 0 ? 'partial' : 'success';
  const detail =
    outcome === 'failure'
      ? `failed: ${results[0]?.plan.error?.message ?? 'no rendition produced'}`
      : outcome === 'partial'
        ? `${okCount} of ${results.length} renditions (${failedNames.join(', ')} failed)`
        : `${okCount} renditions (${results.map((r) => r.plan.definition).join(', ')})`;
  events.push(
    planEvent(
      doneAt,
      toVod,
      transcodeComplete(doneAt, asset.videoId, results, asset.extend),
      meta('TranscodeComplete', outcome, detail),
    ),
  );

  const firstOk = results.find((result) => !result.plan.error);
  if (firstOk && !asset.isAudio && values.chance(0.1)) {
    const at = timeline.point(doneMs + values.int(2000, 6000));
    const body = dynamicImageComplete(
      values,
      at,
      { videoId: asset.videoId, storageHost: ctx.storageHost },
      firstOk.plan,
    );
    events.push(
      planEvent(at, toVod, body, meta('DynamicImageComplete', 'success', 'animated preview')),
    );
  }
  return { events, results, ok: okCount > 0, doneMs };
}
