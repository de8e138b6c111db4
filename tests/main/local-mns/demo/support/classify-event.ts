import type { DemoOutcome } from '../../../../../main/local-mns/demo';

/** What a viewer following event-formats.md §4 derives from one decoded event. */
export interface Classified {
  readonly source: 'vod' | 'ims' | 'mps-job' | 'mps-workflow' | 'unknown';
  /** EventType for VOD, job Type for MPS jobs, Start/Report for workflows. */
  readonly event: string;
  readonly kind: string;
  readonly keyId: string | undefined;
  readonly outcome: DemoOutcome;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** §4.1 step 3: case-insensitive status normalisation. */
export function normalizeStatus(status: string | undefined): DemoOutcome {
  const value = (status ?? '').toLowerCase();
  if (['success', 'succeed', 'succeeded', 'finished', 'completed'].includes(value))
    return 'success';
  if (['fail', 'failed', 'failure', 'error'].includes(value)) return 'failure';
  if (['running', 'start', 'started', 'submitted', 'processing'].includes(value))
    return 'in-progress';
  return 'unknown';
}

const VOD_KINDS: Readonly<Record<string, readonly [kind: string, keys: readonly string[]]>> = {
  FileUploadComplete: ['upload', ['VideoId']],
  ImageUploadComplete: ['upload', ['ImageId']],
  AttachedMediaUploadComplete: ['upload', ['AttachedMediaId']],
  UploadByURLComplete: ['upload', ['VideoId', 'JobId']],
  VideoAnalysisComplete: ['other', ['VideoId']],
  StreamTranscodeComplete: ['transcode', ['VideoId']],
  TranscodeComplete: ['transcode', ['VideoId']],
  SnapshotComplete: ['snapshot', ['VideoId']],
  DynamicImageComplete: ['snapshot', ['VideoId', 'JobId']],
  AddLiveRecordVideoComplete: ['live', ['VideoId']],
  LiveRecordVideoComposeStart: ['live', ['VideoId']],
  CreateAuditComplete: ['audit', ['MediaId']],
  AIMediaAuditComplete: ['ai', ['MediaId', 'JobId']],
  AIMediaDNAComplete: ['ai', ['MediaId', 'JobId']],
  AIVideoTagComplete: ['ai', ['MediaId', 'JobId']],
  WorkflowTaskComplete: ['ai', ['VideoId', 'TaskId']],
  ProduceMediaComplete: ['other', ['MediaId']],
  DeleteMediaComplete: ['other', ['MediaId']],
  MediaBaseChangeComplete: ['other', ['MediaId']],
  UpdateMediaStorageClassComplete: ['other', ['MediaId']],
  RestoreMediaComplete: ['other', ['MediaId']],
  SubmitMediaRefreshComplete: ['other', ['MediaId']],
};

/** §4.1 steps 2–4 and the §4.2 table. */
export function classifyEvent(event: Record<string, unknown>): Classified {
  const eventType = str(event.EventType);
  if (
    eventType !== undefined &&
    typeof event.MessageBody === 'object' &&
    event.MessageBody !== null
  ) {
    return { source: 'ims', event: eventType, kind: 'other', keyId: undefined, outcome: 'unknown' };
  }
  if (eventType !== undefined) return classifyVod(eventType, event);
  const execution = event.MediaWorkflowExecution;
  if (typeof execution === 'object' && execution !== null) {
    return classifyWorkflow(event, execution as Record<string, unknown>);
  }
  const jobId = str(event.JobId) ?? str(event.jobId);
  const type = str(event.Type) ?? str(event.type);
  if (jobId !== undefined && type !== undefined) {
    const kind =
      type === 'Transcode'
        ? 'transcode'
        : type === 'Snapshot'
          ? 'snapshot'
          : ['MediaInfo', 'Analysis'].includes(type)
            ? 'other'
            : /censor|cover|tag|summary|dna|asr/i.test(type)
              ? 'ai'
              : 'other';
    return {
      source: 'mps-job',
      event: type,
      kind,
      keyId: jobId,
      outcome: normalizeStatus(str(event.State) ?? str(event.state)),
    };
  }
  return { source: 'unknown', event: '', kind: 'other', keyId: undefined, outcome: 'unknown' };
}

function classifyVod(eventType: string, event: Record<string, unknown>): Classified {
  const known = VOD_KINDS[eventType];
  if (!known)
    return {
      source: 'vod',
      event: eventType,
      kind: 'other',
      keyId: str(event.VideoId),
      outcome: 'unknown',
    };
  const [kind, keys] = known;
  const keyId = keys.map((key) => str(event[key])).find((value) => value !== undefined);
  const status = str(event.Status);
  let outcome = normalizeStatus(status);
  if (status === undefined && kind === 'upload' && eventType !== 'UploadByURLComplete')
    outcome = 'success';
  if (eventType === 'LiveRecordVideoComposeStart') outcome = 'in-progress';
  if (eventType === 'RestoreMediaComplete' && event.ErrorCode !== undefined) outcome = 'failure';
  if (eventType === 'TranscodeComplete' && outcome === 'success') {
    const infos = Array.isArray(event.StreamInfos)
      ? (event.StreamInfos as Record<string, unknown>[])
      : [];
    if (infos.some((info) => normalizeStatus(str(info.Status)) === 'failure')) outcome = 'partial';
  }
  let resolvedKind = kind;
  if (eventType === 'WorkflowTaskComplete') {
    const results = JSON.parse(str(event.ActivityResults) ?? '{}') as Record<
      string,
      { Result?: { JobType?: string } }
    >;
    const types = Object.values(results).map((item) => item.Result?.JobType ?? '');
    resolvedKind = types.some((type) => type !== 'Transcode') ? 'ai' : 'transcode';
  }
  return { source: 'vod', event: eventType, kind: resolvedKind, keyId, outcome };
}

function classifyWorkflow(
  event: Record<string, unknown>,
  execution: Record<string, unknown>,
): Classified {
  const type = str(event.Type) ?? '';
  const activities = Array.isArray(execution.ActivityList)
    ? (execution.ActivityList as Record<string, unknown>[])
    : [];
  const kind =
    activities.some((item) => item.Type === 'Transcode') || type === 'Start'
      ? 'transcode'
      : 'snapshot';
  const keyId = str(event.RunId);
  if (type === 'Start')
    return { source: 'mps-workflow', event: 'Start', kind, keyId, outcome: 'in-progress' };
  const failed = event.State === 'Fail' || execution.State === 'Fail';
  const partial =
    execution.State === 'Completed' && activities.some((item) => item.State === 'Fail');
  return {
    source: 'mps-workflow',
    event: type,
    kind,
    keyId,
    outcome: failed ? 'failure' : partial ? 'partial' : 'success',
  };
}
