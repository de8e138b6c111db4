import { formatEventTime } from './event-time';
import type { TimePoint } from './demo-message';
import type { RandomValues } from './random-values';
import type { RenditionPlan, RenditionResult } from './vod-renditions';

type Json = Record<string, unknown>;

/** Only carry Extend when the uploader passed one; an absent key is what VOD sends then. */
function withExtend(body: Json, extend: string | undefined): Json {
  return extend === undefined ? body : { ...body, Extend: extend };
}

// The media fields exist only for a produced file; a failed stream reports what was asked and why.
function streamFields(result: RenditionResult): Json {
  const { plan } = result;
  if (plan.error) {
    return {
      Status: 'fail',
      JobId: plan.jobId,
      Definition: plan.definition,
      Format: plan.format,
      ErrorCode: plan.error.code,
      ErrorMessage: plan.error.message,
    };
  }
  return {
    Status: 'success',
    JobId: plan.jobId,
    Definition: plan.definition,
    Format: plan.format,
    Bitrate: result.bitrate,
    Fps: result.fps,
    Duration: result.durationSeconds,
    Width: plan.width,
    Height: plan.height,
    Size: result.size,
    Encrypt: plan.encryptType !== undefined,
    ...(plan.encryptType ? { EncryptType: plan.encryptType } : {}),
    Codec: plan.codec,
    FileUrl: result.fileUrl,
  };
}

/** StreamTranscodeComplete: one definition/format output of a video finished. */
export function streamTranscodeComplete(
  videoId: string,
  result: RenditionResult,
  extend: string | undefined,
): Json {
  const fields = streamFields(result);
  return withExtend(
    {
      EventTime: formatEventTime(result.finishedAt.epochMs),
      EventType: 'StreamTranscodeComplete',
      VideoId: videoId,
      ...fields,
    },
    extend,
  );
}

/** TranscodeComplete: all streams done; `success` if at least one stream succeeded. */
export function transcodeComplete(
  at: TimePoint,
  videoId: string,
  results: readonly RenditionResult[],
  extend: string | undefined,
): Json {
  const ok = results.some((result) => !result.plan.error);
  return withExtend(
    {
      EventTime: formatEventTime(at.epochMs),
      EventType: 'TranscodeComplete',
      VideoId: videoId,
      Status: ok ? 'success' : 'fail',
      StreamInfos: results.map((result) => ({
        ...streamFields(result),
        IsAudio: result.plan.isAudio,
        StartTime: formatEventTime(result.startedAt.epochMs),
        FinishTime: formatEventTime(result.finishedAt.epochMs),
      })),
    },
    extend,
  );
}

/** How a SnapshotComplete should turn out. */
export interface SnapshotPlan {
  readonly sprite: boolean;
  readonly specifiedTime: boolean;
  readonly failed: boolean;
  readonly sourceSeconds: number;
}

/** SnapshotComplete with cover/normal (and sometimes sprite) snapshot infos. */
export function snapshotComplete(
  values: RandomValues,
  at: TimePoint,
  ids: { videoId: string; storageHost: string },
  plan: SnapshotPlan,
  extend: string | undefined,
): Json {
  const base = {
    EventTime: formatEventTime(at.epochMs),
    EventType: 'SnapshotComplete',
    VideoId: ids.videoId,
  };
  if (plan.failed) {
    return withExtend(
      {
        ...base,
        Status: 'fail',
        ErrorCode: 'InternalError',
        ErrorMessage: 'The snapshot job failed.',
      },
      extend,
    );
  }
  const hash = values.hex(32);
  const info = (type: string, folder: string, count: number): Json => {
    const relative = `${ids.videoId}/snapshots/${folder}/${hash}-{SnapshotCount}.jpg`;
    return {
      Status: 'success',
      SnapshotType: type,
      SnapshotCount: count,
      SnapshotFormat: relative,
      SnapshotRegular: `http://${ids.storageHost}/${relative}`,
      JobId: values.hex(32),
    };
  };
  const normalCount = Math.max(3, Math.min(50, Math.round(plan.sourceSeconds / 10)));
  const infos = plan.specifiedTime
    ? [info('NormalSnapshot', 'normal', values.int(1, 5))]
    : [info('CoverSnapshot', 'cover', 8), info('NormalSnapshot', 'normal', normalCount)];
  if (plan.sprite && !plan.specifiedTime) {
    infos.push(info('SpriteSnapshot', 'sprite', Math.ceil(normalCount / 25)));
  }
  return withExtend(
    {
      ...base,
      Status: 'success',
      ...(plan.specifiedTime ? { SubType: 'SpecifiedTime' } : {}),
      CoverUrl: `http://${ids.storageHost}/${ids.videoId}/snapshots/cover/${hash}-00001.jpg`,
      SnapshotInfos: infos,
    },
    extend,
  );
}

/** DynamicImageComplete: an animated preview; its details are a JSON string with string values. */
export function dynamicImageComplete(
  values: RandomValues,
  at: TimePoint,
  ids: { videoId: string; storageHost: string },
  rendition: RenditionPlan,
): Json {
  const jobId = values.hex(32);
  const width = Math.round(Math.min(rendition.width, 480) / 2) * 2;
  const height = Math.round((width * rendition.height) / Math.max(rendition.width, 1) / 2) * 2;
  return {
    EventTime: formatEventTime(at.epochMs),
    EventType: 'DynamicImageComplete',
    VideoId: ids.videoId,
    Status: 'success',
    JobId: jobId,
    DynamicImageJobInfo: JSON.stringify({
      JobId: jobId,
      Status: 'success',
      FileURL: `http://${ids.storageHost}/${ids.videoId}/dynamic/${values.hex(32)}.gif`,
      FileSize: String(values.int(400_000, 2_400_000)),
      Fps: '10',
      Height: String(height),
      Width: String(width),
    }),
  };
}
