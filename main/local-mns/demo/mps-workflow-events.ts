import { formatEventTime } from './event-time';
import type { ErrorPair } from './media-catalog';

type Json = Record<string, unknown>;

/** One activity of an MPS media workflow execution. */
export interface WorkflowActivityState {
  readonly name: string;
  readonly type: 'Start' | 'Analysis' | 'Transcode' | 'Snapshot' | 'Report';
  readonly state: 'Success' | 'Fail' | 'Skipped';
  readonly jobId: string | undefined;
  readonly templateId: string | undefined;
  readonly error: ErrorPair | undefined;
  readonly startMs: number;
  readonly endMs: number;
}

/** One execution of a media workflow, triggered by a file landing in the input bucket. */
export interface WorkflowRun {
  readonly runId: string;
  readonly mediaWorkflowId: string;
  readonly name: string;
  readonly mediaId: string;
  readonly requestId: string;
  readonly bucket: string;
  readonly location: string;
  readonly object: string;
  readonly userData: string | undefined;
  readonly creationMs: number;
}

function activityJson(run: WorkflowRun, activity: WorkflowActivityState): Json {
  return {
    RunId: run.runId,
    Name: activity.name,
    Type: activity.type,
    ...(activity.jobId ? { JobId: activity.jobId } : {}),
    ...(activity.templateId ? { TemplateId: activity.templateId } : {}),
    State: activity.state,
    ...(activity.error ? { Code: activity.error.code, Message: activity.error.message } : {}),
    StartTime: formatEventTime(activity.startMs),
    EndTime: formatEventTime(activity.endMs),
  };
}

function execution(
  run: WorkflowRun,
  state: 'Running' | 'Completed' | 'Fail',
  activities: Json[],
): Json {
  return {
    MediaWorkflowId: run.mediaWorkflowId,
    Name: run.name,
    RunId: run.runId,
    MediaId: run.mediaId,
    Input: {
      InputFile: { Bucket: run.bucket, Location: run.location, Object: run.object },
      ...(run.userData === undefined ? {} : { UserData: run.userData }),
    },
    State: state,
    ActivityList: activities,
    CreationTime: formatEventTime(run.creationMs),
    RequestId: run.requestId,
  };
}

/** The Start message: the execution is Running and only the Start activity is listed. */
export function workflowStartMessage(run: WorkflowRun, start: WorkflowActivityState): Json {
  return {
    RunId: run.runId,
    Name: start.name,
    Type: 'Start',
    State: start.state,
    MediaWorkflowExecution: execution(run, 'Running', [activityJson(run, start)]),
  };
}

/** The Report message: every activity (in whatever order MPS lists them) and the final execution state. */
export function workflowReportMessage(
  run: WorkflowRun,
  report: WorkflowActivityState,
  activities: readonly WorkflowActivityState[],
  state: 'Completed' | 'Fail',
): Json {
  return {
    RunId: run.runId,
    Name: report.name,
    Type: 'Report',
    State: report.state,
    MediaWorkflowExecution: execution(
      run,
      state,
      activities.map((activity) => activityJson(run, activity)),
    ),
  };
}
