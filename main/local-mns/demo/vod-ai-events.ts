import { formatAiEventTime, formatEventTime } from './event-time';
import type { TimePoint } from './demo-message';
import type { ErrorPair } from './media-catalog';
import type { RandomValues } from './random-values';

type Json = Record<string, unknown>;

/** The verdict of automated moderation. */
export type AuditSuggestion = 'pass' | 'review' | 'block';

const SCENES = {
  porn: ['sexy', 'porn'],
  terrorism: ['bloody', 'weapon', 'flag'],
  ad: ['ad'],
  live: ['smoking'],
} as const;

type Scene = keyof typeof SCENES;

/** The common AI envelope; success carries Code "0"/"OK", so Code alone never means failure. */
function aiEvent(
  at: TimePoint,
  eventType: string,
  ids: { jobId: string; mediaId: string },
  outcome: { data: Json; asString: boolean } | { error: ErrorPair },
): Json {
  const base = {
    EventTime: formatAiEventTime(at.epochMs),
    EventType: eventType,
    JobId: ids.jobId,
    MediaId: ids.mediaId,
  };
  if ('error' in outcome) {
    return { ...base, Status: 'fail', Code: outcome.error.code, Message: outcome.error.message };
  }
  // Docs type Data as a JSON string while the audit sample shows an object, so both occur.
  const data = outcome.asString ? JSON.stringify(outcome.data) : outcome.data;
  return { ...base, Status: 'success', Code: '0', Message: 'OK', Data: data };
}

/** AIMediaAuditComplete with a moderation verdict, the flagged scene's label and evidence. */
export function aiMediaAuditComplete(
  values: RandomValues,
  at: TimePoint,
  ids: { jobId: string; mediaId: string; storageHost: string; title: string },
  outcome: { suggestion: AuditSuggestion; asString: boolean } | { error: ErrorPair },
): { body: Json; label: string } {
  if ('error' in outcome)
    return { body: aiEvent(at, 'AIMediaAuditComplete', ids, outcome), label: '' };
  const flagged: Scene | undefined =
    outcome.suggestion === 'pass'
      ? undefined
      : values.pick(['porn', 'terrorism', 'ad', 'live'] as const);
  const sceneResult = (scene: Scene): Json => {
    const hit = scene === flagged;
    const label = hit ? values.pick(SCENES[scene]) : 'normal';
    const score = hit ? values.float(80, 99.9) : values.float(95, 100);
    const frames = values.int(20, 60);
    const hits = hit ? values.int(1, 4) : 0;
    return {
      Suggestion: hit ? outcome.suggestion : 'pass',
      Label: label,
      AverageScore: (score - values.float(0, 4)).toFixed(2),
      MaxScore: score.toFixed(2),
      TopList: hit
        ? [
            {
              Url: evidenceUrl(values, ids),
              Timestamp: String(values.int(1, 60) * 1000),
              Score: score.toFixed(2),
              Label: label,
            },
          ]
        : [],
      CounterList: hit
        ? [
            { Label: label, Count: hits },
            { Label: 'normal', Count: frames - hits },
          ]
        : [{ Label: 'normal', Count: frames }],
    };
  };
  const label = flagged ?? 'normal';
  const data: Json = {
    Suggestion: outcome.suggestion,
    Label: label,
    AbnormalModules: flagged ? 'video' : '',
    VideoResult: {
      Suggestion: outcome.suggestion,
      Label: label,
      PornResult: sceneResult('porn'),
      TerrorismResult: sceneResult('terrorism'),
      AdResult: sceneResult('ad'),
      LiveResult: sceneResult('live'),
    },
    ImageResult: [
      {
        Suggestion: 'pass',
        Label: 'normal',
        Type: 'cover',
        Url: evidenceUrl(values, ids),
        Result: [
          {
            Suggestion: 'pass',
            Label: 'normal',
            Score: values.float(97, 100).toFixed(2),
            Scene: 'porn',
          },
        ],
      },
    ],
    TextResult: [
      {
        Suggestion: 'pass',
        Label: 'normal',
        Score: '99.90',
        Scene: 'antispam',
        Type: 'title',
        Content: ids.title,
      },
    ],
  };
  return {
    body: aiEvent(at, 'AIMediaAuditComplete', ids, { data, asString: outcome.asString }),
    label,
  };
}

