import type { DemoOutcome } from './demo-message';
import type { LifecycleContext, PlannedEvent } from './lifecycle-context';
import { RESOURCE_CONTENT_BAD, STREAM_ERRORS, VIDEO_SOURCES } from './media-catalog';
import { inputObject } from './mps-job-lifecycle';
import type { WorkflowActivityState, WorkflowRun } from './mps-workflow-events';
import { workflowReportMessage, workflowStartMessage } from './mps-workflow-events';
import { encodeForRoute, pickMpsRoute } from './mps-route';
import type { NonEmpty } from './random-values';
import { summaryLine } from './summary-line';

interface WorkflowTemplate {
  readonly name: string;
  readonly transcodes: readonly {
    readonly label: string;
    readonly templateId: string;
    readonly height: number;
  }[];
  readonly snapshot: boolean;
}

const WORKFLOWS: NonEmpty<WorkflowTemplate> = [
  {
    name: 'hls-ladder',
    transcodes: [
      { label: 'M3U8-SD', templateId: 'S00000001-100020', height: 720 },
      { label: 'M3U8-HD', templateId: 'S00000001-100030', height: 1080 },
      { label: 'M3U8-2K', templateId: 'S00000001-100040', height: 1440 },
    ],
    snapshot: true,
  },
  {
    name: 'mp4-web-720p',
    transcodes: [
      { label: 'MP4-LD', templateId: 'S00000001-200010', height: 540 },
      { label: 'MP4-SD', templateId: 'S00000001-200020', height: 720 },
    ],
    snapshot: true,
  },
  {
    name: 'archive-mezzanine',
    transcodes: [{ label: 'MP4-4K', templateId: 'S00000001-200060', height: 2160 }],
    snapshot: false,
  },
  { name: 'thumbnails-only', transcodes: [], snapshot: true },
];

/** One media-workflow execution: a Start message, then a Report listing every activity. */
export function planWorkflowRun(ctx: LifecycleContext): PlannedEvent[] {
  const { values, timeline } = ctx;
  const template = values.pick(WORKFLOWS);
  const source = values.pick(VIDEO_SOURCES);
  const route = pickMpsRoute(values);
  const startAt = timeline.point(values.int(1000, 3000));
  const run: WorkflowRun = {
    runId: values.hex(32),
    mediaWorkflowId: values.hex(32),
    name: template.name,
    mediaId: values.hex(32),
    requestId: values.uuid(),
    bucket: ctx.mpsBucket,
    location: `oss-${ctx.region}`,
    object: inputObject(startAt.epochMs, source.name),
    userData: values.chance(0.4) ? JSON.stringify({ asset: source.name }) : undefined,
    creationMs: startAt.epochMs - 1000,
  };
  const activity = (
    name: string,
    type: WorkflowActivityState['type'],
    state: WorkflowActivityState['state'],
    times: readonly [number, number],
    extra: Partial<Pick<WorkflowActivityState, 'jobId' | 'templateId' | 'error'>> = {},
  ): WorkflowActivityState => ({
    name,
    type,
    state,
    jobId: state === 'Skipped' ? undefined : extra.jobId,
    templateId: extra.templateId,
    error: extra.error,
    startMs: times[0],
    endMs: times[1],
  });
  const t0 = startAt.epochMs;
  const start = activity('Act-Start', 'Start', 'Success', [t0 - 1000, t0]);
  const reportOffset = values.int(15000, 45000);
  const reportAt = timeline.point(reportOffset);
  const mid = (): readonly [number, number] => [
    t0 + 1000,
    reportAt.epochMs - values.int(500, 3000),
  ];

  const activities: WorkflowActivityState[] = [start];
  const shortSide = Math.min(source.width, source.height);
  const analysed = template.transcodes.length > 0 && values.chance(0.5);
  const analysisFailed = analysed && values.chance(0.06);
  if (analysed) {
    const error = analysisFailed ? RESOURCE_CONTENT_BAD : undefined;
    activities.push(
      activity(
        'Act-Analysis',
        'Analysis',
        analysisFailed ? 'Fail' : 'Success',
        [t0 + 500, t0 + 4000],
        { jobId: values.hex(32), error },
      ),
    );
  }
  for (const transcode of template.transcodes) {
    // The Analysis step skips renditions above the source (the documented reason for Skipped);
    // without it MPS simply upscales.
    const skipped = analysisFailed || (analysed && transcode.height > shortSide);
    const failed = !skipped && values.chance(0.04);
    const error = failed ? values.pick([STREAM_ERRORS[0], STREAM_ERRORS[1]]) : undefined;
    const state = skipped ? 'Skipped' : failed ? 'Fail' : 'Success';
    activities.push(
      activity(`Act-Transcode-${transcode.label}`, 'Transcode', state, mid(), {
        jobId: values.hex(32),
        templateId: transcode.templateId,
        error,
      }),
    );
  }
  if (template.snapshot) {
    const failed = !analysisFailed && values.chance(0.05);
    const state = analysisFailed ? 'Skipped' : failed ? 'Fail' : 'Success';
    activities.push(
      activity('Act-Snapshot', 'Snapshot', state, mid(), {
        jobId: values.hex(32),
        error: failed ? STREAM_ERRORS[1] : undefined,
      }),
    );
  }
  const report = activity('Act-Report', 'Report', 'Success', [
    reportAt.epochMs - 300,
    reportAt.epochMs,
  ]);
  activities.push(report);

  const transcodes = activities.filter((item) => item.type === 'Transcode');
  const allTranscodesFailed =
    transcodes.length > 0 && transcodes.every((item) => item.state === 'Fail');
  const executionFailed = analysisFailed || allTranscodesFailed;
  const anyFailed = activities.some((item) => item.state === 'Fail');
  const outcome: DemoOutcome = executionFailed ? 'failure' : anyFailed ? 'partial' : 'success';
  const listed = values.chance(0.5) ? values.shuffle(activities) : activities;
  const okTranscodes = transcodes.filter((item) => item.state === 'Success').length;
  const skipped = activities.filter((item) => item.state === 'Skipped').length;
  const failedCode = activities.find((item) => item.error)?.error?.code ?? '';
  const detail =
    outcome === 'failure'
      ? `failed: ${failedCode}`
      : `${transcodes.length > 0 ? `${okTranscodes} transcodes OK` : 'snapshots OK'}${skipped ? `, ${skipped} skipped` : ''}${outcome === 'partial' ? `, with failures (${failedCode})` : ''}`;
  const kind = transcodes.length > 0 ? 'transcode' : 'snapshot';
  const label = `workflow '${template.name}'`;
  return [
    {
      at: startAt,
      destination: route.destination,
      body: encodeForRoute(route, workflowStartMessage(run, start)),
      kind: `mps/workflow/Start`,
      outcome: 'in-progress',
      subject: run.runId,
      summary: summaryLine('mps', 'Workflow Start', label, `${source.name} (via ${route.label})`),
    },
    {
      at: reportAt,
      destination: route.destination,
      body: encodeForRoute(
        route,
        workflowReportMessage(run, report, listed, executionFailed ? 'Fail' : 'Completed'),
      ),
      kind: `mps/workflow/Report/${kind}`,
      outcome,
      subject: run.runId,
      summary: summaryLine('mps', 'Workflow Report', label, `${detail} (via ${route.label})`),
    },
  ];
}
