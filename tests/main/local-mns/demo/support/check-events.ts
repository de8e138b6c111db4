import { checkShape, satisfies } from './check-shape';
import type { Spec } from './vod-specs';
import { SNAPSHOT_INFO_SPEC, STREAM_SPEC, VOD_SPECS } from './vod-specs';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const parseMaybe = (value: unknown): unknown =>
  typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

const STREAM_INFO_SPEC: Spec = {
  ...STREAM_SPEC,
  always: {
    ...STREAM_SPEC.always,
    IsAudio: 'boolean',
    StartTime: 'vod-time',
    FinishTime: 'vod-time',
  },
};

/** All problems with one VOD event body, top level and nested. */
export function checkVodEvent(event: Json): string[] {
  const type = String(event.EventType);
  const spec = VOD_SPECS[type];
  if (!spec) return [`unknown EventType ${type}`];
  const problems = checkShape(event, spec);
  const ok =
    event.Status === 'success' ||
    event.Status === 'Success' ||
    event.Status === 'Succeed' ||
    event.Status === undefined;
  switch (type) {
    case 'TranscodeComplete': {
      const infos = objects(event.StreamInfos);
      infos.forEach((info, i) =>
        problems.push(...checkShape(info, STREAM_INFO_SPEC, `StreamInfos[${i}].`)),
      );
      if (infos.some((info) => info.Status === 'success') !== (event.Status === 'success')) {
        problems.push('Status must be success exactly when at least one stream succeeded');
      }
      break;
    }
    case 'SnapshotComplete':
      objects(event.SnapshotInfos).forEach((info, i) => {
        problems.push(...checkShape(info, SNAPSHOT_INFO_SPEC, `SnapshotInfos[${i}].`));
        if (!String(info.SnapshotFormat).includes('{SnapshotCount}'))
          problems.push('SnapshotFormat lacks {SnapshotCount}');
        if (!String(info.SnapshotRegular).includes('{SnapshotCount}'))
          problems.push('SnapshotRegular lacks {SnapshotCount}');
      });
      if (ok && !/-\d{5}\.jpg$/.test(String(event.CoverUrl)))
        problems.push('CoverUrl is not a 5-digit numbered snapshot');
      break;
    case 'DynamicImageComplete': {
      const info = parseMaybe(event.DynamicImageJobInfo);
      const keys = ['JobId', 'Status', 'FileURL', 'FileSize', 'Fps', 'Height', 'Width'];
      if (!isObject(info) || keys.some((key) => typeof info[key] !== 'string'))
        problems.push('DynamicImageJobInfo fields must all be strings');
      break;
    }
    case 'AIMediaAuditComplete':
    case 'AIMediaDNAComplete':
    case 'AIVideoTagComplete':
      problems.push(...checkAiData(type, event, ok));
      break;
    case 'WorkflowTaskComplete': {
      const results = parseMaybe(event.ActivityResults);
      const activities = isObject(results) ? Object.values(results).filter(isObject) : [];
      if (activities.length === 0) problems.push('ActivityResults is empty');
      for (const activity of activities) {
        const result = activity.Result;
        if (
          !satisfies(activity.Status, ['Succeed', 'Failed']) ||
          !isObject(result) ||
          typeof result.JobType !== 'string' ||
          result.MediaId !== event.VideoId
        ) {
          problems.push(`bad activity ${JSON.stringify(activity)}`);
        }
      }
      const input = parseMaybe(event.TaskInput);
      if (!isObject(input) || input.Type !== 'Media' || input.Media !== event.VideoId)
        problems.push('TaskInput must name the video');
      break;
    }
    case 'MediaBaseChangeComplete': {
      const content = parseMaybe(event.MediaContent);
      if (!isObject(content)) problems.push('MediaContent is not an object');
      else
        for (const [key, value] of Object.entries(content)) {
          const change = parseMaybe(value);
          if (
            typeof value !== 'string' ||
            !isObject(change) ||
            !('OldValue' in change) ||
            !('NewValue' in change)
          )
            problems.push(`MediaContent.${key} must be a JSON string of OldValue/NewValue`);
        }
      break;
    }
  }
  return problems;
}

