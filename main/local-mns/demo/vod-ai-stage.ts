import { DEMO_QUEUES } from './demo-names';
import type { DemoOutcome } from './demo-message';
import type { LifecycleContext, PlannedEvent } from './lifecycle-context';
import { planEvent } from './lifecycle-context';
import { AI_ERRORS, stemOf } from './media-catalog';
import { summaryLine } from './summary-line';
import type { AuditSuggestion } from './vod-ai-events';
import {
  aiMediaAuditComplete,
  aiMediaDnaComplete,
  aiVideoTagComplete,
  createAuditComplete,
} from './vod-ai-events';
import { workflowTaskComplete } from './vod-other-events';
import type { VodAsset } from './vod-transcode-stage';

const toVod = { queue: DEMO_QUEUES.vod };

/** The AI jobs the demo app has switched on for a video, then any manual review they trigger. */
export function planAiStage(
  ctx: LifecycleContext,
  asset: VodAsset,
  afterMs: number,
): PlannedEvent[] {
  const { values, timeline } = ctx;
  const events: PlannedEvent[] = [];
  const meta = (what: string, outcome: DemoOutcome, detail: string) => ({
    kind: `vod/${what}`,
    outcome,
    subject: asset.videoId,
    summary: summaryLine('vod', what, asset.fileName, detail),
  });
  const jobs = values.weighted<'none' | 'audit' | 'all'>([
    ['none', 30],
    ['audit', 30],
    ['all', 40],
  ]);
  if (jobs === 'none') return events;
  const ids = () => ({ jobId: values.hex(32), mediaId: asset.videoId });
  const failure = () => (values.chance(0.05) ? values.pick(AI_ERRORS) : undefined);

  const auditMs = afterMs + values.int(4000, 15000);
  const auditAt = timeline.point(auditMs);
  const auditError = failure();
  const suggestion = values.weighted<AuditSuggestion>([
    ['pass', 75],
    ['review', 18],
    ['block', 7],
  ]);
  const audit = aiMediaAuditComplete(
    values,
    auditAt,
    { ...ids(), storageHost: ctx.storageHost, title: stemOf(asset.fileName) },
    auditError ? { error: auditError } : { suggestion, asString: values.chance(0.3) },
  );
  const verdict =
    suggestion === 'pass'
      ? 'pass'
      : `${suggestion === 'review' ? 'needs review' : 'blocked'} (${audit.label})`;
  events.push(
    planEvent(
      auditAt,
      toVod,
      audit.body,
      meta(
        'AIMediaAuditComplete',
        auditError ? 'failure' : 'success',
        auditError ? `failed: ${auditError.code}` : verdict,
      ),
    ),
  );

  if (!auditError && suggestion !== 'pass' && (suggestion === 'review' || values.chance(0.5))) {
    const at = timeline.point(auditMs + values.int(8000, 20000));
    const blocked = suggestion === 'block' ? values.chance(0.8) : values.chance(0.3);
    const body = createAuditComplete(at, {
      mediaId: asset.videoId,
      auditStatus: blocked ? 'Blocked' : 'Normal',
      auditor: values.pick(['reviewer-li', 'reviewer-chen', 'content-ops']),
      reason: blocked ? `Confirmed ${audit.label} content` : 'False positive, content is fine',
    });
    events.push(
      planEvent(
        at,
        toVod,
        body,
        meta('CreateAuditComplete', 'success', `manual review: ${blocked ? 'Blocked' : 'Normal'}`),
      ),
    );
  }

  if (jobs === 'all') {
    const dnaAt = timeline.point(afterMs + values.int(6000, 20000));
    const dnaError = failure();
    const earlier = ctx.recent.filter((item) => item.videoId !== asset.videoId);
    const match =
      earlier.length > 0 && values.chance(0.2)
        ? earlier[values.int(0, earlier.length - 1)]
        : undefined;
    const dna = aiMediaDnaComplete(
      values,
      dnaAt,
      ids(),
      dnaError
        ? { error: dnaError }
        : {
            duplicateOf: match?.videoId,
            sourceSeconds: asset.seconds,
            asString: values.chance(0.7),
          },
    );
    const dnaDetail = dnaError
      ? `failed: ${dnaError.code}`
      : match
        ? `similar to ${match.fileName}`
        : 'no duplicates';
    events.push(
      planEvent(
        dnaAt,
        toVod,
        dna,
        meta('AIMediaDNAComplete', dnaError ? 'failure' : 'success', dnaDetail),
      ),
    );

    const tagAt = timeline.point(afterMs + values.int(8000, 25000));
    const tagError = failure();
    const tag = aiVideoTagComplete(
      values,
      tagAt,
      ids(),
      tagError
        ? { error: tagError }
        : { sourceSeconds: asset.seconds, asString: values.chance(0.7) },
    );
    events.push(
      planEvent(
        tagAt,
        toVod,
        tag.body,
        meta(
          'AIVideoTagComplete',
          tagError ? 'failure' : 'success',
          tagError ? `failed: ${tagError.code}` : tag.tags.join(', '),
        ),
      ),
    );
  }
  return events;
}

/** A new-style VOD workflow task wrapping transcode and an AI step, reported once at the end. */
export function planWorkflowTask(
  ctx: LifecycleContext,
  asset: VodAsset,
  window: { startMs: number; afterMs: number; transcodeJobId: string },
): PlannedEvent {
  const { values, timeline } = ctx;
  const at = timeline.point(window.afterMs + values.int(5000, 15000));
  const translated = !values.chance(0.2);
  const start = timeline.point(window.startMs).epochMs;
  const userId = /^\d{1,15}$/.test(ctx.accountId) ? Number(ctx.accountId) : ctx.accountId;
  const body = workflowTaskComplete(
    at,
    {
      workflowId: values.hex(32),
      taskId: values.hex(32),
      videoId: asset.videoId,
      userId,
      title: stemOf(asset.fileName),
      createdMs: start,
    },
    [
      {
        activityId: 'transcode_1',
        jobType: 'Transcode',
        jobId: window.transcodeJobId,
        ok: true,
        startMs: start,
        endMs: at.epochMs - 9000,
      },
      {
        activityId: 'translation_1',
        jobType: 'VideoTranslation',
        jobId: values.hex(32),
        ok: translated,
        startMs: at.epochMs - 8000,
        endMs: at.epochMs - 500,
      },
    ],
  );
  return planEvent(at, toVod, body, {
    kind: 'vod/WorkflowTaskComplete',
    outcome: translated ? 'success' : 'failure',
    subject: asset.videoId,
    summary: summaryLine(
      'vod',
      'WorkflowTaskComplete',
      asset.fileName,
      translated ? 'Transcode + VideoTranslation succeeded' : 'VideoTranslation failed',
    ),
  });
}
