import type { EventSummary, Rendition, SnapshotSet } from './event-model';
import { outcomeOf } from './event-status';
import type { JsonObject } from './payload-fields';
import { field, flag, number, object, objects, strings, text } from './payload-fields';
import { parseJson } from './safe-json';

/** One rendition from a StreamTranscodeComplete event or a StreamInfos entry. */
export function renditionOf(stream: JsonObject): Rendition {
  return {
    definition: text(stream, 'Definition'),
    format: text(stream, 'Format'),
    width: number(stream, 'Width'),
    height: number(stream, 'Height'),
    bitrateKbps: number(stream, 'Bitrate'),
    fps: number(stream, 'Fps'),
    sizeBytes: number(stream, 'Size'),
    durationSeconds: number(stream, 'Duration'),
    url: text(stream, 'FileUrl', 'FileURL'),
    status: outcomeOf(text(stream, 'Status')),
    jobId: text(stream, 'JobId'),
    errorCode: text(stream, 'ErrorCode'),
    errorMessage: text(stream, 'ErrorMessage'),
    encrypted: flag(stream, 'Encrypt'),
    codec: text(stream, 'Codec'),
  };
}

/** "SD mp4", "HD-MP4 m3u8": how a rendition is named in titles. */
export function renditionName(rendition: Rendition): string {
  return (
    [rendition.definition, rendition.format].filter((p) => p !== undefined).join(' ') || 'rendition'
  );
}

/** The snapshot outputs of a SnapshotComplete event. */
export function snapshotsOf(payload: JsonObject): SnapshotSet[] {
  return objects(payload, 'SnapshotInfos').map((info) => ({
    type: text(info, 'SnapshotType'),
    count: number(info, 'SnapshotCount'),
    url: text(info, 'SnapshotRegular', 'SnapshotFormat'),
    status: outcomeOf(text(info, 'Status')),
    jobId: text(info, 'JobId'),
  }));
}

/** The AI result summary from an AI event's Data (an object, or a JSON string). */
export function aiOf(data: JsonObject | undefined): NonNullable<EventSummary['ai']> {
  const tags: { category: string; tag: string }[] = [];
  for (const [category, value] of Object.entries(data ?? {})) {
    if (
      !Array.isArray(value) ||
      ['VideoDNA', 'ImageResult', 'TextResult', 'AbnormalModules'].includes(category)
    )
      continue;
    for (const entry of value) {
      if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
        const tag = text(entry, 'Tag');
        if (tag !== undefined) tags.push({ category, tag });
      }
    }
  }
  return {
    suggestion: text(data, 'Suggestion')?.toLowerCase(),
    labels: labelsOf(data),
    tags,
    matches: objects(data, 'VideoDNA').map((dna) => ({
      primaryKey: text(dna, 'PrimaryKey') ?? '?',
      similarity: text(dna, 'Similarity'),
    })),
  };
}

// Moderation labels arrive as "porn,terrorism" strings or lists; "normal" is not worth showing.
function labelsOf(data: JsonObject | undefined): string[] {
  // AbnormalModules names the modules that found something (video, image), not what they found.
  const raw = strings(data, 'Label');
  const labels = raw
    .flatMap((item) => item.split(/[,;]/))
    .map((l) => l.trim())
    .filter((l) => l !== '' && l.toLowerCase() !== 'normal');
  return [...new Set(labels)];
}

/** Extend as sent (a string) and parsed when it is JSON. */
export function extendOf(payload: JsonObject): EventSummary['extend'] | undefined {
  const value = field(payload, 'Extend');
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { raw: value, parsed: parseJson(value.trim()) };
  return { raw: JSON.stringify(value), parsed: value };
}

/** A display name a producer put in Extend (title, file name…), if any. */
export function extendName(extend: EventSummary['extend'] | undefined): string | undefined {
  const parsed = extend?.parsed;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  return text(parsed, 'Title', 'FileName', 'Name', 'DisplayName');
}

/** ErrorCode/ErrorMessage, or the AI events' Code/Message when Code is not the success "0". */
export function errorOf(payload: JsonObject): EventSummary['error'] | undefined {
  const code = text(payload, 'ErrorCode') ?? nonZero(text(payload, 'Code', 'code'));
  const message =
    text(payload, 'ErrorMessage') ??
    (code !== undefined ? text(payload, 'Message', 'Msg', 'msg') : undefined);
  return code === undefined && message === undefined ? undefined : { code, message };
}

function nonZero(code: string | undefined): string | undefined {
  return code === undefined || code === '0' || code.toUpperCase() === 'OK' ? undefined : code;
}

/** Dynamic image details from its JSON-string DynamicImageJobInfo. */
export function dynamicImageOf(payload: JsonObject): JsonObject | undefined {
  return object(payload, 'DynamicImageJobInfo');
}

/** Fact rows, skipping values that are absent. */
export function facts(rows: [string, string | undefined][]): { label: string; value: string }[] {
  return rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([label, value]) => ({ label, value }));
}