/** AIMediaDNAComplete; a match points back at an earlier video's id as PrimaryKey. */
export function aiMediaDnaComplete(
  values: RandomValues,
  at: TimePoint,
  ids: { jobId: string; mediaId: string },
  outcome:
    | { duplicateOf: string | undefined; sourceSeconds: number; asString: boolean }
    | { error: ErrorPair },
): Json {
  if ('error' in outcome) return aiEvent(at, 'AIMediaDNAComplete', ids, outcome);
  const videoDna = outcome.duplicateOf
    ? [
        {
          Similarity: values.float(0.82, 0.99).toFixed(2),
          PrimaryKey: outcome.duplicateOf,
          Detail: [
            {
              Input: { Start: '0.0', Duration: Math.min(outcome.sourceSeconds, 30).toFixed(1) },
              Duplication: {
                Start: values.float(0, 20).toFixed(1),
                Duration: Math.min(outcome.sourceSeconds, 30).toFixed(1),
              },
            },
          ],
        },
      ]
    : [];
  return aiEvent(at, 'AIMediaDNAComplete', ids, {
    data: { VideoDNA: videoDna },
    asString: outcome.asString,
  });
}

const KEYWORDS = [
  'product launch',
  'presentation',
  'smartphone',
  'laptop',
  'interview',
  'city skyline',
  'teamwork',
  'stage',
] as const;
const LOCATIONS = ['office', 'conference hall', 'studio', 'outdoor', 'warehouse'] as const;
const CATEGORIES = ['technology', 'business', 'education', 'travel'] as const;

/** AIVideoTagComplete with keyword, location and category tags, each with the times it appears. */
export function aiVideoTagComplete(
  values: RandomValues,
  at: TimePoint,
  ids: { jobId: string; mediaId: string },
  outcome: { sourceSeconds: number; asString: boolean } | { error: ErrorPair },
): { body: Json; tags: string[] } {
  if ('error' in outcome)
    return { body: aiEvent(at, 'AIVideoTagComplete', ids, outcome), tags: [] };
  const seconds = outcome.sourceSeconds;
  const tag = (name: string): Json => ({
    Tag: name,
    Times: Array.from({ length: values.int(1, 3) }, () => values.float(0, seconds).toFixed(1)),
  });
  const keywords = values.shuffle(KEYWORDS).slice(0, values.int(1, 3));
  const data = {
    Keyword: keywords.map(tag),
    Location: [tag(values.pick(LOCATIONS))],
    Category: [{ Tag: values.pick(CATEGORIES), Times: [] }],
  };
  return {
    body: aiEvent(at, 'AIVideoTagComplete', ids, { data, asString: outcome.asString }),
    tags: keywords,
  };
}

/** CreateAuditComplete: a person's review; Status is only the record, AuditStatus is the verdict. */
export function createAuditComplete(
  at: TimePoint,
  review: { mediaId: string; auditStatus: 'Normal' | 'Blocked'; auditor: string; reason: string },
): Json {
  return {
    EventTime: formatEventTime(at.epochMs),
    EventType: 'CreateAuditComplete',
    MediaId: review.mediaId,
    Status: 'success',
    SubType: 'video',
    AuditStatus: review.auditStatus,
    CreationTime: formatEventTime(at.epochMs - 1000),
    Auditor: review.auditor,
    Reason: review.reason,
  };
}

function evidenceUrl(values: RandomValues, ids: { storageHost: string; mediaId: string }): string {
  return `http://${ids.storageHost}/aicensor/${ids.mediaId}/${values.hex(16)}.jpg`;
}
