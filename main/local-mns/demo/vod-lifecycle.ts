import { DEMO_QUEUES } from './demo-names';
import type { DemoOutcome } from './demo-message';
import type { LifecycleContext, PlannedEvent } from './lifecycle-context';
import { formatBytes, planEvent } from './lifecycle-context';
import { AUDIO_SOURCES, VIDEO_SOURCES, extensionOf, stemOf } from './media-catalog';
import { summaryLine } from './summary-line';
import { planAiStage, planWorkflowTask } from './vod-ai-stage';
import { pickExtend } from './vod-extend';
import {
  addLiveRecordVideoComplete,
  liveRecordVideoComposeStart,
  produceMediaComplete,
} from './vod-other-events';
import type { VodAsset } from './vod-transcode-stage';
import { planTranscodeStage } from './vod-transcode-stage';
import {
  fileUploadComplete,
  mediaBaseChangeComplete,
  uploadByUrlComplete,
} from './vod-upload-events';

/** How a video entered VOD; each starts its lifecycle with different events. */
export type VideoOrigin = 'upload' | 'audio' | 'url' | 'live' | 'produce';

const toVod = { queue: DEMO_QUEUES.vod };

/** One media's whole VOD lifecycle, from arrival through transcoding to AI, all under one VideoId. */
export function planVideoLifecycle(
  ctx: LifecycleContext,
  origin: VideoOrigin,
  fileName?: string,
): PlannedEvent[] {
  const { values, timeline } = ctx;
  const isAudio = origin === 'audio';
  const source = isAudio ? values.pick(AUDIO_SOURCES) : values.pick(VIDEO_SOURCES);
  const name =
    fileName ??
    (origin === 'live'
      ? `live-${values.pick(['townhall', 'launch-stream', 'qa-session'])}-rec.mp4`
      : source.name);
  const seconds = Math.round(values.float(source.minSeconds, source.maxSeconds) * 100) / 100;
  const asset: VodAsset = {
    videoId: values.hex(32),
    fileName: name,
    source,
    seconds,
    size: Math.round(((source.bitrateKbps * 1000 * seconds) / 8) * values.float(0.92, 1.06)),
    extend: origin === 'live' ? undefined : pickExtend(values, name),
    isAudio,
  };
  const events: PlannedEvent[] = [];
  const meta = (what: string, outcome: DemoOutcome, detail?: string, subject = asset.videoId) => ({
    kind: `vod/${what}`,
    outcome,
    subject,
    summary: summaryLine('vod', what, name, detail),
  });
  const sourceUrl = `http://${ctx.storageHost}/sv/${values.hex(8)}-${values.hex(11)}/${values.hex(8)}-${values.hex(11)}.${extensionOf(name)}`;
  let uploadedMs: number;

  if (origin === 'url') {
    uploadedMs = values.int(2000, 6000);
    const at = timeline.point(uploadedMs);
    const jobId = values.hex(32);
    const remote = `https://assets.example.com/uploads/${encodeURIComponent(name)}`;
    if (values.chance(0.1)) {
      const error = {
        code: 'URLInvalidError',
        message: 'The URL is invalid or the file cannot be downloaded.',
      };
      return [
        planEvent(
          at,
          toVod,
          uploadByUrlComplete(at, { jobId, sourceUrl: remote, error }),
          meta('UploadByURLComplete', 'failure', 'URL import failed (URLInvalidError)', jobId),
        ),
      ];
    }
    events.push(
      planEvent(
        at,
        toVod,
        uploadByUrlComplete(at, {
          jobId,
          sourceUrl: remote,
          videoId: asset.videoId,
          size: asset.size,
        }),
        meta('UploadByURLComplete', 'success', `imported ${formatBytes(asset.size)}`),
      ),
    );
  } else if (origin === 'live') {
    const live = { domainName: 'live.example.com', appName: 'events', streamName: stemOf(name) };
    const at = timeline.point(0);
    const composed = values.chance(0.35);
    const body = composed
      ? liveRecordVideoComposeStart(at, asset.videoId, live)
      : addLiveRecordVideoComplete(
          at,
          asset.videoId,
          live,
          at.epochMs - Math.round(seconds * 1000),
        );
    events.push(
      planEvent(
        at,
        toVod,
        body,
        composed
          ? meta('LiveRecordVideoComposeStart', 'in-progress', 'composing recorded segments')
          : meta(
              'AddLiveRecordVideoComplete',
              'success',
              `recorded ${Math.round(seconds / 60)} min`,
            ),
      ),
    );
    uploadedMs = composed ? values.int(5000, 10000) : 0;
  } else if (origin === 'produce') {
    const at = timeline.point(0);
    const failed = values.chance(0.08);
    const error = failed
      ? {
          code: 'InvalidParameter.Timeline',
          message: 'The timeline references a clip that does not exist.',
        }
      : undefined;
    events.push(
      planEvent(
        at,
        toVod,
        produceMediaComplete(at, { mediaId: asset.videoId, projectId: values.hex(32), error }),
        meta(
          'ProduceMediaComplete',
          failed ? 'failure' : 'success',
          failed ? 'composition failed' : 'composition rendered',
        ),
      ),
    );
    if (failed) return events;
    uploadedMs = values.int(1000, 3000);
  } else {
    const at = timeline.point(0);
    const created = mediaBaseChangeComplete(at, {
      mediaId: asset.videoId,
      mediaType: 'video',
      operateMode: 'create',
      changes: { Title: ['', stemOf(name)], CateId: ['', String(values.int(1000000, 1000020))] },
      contentAsString: values.chance(0.3),
    });
    events.push(
      planEvent(at, toVod, created, meta('MediaBaseChangeComplete', 'success', 'media created')),
    );
    // Upload time follows size: a few MB/s from an office uplink, capped so a person still sees it finish.
    uploadedMs = Math.min(
      12000,
      Math.max(1500, Math.round(asset.size / (values.float(5, 25) * 1024 * 1024)) * 1000),
    );
  }

  if (origin !== 'url' && origin !== 'live') {
    const at = timeline.point(uploadedMs);
    const upload = {
      videoId: asset.videoId,
      size: asset.size,
      fileUrl: sourceUrl,
      omitStatus: values.chance(0.05),
    };
    events.push(
      planEvent(
        at,
        toVod,
        fileUploadComplete(at, upload, asset.extend),
        meta('FileUploadComplete', 'success', formatBytes(asset.size)),
      ),
    );
  } else if (origin === 'live' && uploadedMs > 0) {
    const at = timeline.point(uploadedMs);
    const upload = {
      videoId: asset.videoId,
      size: asset.size,
      fileUrl: sourceUrl,
      omitStatus: false,
    };
    events.push(
      planEvent(
        at,
        toVod,
        fileUploadComplete(at, upload, undefined),
        meta('FileUploadComplete', 'success', formatBytes(asset.size)),
      ),
    );
  }

  const transcode = planTranscodeStage(ctx, asset, uploadedMs);
  events.push(...transcode.events);
  if (transcode.ok && !isAudio) {
    events.push(...planAiStage(ctx, asset, transcode.doneMs));
    const first = transcode.results.find((result) => !result.plan.error);
    if (first && origin === 'upload' && values.chance(0.1)) {
      events.push(
        planWorkflowTask(ctx, asset, {
          startMs: uploadedMs,
          afterMs: transcode.doneMs,
          transcodeJobId: first.plan.jobId,
        }),
      );
    }
  }
  if (transcode.ok) {
    ctx.recent.push({
      videoId: asset.videoId,
      fileName: name,
      streamJobIds: transcode.results
        .filter((result) => !result.plan.error)
        .map((result) => result.plan.jobId),
      readyAtMs: events.reduce((max, event) => Math.max(max, event.at.atMs), 0),
    });
    if (ctx.recent.length > 20) ctx.recent.shift();
  }
  return events;
}
