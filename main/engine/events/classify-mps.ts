import type { EventKind, EventOutcome, NormalizedEvent, WorkflowActivity } from './event-model';
import { fileNameOf, listOf, plural } from './display-format';
import { parseEventTime } from './event-time';
import { outcomeOf } from './event-status';
import type { JsonObject } from './payload-fields';
import { number, object, objects, text } from './payload-fields';
import { isJsonObject, parseJson } from './safe-json';
import { facts } from './summary-parts';

const JOB_LABELS: Record<string, string> = {
  transcode: 'transcode',
  snapshot: 'snapshot',
  mediainfo: 'media info',
  analysis: 'analysis',
};

const AI_JOB = /censor|cover|tag|summary|dna|fpshot|asr|kws|porn|terror|mcu|ai/i;

/** An MPS single-job message (any key casing: jobId, JobId, jobid…). */
export function classifyMpsJob(payload: JsonObject): NormalizedEvent {
  const type = text(payload, 'Type') ?? 'Job';
  const kind = jobKind(type);
  const state = text(payload, 'State');
  const code = text(payload, 'Code');
  const message = text(payload, 'Msg', 'Message');
  let outcome = outcomeOf(state);
  if (outcome === 'unknown' && code !== undefined) outcome = 'failure';
  const jobId = text(payload, 'JobId');
  const label = JOB_LABELS[type.toLowerCase()] ?? type;
  const title =
    outcome === 'failure'
      ? `MPS ${label} failed${code !== undefined ? `: ${code}` : ''}`
      : outcome === 'success'
        ? `MPS ${label} complete`
        : `MPS ${label} ${state ?? 'update'}`;
  const userData = text(payload, 'UserData');
  const snapshotCount = number(payload, 'Count');
  const urlPattern = text(payload, 'UrlPattern');
  return {
    source: 'mps-job',
    eventType: type,
    kind,
    outcome,
    final: outcome !== 'in-progress',
    keyId: jobId,
    keyField: jobId !== undefined ? 'JobId' : undefined,
    jobId,
    eventTime: undefined,
    title,
    subtitle: [
      userDataName(userData),
      jobId !== undefined ? `Job ${jobId}` : undefined,
      outcome === 'failure' ? message : undefined,
    ]
      .filter((p) => p !== undefined)
      .join(' · '),
    summary: {
      ...(outcome === 'failure' || code !== undefined ? { error: { code, message } } : {}),
      ...(urlPattern !== undefined
        ? {
            snapshots: [
              { type: 'Snapshot', count: snapshotCount, url: urlPattern, status: outcome, jobId },
            ],
          }
        : {}),
      facts: facts([
        ['Request', text(payload, 'RequestId')],
        ['User data', userData],
        ['Last snapshot', text(payload, 'LastUrl')],
      ]),
    },
  };
}

function jobKind(type: string): EventKind {
  const t = type.toLowerCase();
  if (t === 'transcode') return 'transcode';
  if (t === 'snapshot') return 'snapshot';
  if (t === 'mediainfo' || t === 'analysis') return 'other';
  return AI_JOB.test(type) ? 'ai' : 'other';
}

