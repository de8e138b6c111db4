import type { EventKind, WorkflowActivity } from './event-model';
import { listOf } from './display-format';
import { outcomeOf } from './event-status';
import type { JsonObject } from './payload-fields';
import { object, text } from './payload-fields';
import { aiOf } from './summary-parts';
import type { VodContext, VodVerdict } from './vod-context';
import { statusOutcome, titled } from './vod-context';
import { facts } from './summary-parts';

/** Handlers for review, AI, production/management and workflow-task events. */
export const VOD_OTHER_EVENTS: Record<string, (c: VodContext) => VodVerdict> = {
  CreateAuditComplete: (c) => {
    const auditStatus = text(c.payload, 'AuditStatus');
    const blocked = auditStatus?.toLowerCase() === 'blocked';
    // Status only says the review was recorded; AuditStatus is the verdict.
    const outcome =
      c.status === 'failure' ? 'failure' : blocked ? 'failure' : statusOutcome(c, 'success');
    return {
      kind: 'audit',
      outcome,
      keyFields: ['MediaId', 'VideoId'],
      title:
        c.status === 'failure' ? 'Manual review failed' : `Manual review: ${auditStatus ?? 'done'}`,
      summary: {
        review: {
          auditStatus,
          auditor: text(c.payload, 'Auditor'),
          reason: text(c.payload, 'Reason'),
        },
        facts: [],
      },
    };
  },
  AIMediaAuditComplete: (c) => {
    const ai = aiOf(object(c.payload, 'Data'));
    let outcome = statusOutcome(c);
    if (outcome === 'success')
      outcome =
        ai.suggestion === 'block' ? 'failure' : ai.suggestion === 'review' ? 'partial' : 'success';
    const labels = ai.labels.length > 0 ? ` (${listOf(ai.labels, 3)})` : '';
    const verdict =
      ai.suggestion === 'block'
        ? `blocked${labels}`
        : ai.suggestion === 'review'
          ? `needs review${labels}`
          : (ai.suggestion ?? 'done');
    return {
      kind: 'ai',
      outcome,
      keyFields: ['MediaId', 'VideoId', 'JobId'],
      title:
        c.status === 'failure' || (outcome === 'failure' && ai.suggestion !== 'block')
          ? 'AI moderation failed'
          : `AI moderation: ${verdict}`,
      summary: { ai, facts: [] },
    };
  },
  AIMediaDNAComplete: (c) => {
    const ai = aiOf(object(c.payload, 'Data'));
    const outcome = statusOutcome(c);
    const found = ai.matches.length;
    return {
      kind: 'ai',
      outcome,
      keyFields: ['MediaId', 'VideoId', 'JobId'],
      title: titled(
        outcome,
        found > 0
          ? `Fingerprint complete: ${found} similar video${found === 1 ? '' : 's'} found`
          : 'Fingerprint complete: no duplicates',
        'Fingerprint failed',
      ),
      summary: { ai, facts: [] },
    };
  },
  AIVideoTagComplete: (c) => {
    const ai = aiOf(object(c.payload, 'Data'));
    const outcome = statusOutcome(c);
    const tags = [...new Set(ai.tags.map((t) => t.tag))];
    return {
      kind: 'ai',
      outcome,
      keyFields: ['MediaId', 'VideoId', 'JobId'],
      title: titled(
        outcome,
        tags.length > 0 ? `Smart tags ready: ${listOf(tags, 3)}` : 'Smart tags ready',
        'Smart tags failed',
      ),
      summary: { ai, facts: [] },
    };
  },
  WorkflowTaskComplete: (c) => {
    const activities = taskActivities(c.payload);
    const kind = taskKind(activities);
    const outcome = statusOutcome(c);
    return {
      kind,
      outcome,
      keyFields: ['VideoId', 'TaskId'],
      title: titled(
        outcome,
        'Workflow task succeeded',
        'Workflow task failed',
        'Workflow task finished',
      ),
      summary: {
        workflow: {
          name: text(c.payload, 'WorkflowId'),
          state: text(c.payload, 'Status'),
          activities,
        },
        facts: [],
      },
    };
  },
  ProduceMediaComplete: (c) =>
    other(c, titled(statusOutcome(c), 'Composition complete', 'Composition failed'), [
      ['Project', text(c.payload, 'ProjectId')],
    ]),
  DeleteMediaComplete: (c) =>
    other(
      c,
      titled(
        statusOutcome(c),
        `Media deleted${scope(text(c.payload, 'DeleteType'))}`,
        'Media deletion failed',
      ),
      [
        ['Media type', text(c.payload, 'MediaType')],
        ['Jobs', text(c.payload, 'JobIds')],
      ],
    ),
  MediaBaseChangeComplete: (c) => {
    const mode = text(c.payload, 'OperateMode')?.toLowerCase();
    const verb = mode === 'create' ? 'created' : mode === 'delete' ? 'deleted' : 'updated';
    const newTitle = changedValue(object(c.payload, 'MediaContent'), 'Title');
    return other(
      c,
      titled(
        statusOutcome(c),
        `Media ${verb}${newTitle !== undefined ? `: ${newTitle}` : ''}`,
        `Media ${mode ?? 'change'} failed`,
      ),
      [['Media type', text(c.payload, 'MediaType')]],
    );
  },
  UpdateMediaStorageClassComplete: (c) => {
    const storageClass = text(c.payload, 'StorageClass');
    return other(
      c,
      titled(
        statusOutcome(c),
        `Storage class changed${storageClass !== undefined ? ` to ${storageClass}` : ''}`,
        'Storage class change failed',
      ),
      [
        ['Scope', text(c.payload, 'Scope')],
        ['Triggered by', text(c.payload, 'TriggerBy')],
      ],
    );
  },
  RestoreMediaComplete: (c) =>
    other(c, titled(statusOutcome(c), 'Media restored', 'Media restore failed'), [
      ['Restored until', text(c.payload, 'RestoreExpiration')],
    ]),
  SubmitMediaRefreshComplete: (c) => {
    const task =
      text(c.payload, 'TaskType')?.toLowerCase() === 'preload' ? 'CDN prefetch' : 'CDN refresh';
    return other(c, titled(statusOutcome(c), `${task} submitted`, `${task} failed`), [
      ['Refresh job', text(c.payload, 'MediaRefreshJobId')],
      ['URLs', text(c.payload, 'SuccessPlayUrls')],
    ]);
  },
};

