import { formatEventTime } from './event-time';
import type { TimePoint } from './demo-message';
import type { ErrorPair } from './media-catalog';

type Json = Record<string, unknown>;

const head = (at: TimePoint, eventType: string): Json => ({
  EventTime: formatEventTime(at.epochMs),
  EventType: eventType,
});

/** FileUploadComplete; old producers omitted Status entirely, which a viewer must read as success. */
export function fileUploadComplete(
  at: TimePoint,
  upload: { videoId: string; size: number; fileUrl: string; omitStatus: boolean },
  extend: string | undefined,
): Json {
  return {
    ...head(at, 'FileUploadComplete'),
    VideoId: upload.videoId,
    ...(upload.omitStatus ? {} : { Status: 'success' }),
    Size: upload.size,
    FileUrl: upload.fileUrl,
    ...(extend === undefined ? {} : { Extend: extend }),
  };
}

/** ImageUploadComplete; note `FileURL` with a capital URL, unlike the video event. */
export function imageUploadComplete(
  at: TimePoint,
  image: { imageId: string; size: number; fileUrl: string; appId: string },
): Json {
  return {
    ...head(at, 'ImageUploadComplete'),
    ImageId: image.imageId,
    Status: 'success',
    Size: image.size,
    FileURL: image.fileUrl,
    AppId: image.appId,
  };
}

/** AttachedMediaUploadComplete (subtitles, watermarks and other auxiliary files). */
export function attachedMediaUploadComplete(
  at: TimePoint,
  media: { attachedMediaId: string; size: number; fileUrl: string },
): Json {
  return {
    ...head(at, 'AttachedMediaUploadComplete'),
    AttachedMediaId: media.attachedMediaId,
    Status: 'success',
    Size: media.size,
    FileURL: media.fileUrl,
  };
}

/** UploadByURLComplete; on failure there is no VideoId, and Size is a string when present. */
export function uploadByUrlComplete(
  at: TimePoint,
  job:
    | { jobId: string; sourceUrl: string; videoId: string; size: number }
    | { jobId: string; sourceUrl: string; error: ErrorPair },
): Json {
  if ('error' in job) {
    return {
      ...head(at, 'UploadByURLComplete'),
      JobId: job.jobId,
      SourceURL: job.sourceUrl,
      Status: 'fail',
      ErrorCode: job.error.code,
      ErrorMessage: job.error.message,
    };
  }
  return {
    ...head(at, 'UploadByURLComplete'),
    VideoId: job.videoId,
    JobId: job.jobId,
    SourceURL: job.sourceUrl,
    Status: 'success',
    Size: String(job.size),
  };
}

/** VideoAnalysisComplete; every metadata value arrives as a string. */
export function videoAnalysisComplete(
  at: TimePoint,
  videoId: string,
  result:
    | {
        width: number;
        height: number;
        seconds: number;
        bitrateKbps: number;
        fps: number;
        size: number;
      }
    | { error: ErrorPair },
): Json {
  if ('error' in result) {
    return {
      ...head(at, 'VideoAnalysisComplete'),
      VideoId: videoId,
      Status: 'fail',
      ErrorCode: result.error.code,
      ErrorMessage: result.error.message,
    };
  }
  return {
    ...head(at, 'VideoAnalysisComplete'),
    VideoId: videoId,
    Status: 'success',
    Width: String(result.width),
    Height: String(result.height),
    Duration: result.seconds.toFixed(2),
    Bitrate: result.bitrateKbps.toFixed(3),
    Fps: String(result.fps),
    Size: String(result.size),
  };
}

/** MediaBaseChangeComplete; each MediaContent value is itself a JSON string of Old/NewValue. */
export function mediaBaseChangeComplete(
  at: TimePoint,
  change: {
    mediaId: string;
    mediaType: 'video' | 'image';
    operateMode: 'create' | 'update';
    changes: Readonly<Record<string, readonly [string, string]>>;
    contentAsString: boolean;
  },
): Json {
  const content: Record<string, string> = {};
  for (const [field, [oldValue, newValue]] of Object.entries(change.changes)) {
    content[field] = JSON.stringify({ OldValue: oldValue, NewValue: newValue });
  }
  return {
    ...head(at, 'MediaBaseChangeComplete'),
    MediaId: change.mediaId,
    MediaType: change.mediaType,
    OperateMode: change.operateMode,
    Status: 'success',
    // Typed as a string in the docs but shown as an object in the sample; producers do both.
    MediaContent: change.contentAsString ? JSON.stringify(content) : content,
  };
}
