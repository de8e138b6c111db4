import type { Rendition } from './event-model';
import { outcomeOf } from './event-status';
import { fileNameOf, formatBytes, formatDuration, listOf, plural } from './display-format';
import { number, objects, text } from './payload-fields';
import { dynamicImageOf, facts, renditionName, renditionOf, snapshotsOf } from './summary-parts';
import type { VodContext, VodVerdict } from './vod-context';
import { statusOutcome, titled } from './vod-context';

/** Handlers for upload, transcode, snapshot and live events. */
export const VOD_MEDIA_EVENTS: Record<string, (c: VodContext) => VodVerdict> = {
  FileUploadComplete: (c) =>
    upload(c, 'VideoId', 'Video uploaded', text(c.payload, 'FileUrl', 'FileURL')),
  ImageUploadComplete: (c) =>
    upload(c, 'ImageId', 'Image uploaded', text(c.payload, 'FileURL', 'FileUrl')),
  AttachedMediaUploadComplete: (c) =>
    upload(c, 'AttachedMediaId', 'Attachment uploaded', text(c.payload, 'FileURL', 'FileUrl')),
  UploadByURLComplete: (c) => {
    const outcome = statusOutcome(c);
    const source = fileNameOf(text(c.payload, 'SourceURL'));
    return {
      kind: 'upload',
      outcome,
      keyFields: ['VideoId', 'JobId'],
      title:
        titled(outcome, 'URL import complete', 'URL import failed') +
        (source !== undefined ? `: ${source}` : ''),
      summary: {
        facts: facts([
          ['Source URL', text(c.payload, 'SourceURL')],
          ['Size', bytes(number(c.payload, 'Size'))],
        ]),
      },
    };
  },
  VideoAnalysisComplete: (c) => {
    const outcome = statusOutcome(c);
    const width = number(c.payload, 'Width');
    const height = number(c.payload, 'Height');
    const duration = number(c.payload, 'Duration');
    const shape = [
      width !== undefined && height !== undefined ? `${width}×${height}` : undefined,
      duration !== undefined ? formatDuration(duration) : undefined,
    ].filter((p) => p !== undefined);
    return {
      kind: 'other',
      outcome,
      keyFields: ['VideoId'],
      title: titled(
        outcome,
        `Source analyzed${shape.length > 0 ? `: ${shape.join(', ')}` : ''}`,
        'Source unreadable',
      ),
      summary: {
        facts: facts([
          ['Resolution', shape[0]],
          ['Bitrate', kbps(number(c.payload, 'Bitrate'))],
          ['Frame rate', text(c.payload, 'Fps')],
          ['Size', bytes(number(c.payload, 'Size'))],
        ]),
      },
    };
  },
  StreamTranscodeComplete: (c) => {
    const rendition = renditionOf(c.payload);
    const outcome = statusOutcome(c);
    return {
      kind: 'transcode',
      outcome,
      final: false,
      keyFields: ['VideoId', 'JobId'],
      title: titled(
        outcome,
        `${renditionName(rendition)} ready`,
        `${renditionName(rendition)} failed`,
      ),
      summary: { renditions: [rendition], facts: [] },
    };
  },
  TranscodeComplete: transcodeComplete,
  SnapshotComplete: (c) => {
    const snapshots = snapshotsOf(c.payload);
    const outcome =
      c.status !== 'unknown' || c.error !== undefined
        ? statusOutcome(c)
        : aggregate(snapshots.map((s) => s.status));
    const count = snapshots.reduce((sum, s) => sum + (s.count ?? 0), 0);
    const coverUrl = text(c.payload, 'CoverUrl', 'CoverURL');
    return {
      kind: 'snapshot',
      outcome,
      keyFields: ['VideoId', 'JobId'],
      title: titled(
        outcome,
        count > 0 ? `Snapshots ready: ${plural(count, 'image')}` : 'Snapshots ready',
        'Snapshots failed',
      ),
      summary: {
        snapshots,
        ...(coverUrl !== undefined ? { coverUrl } : {}),
        facts: facts([['Type', text(c.payload, 'SubType')]]),
      },
    };
  },
  DynamicImageComplete: (c) => {
    const info = dynamicImageOf(c.payload);
    const outcome = statusOutcome(c, outcomeOf(text(info, 'Status')));
    return {
      kind: 'snapshot',
      outcome,
      keyFields: ['VideoId', 'JobId'],
      title: titled(outcome, 'Animated image ready', 'Animated image failed'),
      summary: {
        snapshots:
          info === undefined
            ? []
            : [
                {
                  type: 'DynamicImage',
                  count: 1,
                  url: text(info, 'FileURL', 'FileUrl'),
                  status: outcome,
                  jobId: text(info, 'JobId'),
                },
              ],
        facts: facts([
          ['Size', bytes(number(info, 'FileSize'))],
          ['Dimensions', dims(number(info, 'Width'), number(info, 'Height'))],
        ]),
      },
    };
  },
  AddLiveRecordVideoComplete: (c) => {
    const outcome = statusOutcome(c, 'success');
    const stream = text(c.payload, 'StreamName');
    return {
      kind: 'live',
      outcome,
      keyFields: ['VideoId'],
      title:
        titled(outcome, 'Live recording saved', 'Live recording failed') +
        (stream !== undefined ? `: ${stream}` : ''),
      summary: {
        facts: facts([
          ['Stream', liveStream(c)],
          ['Recorded', range(text(c.payload, 'RecordStartTime'), text(c.payload, 'RecordEndTime'))],
        ]),
      },
    };
  },
  LiveRecordVideoComposeStart: (c) => ({
    kind: 'live',
    outcome: c.status === 'failure' ? 'failure' : 'in-progress',
    final: c.status === 'failure',
    keyFields: ['VideoId'],
    title:
      c.status === 'failure' ? 'Recording composition failed' : 'Recording composition started',
    summary: { facts: facts([['Stream', liveStream(c)]]) },
  }),
};