/** An MPS media-workflow Start or Report message. */
export function classifyMpsWorkflow(payload: JsonObject): NormalizedEvent {
  const execution = object(payload, 'MediaWorkflowExecution');
  const type = text(payload, 'Type') ?? 'Report';
  const isStart = type.toLowerCase() === 'start';
  const activities = objects(execution, 'ActivityList').map(activityOf);
  const runId = text(payload, 'RunId') ?? text(execution, 'RunId');
  const name = text(execution, 'Name');
  const executionState = text(execution, 'State');
  const activityState = text(payload, 'State');
  const transcodes = activities.filter((a) => a.type?.toLowerCase() === 'transcode');
  const kind: EventKind =
    transcodes.length === 0 && activities.some((a) => a.type?.toLowerCase() === 'snapshot')
      ? 'snapshot'
      : 'transcode';
  const failedActivities = activities.filter((a) => a.outcome === 'failure');
  let outcome: EventOutcome;
  if (outcomeOf(activityState) === 'failure' || outcomeOf(executionState) === 'failure')
    outcome = 'failure';
  else if (isStart) outcome = 'in-progress';
  else outcome = failedActivities.length > 0 ? 'partial' : 'success';
  const code = text(payload, 'Code') ?? failedActivities[0]?.errorCode;
  const workflow = `Workflow '${name ?? 'unnamed'}'`;
  let title: string;
  if (isStart && outcome !== 'failure') title = `${workflow} started`;
  else if (outcome === 'failure')
    title = `${workflow} failed${code !== undefined ? `: ${code}` : ''}`;
  else if (outcome === 'partial')
    title = `${workflow} finished with failures: ${listOf(failedActivities.map((a) => a.name))} failed`;
  else {
    const ok = transcodes.filter((a) => a.outcome === 'success').length;
    title = ok > 0 ? `${workflow} finished: ${plural(ok, 'transcode')} OK` : `${workflow} finished`;
  }
  const input = object(object(execution, 'Input'), 'InputFile');
  const inputObject = text(input, 'Object');
  const times = activities.flatMap((a) => (a.endTime !== undefined ? [a.endTime] : []));
  return {
    source: 'mps-workflow',
    eventType: isStart ? 'Start' : type,
    kind,
    outcome,
    final: !isStart || outcome === 'failure',
    keyId: runId,
    keyField: runId !== undefined ? 'RunId' : undefined,
    jobId: undefined,
    // Start: when the run was created; Report: when its last activity ended.
    eventTime:
      isStart || times.length === 0
        ? parseEventTime(text(execution, 'CreationTime'))
        : Math.max(...times),
    title,
    subtitle: [
      inputObject !== undefined ? (fileNameOf(inputObject) ?? inputObject) : undefined,
      runId !== undefined ? `Run ${runId}` : undefined,
    ]
      .filter((p) => p !== undefined)
      .join(' · '),
    summary: {
      workflow: {
        name,
        state: executionState,
        activities: activities.map(({ endTime: _endTime, ...activity }) => activity),
      },
      ...(outcome === 'failure'
        ? {
            error: { code, message: text(payload, 'Message') ?? failedActivities[0]?.errorMessage },
          }
        : {}),
      facts: facts([
        [
          'Input',
          input !== undefined
            ? [text(input, 'Bucket'), inputObject].filter((p) => p !== undefined).join('/')
            : undefined,
        ],
        ['Workflow id', text(execution, 'MediaWorkflowId')],
        ['Media id', text(execution, 'MediaId')],
      ]),
    },
  };
}

function activityOf(activity: JsonObject): WorkflowActivity & { endTime: number | undefined } {
  const state = text(activity, 'State');
  return {
    name: text(activity, 'Name') ?? text(activity, 'Type') ?? 'activity',
    type: text(activity, 'Type'),
    state,
    // Skipped is a normal choice (e.g. no higher-definition transcode needed): neither done nor failed.
    outcome: state?.toLowerCase() === 'skipped' ? 'unknown' : outcomeOf(state),
    jobId: text(activity, 'JobId'),
    errorCode: text(activity, 'Code'),
    errorMessage: text(activity, 'Message'),
    endTime: parseEventTime(text(activity, 'EndTime')),
  };
}

// UserData is free text of the submitter's; when it is JSON naming the asset, show that name.
function userDataName(userData: string | undefined): string | undefined {
  if (userData === undefined) return undefined;
  const parsed = parseJson(userData);
  if (!isJsonObject(parsed)) return userData.length <= 60 ? userData : `${userData.slice(0, 59)}…`;
  return text(parsed, 'Asset', 'Title', 'FileName', 'Name', 'File', 'Object');
}
