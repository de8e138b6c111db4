import { DEMO_QUEUES } from './demo-names';
import type { DemoOutcome } from './demo-message';
import type { LifecycleContext, PlannedEvent, RecentAsset } from './lifecycle-context';
import { formatBytes, planEvent } from './lifecycle-context';
import { IMAGE_FILES, stemOf } from './media-catalog';
import { summaryLine } from './summary-line';
import {
  deleteMediaComplete,
  restoreMediaComplete,
  submitMediaRefreshComplete,
  updateMediaStorageClassComplete,
} from './vod-other-events';
import { snapshotComplete } from './vod-transcode-events';
import {
  attachedMediaUploadComplete,
  imageUploadComplete,
  mediaBaseChangeComplete,
} from './vod-upload-events';

const toVod = { queue: DEMO_QUEUES.vod };

const meta = (
  what: string,
  outcome: DemoOutcome,
  subject: string,
  label: string,
  detail: string,
) => ({
  kind: `vod/${what}`,
  outcome,
  subject,
  summary: summaryLine('vod', what, label, detail),
});

/** An image upload: the media record is created, then the file lands. */
export function planImageLifecycle(ctx: LifecycleContext): PlannedEvent[] {
  const { values, timeline } = ctx;
  const name = values.pick(IMAGE_FILES);
  const imageId = values.hex(32);
  const size = values.int(80_000, 2_500_000);
  const created = timeline.point(0);
  const uploaded = timeline.point(values.int(800, 3000));
  const fileUrl = `http://${ctx.storageHost}/image/default/${values.hex(32)}-6-2.${name.endsWith('.png') ? 'png' : 'jpg'}`;
  return [
    planEvent(
      created,
      toVod,
      mediaBaseChangeComplete(created, {
        mediaId: imageId,
        mediaType: 'image',
        operateMode: 'create',
        changes: { Title: ['', stemOf(name)] },
        contentAsString: false,
      }),
      meta('MediaBaseChangeComplete', 'success', imageId, name, 'media created'),
    ),
    planEvent(
      uploaded,
      toVod,
      imageUploadComplete(uploaded, { imageId, size, fileUrl, appId: 'app-1000000' }),
      meta('ImageUploadComplete', 'success', imageId, name, formatBytes(size)),
    ),
  ];
}

