import type { DecodedBody, EventKind, NormalizedEvent } from './event-model';
import { parseEventTime } from './event-time';
import { outcomeOf } from './event-status';
import { classifyMpsJob, classifyMpsWorkflow } from './classify-mps';
import type { JsonObject } from './payload-fields';
import { field, object, text } from './payload-fields';
import { isJsonObject } from './safe-json';
import type { VodContext, VodVerdict } from './vod-context';
import { statusOutcome, titled, vodContext } from './vod-context';
import { VOD_MEDIA_EVENTS } from './vod-media-events';
import { VOD_OTHER_EVENTS } from './vod-other-events';

/** Classifies a decoded body; unreadable bodies become an 'unknown' event. Never throws. */
export function classifyDecoded(decoded: DecodedBody): NormalizedEvent {
  if (decoded.payload === undefined) {
    return unknownEvent('Unreadable message', decoded.problem ?? 'The body could not be decoded.');
  }
  return classifyPayload(decoded.payload);
}

/** Dispatches a payload to its producer's classifier, as event-formats §4.1 step 2 says. */
export function classifyPayload(payload: JsonObject): NormalizedEvent {
  const eventType = text(payload, 'EventType');
  if (eventType !== undefined && isJsonObject(field(payload, 'MessageBody')))
    return classifyIms(payload, eventType);
  if (eventType !== undefined) return classifyVod(payload, eventType);
  if (field(payload, 'MediaWorkflowExecution') !== undefined) return classifyMpsWorkflow(payload);
  if (text(payload, 'JobId') !== undefined && text(payload, 'Type') !== undefined)
    return classifyMpsJob(payload);
  return unknownEvent('Unrecognised message', 'JSON that is not a VOD, MPS or IMS event.');
}

function classifyVod(payload: JsonObject, eventType: string): NormalizedEvent {
  const context = vodContext(payload, eventType);
  const handler = VOD_MEDIA_EVENTS[eventType] ?? VOD_OTHER_EVENTS[eventType] ?? genericVod;
  const verdict = handler(context);
  const keyField = verdict.keyFields.find((name) => text(payload, name) !== undefined);
  const keyId = keyField !== undefined ? text(payload, keyField) : undefined;
  const failed = verdict.outcome === 'failure' || verdict.outcome === 'partial';
  const subtitle =
    verdict.subtitle ??
    [
      context.name !== undefined && !verdict.title.includes(context.name)
        ? context.name
        : undefined,
      keyId !== undefined ? `${keyField} ${keyId}` : undefined,
      failed ? context.error?.message : undefined,
    ]
      .filter((p) => p !== undefined)
      .join(' · ');
  const { facts = [], ...parts } = verdict.summary ?? {};
  return {
    source: 'vod',
    eventType,
    kind: verdict.kind,
    outcome: verdict.outcome,
    final: verdict.final ?? verdict.outcome !== 'in-progress',
    keyId,
    keyField,
    jobId: text(payload, 'JobId'),
    eventTime: parseEventTime(field(payload, 'EventTime')),
    title: verdict.title,
    subtitle,
    summary: {
      ...parts,
      ...(context.error !== undefined ? { error: context.error } : {}),
      ...(context.extend !== undefined ? { extend: context.extend } : {}),
      facts,
    },
  };
}

// Unknown or newer VOD event types (and IMS names that reach a VOD queue): judged by their name.
function genericVod(c: VodContext): VodVerdict {
  const outcome = statusOutcome(c);
  const name = humanize(c.eventType);
  return {
    kind: kindFromName(c.eventType),
    outcome,
    keyFields: ['VideoId', 'MediaId', 'ImageId', 'AttachedMediaId', 'JobId'],
    title: titled(outcome, name, `${name.replace(/ complete$/i, '')} failed`),
  };
}

function classifyIms(payload: JsonObject, eventType: string): NormalizedEvent {
  const body = object(payload, 'MessageBody');
  const status = text(body, 'Status') ?? text(payload, 'Status');
  const outcome = outcomeOf(status);
  const keyField = ['MediaId', 'JobId', 'ProjectId'].find((f) => text(body, f) !== undefined);
  const keyId = keyField !== undefined ? text(body, keyField) : undefined;
  const code = text(body, 'ErrorCode', 'Code');
  const name = humanize(eventType);
  return {
    source: 'ims',
    eventType,
    kind: kindFromName(eventType),
    outcome,
    final: outcome !== 'in-progress',
    keyId,
    keyField,
    jobId: text(body, 'JobId'),
    eventTime: parseEventTime(field(payload, 'EventTime')),
    title: `IMS: ${titled(outcome, name, `${name.replace(/ complete$/i, '')} failed`)}`,
    subtitle: keyId !== undefined ? `${keyField} ${keyId}` : 'Intelligent Media Services event',
    summary: {
      ...(code !== undefined && code !== '0'
        ? { error: { code, message: text(body, 'ErrorMessage', 'Message') } }
        : {}),
      facts: [],
    },
  };
}

function unknownEvent(title: string, subtitle: string): NormalizedEvent {
  return {
    source: 'unknown',
    eventType: 'Unknown',
    kind: 'other',
    outcome: 'unknown',
    final: true,
    keyId: undefined,
    keyField: undefined,
    jobId: undefined,
    eventTime: undefined,
    title,
    subtitle,
    summary: { facts: [] },
  };
}

/** The kind an unfamiliar event name implies ("MediaConvertComplete" → transcode). */
export function kindFromName(name: string): EventKind {
  if (/transcode|convert/i.test(name)) return 'transcode';
  if (/snapshot|image|cover/i.test(name)) return 'snapshot';
  if (/^ai|ai[A-Z]|analysis|censor|dna|tag/.test(name)) return 'ai';
  if (/upload|register/i.test(name)) return 'upload';
  if (/audit/i.test(name)) return 'audit';
  if (/live/i.test(name)) return 'live';
  return 'other';
}

/** "TranscodeParentComplete" → "Transcode parent complete"; "AIVideoCoverComplete" → "AI video cover complete". */
export function humanize(name: string): string {
  const words = name.match(/[A-Z]+(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|\d+/g) ?? [name];
  const text = words
    .map((w, i) => (w.length > 1 && w === w.toUpperCase() ? w : i === 0 ? w : w.toLowerCase()))
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