function other(c: VodContext, title: string, rows: [string, string | undefined][]): VodVerdict {
  return {
    kind: 'other',
    outcome: statusOutcome(c),
    keyFields: ['MediaId', 'VideoId'],
    title,
    summary: { facts: facts(rows) },
  };
}

function scope(deleteType: string | undefined): string {
  const t = deleteType?.toLowerCase();
  return t === 'mezzanine' ? ' (source file)' : t === 'stream' ? ' (streams)' : '';
}

// MediaContent values are JSON strings {"OldValue","NewValue"}.
function changedValue(content: JsonObject | undefined, name: string): string | undefined {
  const entry = object(content, name);
  return entry !== undefined ? text(entry, 'NewValue') : text(content, name);
}

function taskActivities(payload: JsonObject): WorkflowActivity[] {
  const results = object(payload, 'ActivityResults');
  return Object.entries(results ?? {}).map(([id, value]) => {
    const activity =
      typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
    const result = object(activity, 'Result');
    const state = text(activity, 'Status') ?? text(result, 'Status');
    return {
      name: text(activity, 'ActivityId') ?? id,
      type: text(result, 'JobType'),
      state,
      outcome: outcomeOf(state),
      jobId: text(result, 'JobId'),
      errorCode: text(result, 'ErrorCode', 'Code'),
      errorMessage: text(result, 'ErrorMessage', 'Message'),
    };
  });
}

function taskKind(activities: WorkflowActivity[]): EventKind {
  const types = activities.map((a) => a.type?.toLowerCase() ?? '');
  if (types.some((t) => t.includes('transcode'))) return 'transcode';
  if (types.some((t) => t !== '' && t !== 'start' && t !== 'end')) return 'ai';
  return 'other';
}