function transcodeComplete(c: VodContext): VodVerdict {
  const renditions = objects(c.payload, 'StreamInfos').map(renditionOf);
  const failed = renditions.filter((r) => r.status === 'failure');
  const succeeded = renditions.filter((r) => r.status !== 'failure');
  let outcome = statusOutcome(c);
  if (outcome === 'unknown' && renditions.length > 0)
    outcome = succeeded.length > 0 ? 'success' : 'failure';
  // Top-level success means at least one stream worked; any failed stream makes it partial.
  if (outcome === 'success' && failed.length > 0) outcome = 'partial';
  const names = (list: Rendition[]): string =>
    listOf([...new Set(list.map((r) => r.definition ?? r.format ?? '?'))]);
  let title: string;
  if (outcome === 'failure') {
    const reason =
      failed[0]?.errorMessage ?? c.error?.message ?? failed[0]?.errorCode ?? c.error?.code;
    title = `Transcode failed${reason !== undefined ? `: ${reason}` : ''}`;
  } else if (outcome === 'partial') {
    title = `Transcode partially failed: ${succeeded.length} of ${renditions.length} renditions (${names(failed)} failed)`;
  } else if (renditions.length > 0) {
    title = `Transcode complete: ${plural(renditions.length, 'rendition')} (${names(renditions)})`;
  } else {
    title = titled(outcome, 'Transcode complete', 'Transcode failed', 'Transcode finished');
  }
  if (c.name !== undefined && outcome !== 'failure') title += ` for '${c.name}'`;
  return {
    kind: 'transcode',
    outcome,
    keyFields: ['VideoId'],
    title,
    summary: { renditions, facts: [] },
  };
}

function upload(
  c: VodContext,
  keyField: string,
  done: string,
  url: string | undefined,
): VodVerdict {
  // VOD never reports upload failures, and old payloads had no Status: absence means success.
  const outcome = statusOutcome(c, 'success');
  const file = c.name ?? fileNameOf(url);
  return {
    kind: 'upload',
    outcome,
    keyFields: [keyField],
    title:
      titled(outcome, done, done.replace('uploaded', 'upload failed')) +
      (file !== undefined ? `: ${file}` : ''),
    summary: {
      facts: facts([
        ['File URL', url],
        ['Size', bytes(number(c.payload, 'Size'))],
      ]),
    },
  };
}

function aggregate(outcomes: string[]): VodVerdict['outcome'] {
  if (outcomes.length === 0) return 'unknown';
  if (outcomes.every((o) => o === 'failure')) return 'failure';
  return outcomes.some((o) => o === 'failure') ? 'partial' : 'success';
}

function liveStream(c: VodContext): string | undefined {
  const parts = [
    text(c.payload, 'DomainName'),
    text(c.payload, 'AppName'),
    text(c.payload, 'StreamName'),
  ].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join('/') : undefined;
}

function bytes(n: number | undefined): string | undefined {
  return n === undefined ? undefined : formatBytes(n);
}

function kbps(n: number | undefined): string | undefined {
  return n === undefined ? undefined : `${n} kbps`;
}

function dims(w: number | undefined, h: number | undefined): string | undefined {
  return w !== undefined && h !== undefined ? `${w}×${h}` : undefined;
}

function range(start: string | undefined, end: string | undefined): string | undefined {
  return start !== undefined && end !== undefined ? `${start} – ${end}` : (start ?? end);
}