function checkAiData(type: string, event: Json, ok: boolean): string[] {
  if (!ok)
    return event.Code === '0' || 'Data' in event
      ? ['failed AI event must carry an error Code and no Data']
      : [];
  if (event.Code !== '0' || event.Message !== 'OK')
    return ['successful AI event must carry Code "0" / Message "OK"'];
  const data = parseMaybe(event.Data);
  if (!isObject(data)) return ['Data is not an object (or JSON string of one)'];
  if (type === 'AIMediaAuditComplete') {
    const video = data.VideoResult;
    if (
      !satisfies(data.Suggestion, ['pass', 'review', 'block']) ||
      typeof data.Label !== 'string' ||
      !isObject(video)
    )
      return ['audit Data lacks Suggestion/Label/VideoResult'];
    if (video.Suggestion !== data.Suggestion)
      return ['VideoResult.Suggestion differs from Data.Suggestion'];
    if (data.Suggestion === 'pass' && data.Label !== 'normal')
      return ['a pass must be labelled normal'];
  }
  if (type === 'AIMediaDNAComplete') {
    if (!Array.isArray(data.VideoDNA)) return ['DNA Data lacks VideoDNA[]'];
    for (const match of objects(data.VideoDNA)) {
      if (
        !satisfies(match.PrimaryKey, 'id32') ||
        !satisfies(match.Similarity, 'numeric') ||
        !Array.isArray(match.Detail)
      )
        return ['bad VideoDNA entry'];
    }
  }
  if (type === 'AIVideoTagComplete') {
    const tags = objects(data.Keyword);
    if (
      tags.length === 0 ||
      tags.some((tag) => typeof tag.Tag !== 'string' || !Array.isArray(tag.Times))
    )
      return ['tag Data lacks Keyword[{Tag, Times}]'];
  }
  return [];
}

const JOB_PAIRS = [
  ['jobId', 'JobId'],
  ['requestId', 'RequestId'],
  ['type', 'Type'],
  ['state', 'State'],
  ['userData', 'UserData'],
  ['code', 'Code'],
  ['msg', 'Msg'],
] as const;
const SNAPSHOT_EXTRAS = ['UrlPattern', 'LastUrl', 'Count', 'TimeArray'];

/** Which key spelling a job message uses. */
export function jobKeyStyle(event: Json): 'dual' | 'lower' | 'pascal' {
  if ('jobId' in event && 'JobId' in event) return 'dual';
  return 'jobId' in event ? 'lower' : 'pascal';
}

/** Problems with an MPS single-job message (§3.1), whichever spelling it uses. */
export function checkMpsJob(event: Json): string[] {
  const style = jobKeyStyle(event);
  const problems: string[] = [];
  const allowed = new Set<string>(SNAPSHOT_EXTRAS);
  for (const [lower, pascal] of JOB_PAIRS) {
    if (style !== 'pascal') allowed.add(lower);
    if (style !== 'lower') allowed.add(pascal);
    if (style === 'dual' && lower in event !== pascal in event)
      problems.push(`${lower}/${pascal} not duplicated`);
    if (style === 'dual' && event[lower] !== event[pascal])
      problems.push(`${lower} and ${pascal} differ`);
  }
  for (const key of Object.keys(event)) if (!allowed.has(key)) problems.push(`${key} unexpected`);
  const get = (lower: string, pascal: string): unknown =>
    style === 'lower' ? event[lower] : event[pascal];
  if (!satisfies(get('jobId', 'JobId'), 'id32')) problems.push('JobId is not 32 hex');
  if (
    style !== 'lower' &&
    !/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/.test(
      String(event.RequestId),
    )
  )
    problems.push('RequestId is not a UUID');
  const state = get('state', 'State');
  if (!satisfies(state, ['Success', 'Fail']))
    problems.push(`state ${String(state)} is not Success/Fail`);
  const failed = state === 'Fail';
  if (failed !== (get('code', 'Code') !== undefined && get('msg', 'Msg') !== undefined))
    problems.push('code/msg must be present exactly on failure');
  const userData = get('userData', 'UserData');
  if (userData !== undefined && (typeof userData !== 'string' || Buffer.byteLength(userData) > 128))
    problems.push('UserData must be a string of at most 128 bytes');
  if ('UrlPattern' in event) {
    if (
      get('type', 'Type') !== 'Snapshot' ||
      !String(event.UrlPattern).includes('{Count}') ||
      !satisfies(event.LastUrl, 'url') ||
      !satisfies(event.Count, 'numeric') ||
      !Array.isArray(event.TimeArray)
    ) {
      problems.push('snapshot extras malformed');
    }
  }
  return problems;
}
