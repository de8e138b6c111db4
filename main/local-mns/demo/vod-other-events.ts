import { formatEventTime } from './event-time';
import type { TimePoint } from './demo-message';
import type { ErrorPair } from './media-catalog';

type Json = Record<string, unknown>;

const head = (at: TimePoint, eventType: string): Json => ({
  EventTime: formatEventTime(at.epochMs),
  EventType: eventType,
});

const errorFields = (error: ErrorPair | undefined): Json =>
  error ? { ErrorCode: error.code, ErrorMessage: error.message } : {};

/** Where a live stream comes from. */
export interface LiveStream {
  readonly domainName: string;
  readonly appName: string;
  readonly streamName: string;
}

/** AddLiveRecordVideoComplete: one recorded segment of a live stream was saved as a video. */
export function addLiveRecordVideoComplete(
  at: TimePoint,
  videoId: string,
  live: LiveStream,
  recordStartMs: number,
): Json {
  return {
    ...head(at, 'AddLiveRecordVideoComplete'),
    VideoId: videoId,
    Status: 'success',
    StreamName: live.streamName,
    DomainName: live.domainName,
    AppName: live.appName,
    RecordStartTime: formatEventTime(recordStartMs),
    RecordEndTime: formatEventTime(at.epochMs - 2000),
  };
}

/** LiveRecordVideoComposeStart: composition of recorded segments into one video began (in progress). */
export function liveRecordVideoComposeStart(
  at: TimePoint,
  videoId: string,
  live: LiveStream,
): Json {
  return {
    ...head(at, 'LiveRecordVideoComposeStart'),
    VideoId: videoId,
    Status: 'success',
    StreamName: live.streamName,
    DomainName: live.domainName,
    AppName: live.appName,
  };
}

/** ProduceMediaComplete: an online-editing project rendered into a new media (or failed to). */
export function produceMediaComplete(
  at: TimePoint,
  job: { mediaId: string; projectId: string; error: ErrorPair | undefined },
): Json {
  return {
    ...head(at, 'ProduceMediaComplete'),
    MediaId: job.mediaId,
    ProjectId: job.projectId,
    Status: job.error ? 'fail' : 'success',
    ...errorFields(job.error),
  };
}

/** DeleteMediaComplete; JobIds only when individual streams were deleted. */
export function deleteMediaComplete(
  at: TimePoint,
  job: {
    mediaId: string;
    deleteType: 'all' | 'stream';
    jobIds: readonly string[];
    error: ErrorPair | undefined;
  },
): Json {
  return {
    ...head(at, 'DeleteMediaComplete'),
    MediaId: job.mediaId,
    MediaType: 'video',
    DeleteType: job.deleteType,
    ...(job.deleteType === 'stream' ? { JobIds: job.jobIds.join(',') } : {}),
    Status: job.error ? 'fail' : 'success',
    ...errorFields(job.error),
  };
}

/** UpdateMediaStorageClassComplete; note the capitalised `Success`/`Failed` spelling. */
export function updateMediaStorageClassComplete(
  at: TimePoint,
  job: {
    mediaId: string;
    storageClass: string;
    triggerBy: 'LifeCycle' | 'API';
    error: ErrorPair | undefined;
  },
): Json {
  return {
    ...head(at, 'UpdateMediaStorageClassComplete'),
    MediaId: job.mediaId,
    Scope: 'All',
    StorageClass: job.storageClass,
    TriggerBy: job.triggerBy,
    Status: job.error ? 'Failed' : 'Success',
    ...errorFields(job.error),
  };
}

/** RestoreMediaComplete (archive thaw); `Success`/`Failed` like the storage-class event. */
export function restoreMediaComplete(
  at: TimePoint,
  job: { mediaId: string; restoreUntilMs: number; error: ErrorPair | undefined },
): Json {
  return {
    ...head(at, 'RestoreMediaComplete'),
    MediaId: job.mediaId,
    RestoreExpiration: formatEventTime(job.restoreUntilMs),
    Status: job.error ? 'Failed' : 'Success',
    ...errorFields(job.error),
  };
}

/** SubmitMediaRefreshComplete: a CDN refresh/prefetch was submitted (not finished). */
export function submitMediaRefreshComplete(
  at: TimePoint,
  job: {
    jobId: string;
    mediaId: string;
    taskType: 'refresh' | 'Preload';
    playUrls: readonly string[];
    taskIds: readonly string[];
    extend: string | undefined;
  },
): Json {
  return {
    ...head(at, 'SubmitMediaRefreshComplete'),
    MediaRefreshJobId: job.jobId,
    MediaId: job.mediaId,
    TaskType: job.taskType,
    Status: 'success',
    SuccessPlayUrls: job.playUrls.join(','),
    TaskIds: job.taskIds.join(','),
    FilterPolicy: JSON.stringify({ Definition: 'SD,HD', Format: 'mp4,m3u8' }),
    ...(job.extend === undefined ? {} : { Extend: job.extend }),
  };
}

/** One activity of a new-style VOD workflow task. */
export interface WorkflowActivity {
  readonly activityId: string;
  readonly jobType: string;
  readonly jobId: string;
  readonly ok: boolean;
  readonly startMs: number;
  readonly endMs: number;
}

/** WorkflowTaskComplete; `Succeed`/`Failed`, with ActivityResults and TaskInput as JSON strings. */
export function workflowTaskComplete(
  at: TimePoint,
  task: {
    workflowId: string;
    taskId: string;
    videoId: string;
    userId: string | number;
    title: string;
    createdMs: number;
  },
  activities: readonly WorkflowActivity[],
): Json {
  const results: Record<string, Json> = {};
  for (const activity of activities) {
    const status = activity.ok ? 'Succeed' : 'Failed';
    results[activity.activityId] = {
      Status: status,
      StartTime: formatEventTime(activity.startMs),
      EndTime: formatEventTime(activity.endMs),
      ActivityId: activity.activityId,
      ActivityInstanceId: `${activity.activityId}-${task.taskId.slice(0, 8)}`,
      Result: {
        Status: status,
        JobType: activity.jobType,
        JobId: activity.jobId,
        MediaId: task.videoId,
        UserData: '',
      },
    };
  }
  const ok = activities.every((activity) => activity.ok);
  return {
    ...head(at, 'WorkflowTaskComplete'),
    WorkflowId: task.workflowId,
    TaskId: task.taskId,
    VideoId: task.videoId,
    Status: ok ? 'Succeed' : 'Failed',
    CreateTime: formatEventTime(task.createdMs),
    ModifiedTime: formatEventTime(at.epochMs),
    FinishTime: formatEventTime(at.epochMs),
    UserId: task.userId,
    ActivityResults: JSON.stringify(results),
    TaskInput: JSON.stringify({ Type: 'Media', Media: task.videoId, Title: task.title }),
  };
}