/** Follow-up work on a video an earlier lifecycle finished: subtitles, snapshots, CDN, storage, deletion. */
export function planFollowUpLifecycle(ctx: LifecycleContext, asset: RecentAsset): PlannedEvent[] {
  const { values, timeline } = ctx;
  const id = asset.videoId;
  const label = asset.fileName;
  const at = timeline.point(0);
  const action = values.weighted<
    'subtitle' | 'rename' | 'snapshot' | 'refresh' | 'archive' | 'delete'
  >([
    ['subtitle', 20],
    ['rename', 20],
    ['snapshot', 15],
    ['refresh', 15],
    ['archive', 15],
    ['delete', 15],
  ]);
  switch (action) {
    case 'subtitle': {
      const attachedMediaId = values.hex(32);
      const lang = values.pick(['en-US', 'zh-CN', 'ja-JP']);
      const size = values.int(4_000, 60_000);
      const body = attachedMediaUploadComplete(at, {
        attachedMediaId,
        size,
        fileUrl: `http://${ctx.storageHost}/attached/${values.hex(32)}.vtt`,
      });
      return [
        planEvent(
          at,
          toVod,
          body,
          meta(
            'AttachedMediaUploadComplete',
            'success',
            attachedMediaId,
            `${stemOf(label)}.${lang}.vtt`,
            `subtitle for ${label}`,
          ),
        ),
      ];
    }
    case 'rename': {
      const title = stemOf(label);
      const newTitle = `${title.replace(/-/g, ' ')} (final)`;
      const body = mediaBaseChangeComplete(at, {
        mediaId: id,
        mediaType: 'video',
        operateMode: 'update',
        changes: { Title: [title, newTitle] },
        contentAsString: values.chance(0.3),
      });
      return [
        planEvent(
          at,
          toVod,
          body,
          meta('MediaBaseChangeComplete', 'success', id, label, `title → "${newTitle}"`),
        ),
      ];
    }
    case 'snapshot': {
      const failed = values.chance(0.08);
      const body = snapshotComplete(
        values,
        at,
        { videoId: id, storageHost: ctx.storageHost },
        { sprite: false, specifiedTime: true, failed, sourceSeconds: 60 },
        undefined,
      );
      return [
        planEvent(
          at,
          toVod,
          body,
          meta(
            'SnapshotComplete',
            failed ? 'failure' : 'success',
            id,
            label,
            failed ? 'snapshot job failed' : 'snapshots at chosen times',
          ),
        ),
      ];
    }
    case 'refresh': {
      const urls = [`http://${ctx.storageHost}/${id}/${values.hex(32)}-hd.mp4`];
      const body = submitMediaRefreshComplete(at, {
        jobId: values.hex(32),
        mediaId: id,
        taskType: values.pick(['refresh', 'Preload'] as const),
        playUrls: urls,
        taskIds: [values.digits(11)],
        extend: undefined,
      });
      return [
        planEvent(
          at,
          toVod,
          body,
          meta('SubmitMediaRefreshComplete', 'success', id, label, 'CDN task submitted'),
        ),
      ];
    }
    case 'archive': {
      const storageFailed = values.chance(0.08);
      const storageError = storageFailed
        ? {
            code: 'InternalError',
            message: 'The request processing has failed due to some unknown error.',
          }
        : undefined;
      const events = [
        planEvent(
          at,
          toVod,
          updateMediaStorageClassComplete(at, {
            mediaId: id,
            storageClass: 'Archive',
            triggerBy: values.pick(['LifeCycle', 'API'] as const),
            error: storageError,
          }),
          meta(
            'UpdateMediaStorageClassComplete',
            storageFailed ? 'failure' : 'success',
            id,
            label,
            storageFailed ? 'archiving failed' : 'moved to Archive',
          ),
        ),
      ];
      if (!storageFailed && values.chance(0.5)) {
        const restoredAt = timeline.point(values.int(15000, 40000));
        const restoreFailed = values.chance(0.1);
        const error = restoreFailed
          ? { code: 'NoSuchKey', message: 'The specified key does not exist.' }
          : undefined;
        const body = restoreMediaComplete(restoredAt, {
          mediaId: id,
          restoreUntilMs: restoredAt.epochMs + 3 * 86_400_000,
          error,
        });
        events.push(
          planEvent(
            restoredAt,
            toVod,
            body,
            meta(
              'RestoreMediaComplete',
              restoreFailed ? 'failure' : 'success',
              id,
              label,
              restoreFailed ? 'restore failed (NoSuchKey)' : 'restored for 3 days',
            ),
          ),
        );
      }
      return events;
    }
    case 'delete': {
      const byStream = asset.streamJobIds.length > 1 && values.chance(0.4);
      const failed = values.chance(0.1);
      const error = failed
        ? { code: 'InvalidVideo.NotFound', message: 'The video does not exist.' }
        : undefined;
      const jobIds = byStream ? asset.streamJobIds.slice(0, 1) : [];
      const body = deleteMediaComplete(at, {
        mediaId: id,
        deleteType: byStream ? 'stream' : 'all',
        jobIds,
        error,
      });
      if (!failed && !byStream) {
        // A deleted video must not be picked for more follow-ups.
        const index = ctx.recent.findIndex((item) => item.videoId === id);
        if (index >= 0) ctx.recent.splice(index, 1);
      }
      const detail = failed
        ? 'delete failed (InvalidVideo.NotFound)'
        : byStream
          ? 'one rendition deleted'
          : 'deleted';
      return [
        planEvent(
          at,
          toVod,
          body,
          meta('DeleteMediaComplete', failed ? 'failure' : 'success', id, label, detail),
        ),
      ];
    }
  }
}
