import { describe, expect, it } from 'vitest';

import { classifyPayload, humanize } from '../../../../main/engine/events/classify-event';
import { correlationKey, dedupeKey, timelineStage } from '../../../../main/engine/events/correlate';
import { parseEventTime } from '../../../../main/engine/events/event-time';
import { outcomeOf } from '../../../../main/engine/events/event-status';

const stream = (definition: string, status: string, extra: Record<string, unknown> = {}) => ({
  Definition: definition,
  Format: 'm3u8',
  Status: status,
  Width: definition === 'SD' ? 640 : 1280,
  Height: definition === 'SD' ? 360 : 720,
  Bitrate: '800.5',
  Fps: '25',
  Size: 1048576,
  Duration: '60.04',
  FileUrl: `http://video.example.com/${definition}.m3u8`,
  JobId: `job-${definition}`,
  ...extra,
});

describe('VOD TranscodeComplete', () => {
  it('produces the full normalized event for a partial transcode', () => {
    const event = classifyPayload({
      EventTime: '2026-11-23T10:00:00Z',
      EventType: 'TranscodeComplete',
      VideoId: '7d2a41c0e1f94b6f8a1f2c3d4e5f6a7b',
      Status: 'success',
      Extend: '{"Title":"launch-teaser.mp4"}',
      StreamInfos: [
        stream('SD', 'success'),
        stream('HD', 'fail', { ErrorCode: 'InvalidParameter', ErrorMessage: 'bad template' }),
      ],
    });
    expect(event).toEqual({
      source: 'vod',
      eventType: 'TranscodeComplete',
      kind: 'transcode',
      outcome: 'partial',
      final: true,
      keyId: '7d2a41c0e1f94b6f8a1f2c3d4e5f6a7b',
      keyField: 'VideoId',
      jobId: undefined,
      eventTime: Date.UTC(2026, 10, 23, 10, 0, 0),
      title: "Transcode partially failed: 1 of 2 renditions (HD failed) for 'launch-teaser.mp4'",
      subtitle: 'VideoId 7d2a41c0e1f94b6f8a1f2c3d4e5f6a7b',
      summary: {
        renditions: [
          {
            definition: 'SD',
            format: 'm3u8',
            width: 640,
            height: 360,
            bitrateKbps: 800.5,
            fps: 25,
            sizeBytes: 1048576,
            durationSeconds: 60.04,
            url: 'http://video.example.com/SD.m3u8',
            status: 'success',
            jobId: 'job-SD',
            errorCode: undefined,
            errorMessage: undefined,
            encrypted: undefined,
            codec: undefined,
          },
          {
            definition: 'HD',
            format: 'm3u8',
            width: 1280,
            height: 720,
            bitrateKbps: 800.5,
            fps: 25,
            sizeBytes: 1048576,
            durationSeconds: 60.04,
            url: 'http://video.example.com/HD.m3u8',
            status: 'failure',
            jobId: 'job-HD',
            errorCode: 'InvalidParameter',
            errorMessage: 'bad template',
            encrypted: undefined,
            codec: undefined,
          },
        ],
        extend: { raw: '{"Title":"launch-teaser.mp4"}', parsed: { Title: 'launch-teaser.mp4' } },
        facts: [],
      },
    });
  });

  it('names every rendition on success and the first error on failure', () => {
    expect(
      classifyPayload({
        EventType: 'TranscodeComplete',
        VideoId: 'v',
        Status: 'success',
        StreamInfos: [stream('SD', 'success'), stream('HD', 'success'), stream('4K', 'success')],
      }).title,
    ).toBe('Transcode complete: 3 renditions (SD, HD and 4K)');
    const failed = classifyPayload({
      EventType: 'TranscodeComplete',
      VideoId: 'v',
      Status: 'fail',
      StreamInfos: [stream('SD', 'fail', { ErrorMessage: 'source unreadable' })],
    });
    expect(failed).toMatchObject({
      outcome: 'failure',
      title: 'Transcode failed: source unreadable',
    });
    expect(
      classifyPayload({
        EventType: 'TranscodeComplete',
        VideoId: 'v',
        Status: 'success',
        StreamInfos: [],
      }),
    ).toMatchObject({ outcome: 'success', title: 'Transcode complete' });
  });

  it('marks a per-definition transcode as not final', () => {
    expect(
      classifyPayload({
        EventType: 'StreamTranscodeComplete',
        VideoId: 'v',
        JobId: 'j',
        Status: 'success',
        Definition: 'HD',
        Format: 'mp4',
      }),
    ).toMatchObject({
      kind: 'transcode',
      final: false,
      keyId: 'v',
      jobId: 'j',
      title: 'HD mp4 ready',
    });
  });
});

describe('other VOD families', () => {
  it('treats a missing upload Status as success', () => {
    expect(
      classifyPayload({
        EventType: 'FileUploadComplete',
        VideoId: 'v',
        FileUrl: 'http://x.example.com/a/launch%20teaser.mp4',
        Size: 1234567,
      }),
    ).toMatchObject({
      kind: 'upload',
      outcome: 'success',
      title: 'Video uploaded: launch teaser.mp4',
      summary: {
        facts: [
          { label: 'File URL', value: 'http://x.example.com/a/launch%20teaser.mp4' },
          { label: 'Size', value: '1.2 MB' },
        ],
      },
    });
  });

  it('reads AI results from Data as a string or an object, and Code "0" as success', () => {
    const asString = classifyPayload({
      EventType: 'AIMediaAuditComplete',
      MediaId: 'm',
      JobId: 'j',
      Status: 'success',
      Code: '0',
      Message: 'OK',
      Data: '{"Suggestion":"review","Label":"porn,normal"}',
      EventTime: '2022-10-20T10:29:46:540Z',
    });
    expect(asString).toMatchObject({
      kind: 'ai',
      outcome: 'partial',
      keyField: 'MediaId',
      title: 'AI moderation: needs review (porn)',
      eventTime: Date.UTC(2022, 9, 20, 10, 29, 46, 540),
    });
    expect(asString.summary.error).toBeUndefined();
    const asObject = classifyPayload({
      EventType: 'AIMediaAuditComplete',
      MediaId: 'm',
      Status: 'success',
      Data: { Suggestion: 'block', Label: 'terrorism' },
    });
    expect(asObject).toMatchObject({
      outcome: 'failure',
      title: 'AI moderation: blocked (terrorism)',
    });
    const failed = classifyPayload({
      EventType: 'AIMediaDNAComplete',
      MediaId: 'm',
      Status: 'fail',
      Code: 'InternalError',
      Message: 'try later',
    });
    expect(failed).toMatchObject({
      outcome: 'failure',
      title: 'Fingerprint failed',
      summary: { error: { code: 'InternalError', message: 'try later' } },
    });
  });

  it('uses AuditStatus, not Status, for manual review', () => {
    expect(
      classifyPayload({
        EventType: 'CreateAuditComplete',
        MediaId: 'm',
        Status: 'success',
        AuditStatus: 'Blocked',
        Reason: 'copyright',
      }),
    ).toMatchObject({
      kind: 'audit',
      outcome: 'failure',
      title: 'Manual review: Blocked',
      summary: { review: { auditStatus: 'Blocked', reason: 'copyright' } },
    });
  });

  it('falls back to JobId when a URL import fails before a video exists', () => {
    expect(
      classifyPayload({
        EventType: 'UploadByURLComplete',
        JobId: 'job-1',
        SourceURL: 'http://src.example.com/in.mp4',
        Status: 'fail',
        ErrorCode: 'URLInvalidError',
        ErrorMessage: 'unreachable',
      }),
    ).toMatchObject({
      outcome: 'failure',
      keyId: 'job-1',
      keyField: 'JobId',
      title: 'URL import failed: in.mp4',
      subtitle: 'JobId job-1 · unreachable',
    });
  });

  it('takes a restore with an ErrorCode as failed even when Status says Success', () => {
    expect(
      classifyPayload({
        EventType: 'RestoreMediaComplete',
        MediaId: 'm',
        Status: 'Success',
        ErrorCode: 'NoSuchKey',
      }).outcome,
    ).toBe('failure');
  });

  it('derives a workflow task kind from its job types', () => {
    const results = JSON.stringify({
      a1: { ActivityId: 'a1', Status: 'Succeed', Result: { JobType: 'Transcode', JobId: 'j1' } },
    });
    expect(
      classifyPayload({
        EventType: 'WorkflowTaskComplete',
        VideoId: 'v',
        TaskId: 't',
        Status: 'Succeed',
        ActivityResults: results,
      }),
    ).toMatchObject({
      kind: 'transcode',
      outcome: 'success',
      summary: {
        workflow: {
          activities: [{ name: 'a1', type: 'Transcode', outcome: 'success', jobId: 'j1' }],
        },
      },
    });
  });

  it('classifies an unknown event type by its name without failing', () => {
    expect(
      classifyPayload({ EventType: 'MediaConvertOutputComplete', MediaId: 'm', Status: 'success' }),
    ).toMatchObject({
      source: 'vod',
      kind: 'transcode',
      outcome: 'success',
      title: 'Media convert output complete',
    });
  });

  it('tells IMS look-alikes from VOD events', () => {
    expect(
      classifyPayload({
        EventType: 'ProduceMediaComplete',
        UserId: 1,
        MessageBody: { MediaId: 'm', Status: 'Success' },
      }),
    ).toMatchObject({ source: 'ims', keyId: 'm', outcome: 'success' });
  });
});

describe('MPS', () => {
  it('reads jobs in lowercase, dual-case and PascalCase-only keys alike', () => {
    for (const payload of [
      {
        jobId: 'j',
        type: 'Transcode',
        state: 'Fail',
        code: 'InvalidParameter.ResourceContentBad',
        msg: 'bad input',
      },
      {
        jobId: 'j',
        JobId: 'j',
        type: 'Transcode',
        Type: 'Transcode',
        state: 'Fail',
        State: 'Fail',
        code: 'InvalidParameter.ResourceContentBad',
        Code: 'InvalidParameter.ResourceContentBad',
        msg: 'bad input',
        Msg: 'bad input',
      },
      {
        JobId: 'j',
        Type: 'Transcode',
        State: 'Fail',
        Code: 'InvalidParameter.ResourceContentBad',
        Msg: 'bad input',
      },
    ]) {
      expect(classifyPayload(payload)).toMatchObject({
        source: 'mps-job',
        kind: 'transcode',
        outcome: 'failure',
        keyId: 'j',
        title: 'MPS transcode failed: InvalidParameter.ResourceContentBad',
        summary: { error: { code: 'InvalidParameter.ResourceContentBad', message: 'bad input' } },
      });
    }
  });

  it('scans a workflow report: failed activity while Completed is partial, skipped is fine', () => {
    const report = (states: string[], executionState = 'Completed') =>
      classifyPayload({
        RunId: 'run-1',
        Name: 'Act-Report',
        Type: 'Report',
        State: 'Success',
        MediaWorkflowExecution: {
          Name: 'hls-ladder',
          RunId: 'run-1',
          State: executionState,
          Input: {
            InputFile: {
              Bucket: 'in',
              Location: 'oss-cn-shanghai',
              Object: 'uploads/launch-teaser.mp4',
            },
          },
          ActivityList: states.map((state, i) => ({
            Name: `act-${i}`,
            Type: 'Transcode',
            State: state,
            ...(state === 'Fail' ? { Code: 'Transcode.Timeout' } : {}),
            EndTime: `2026-11-23T10:0${i}:00Z`,
          })),
        },
      });
    expect(report(['Success', 'Skipped'])).toMatchObject({
      outcome: 'success',
      title: "Workflow 'hls-ladder' finished: 1 transcode OK",
      subtitle: 'launch-teaser.mp4 · Run run-1',
      eventTime: Date.UTC(2026, 10, 23, 10, 1),
    });
    expect(
      report(['Success', 'Skipped']).summary.workflow?.activities.map((a) => a.outcome),
    ).toEqual(['success', 'unknown']);
    expect(report(['Success', 'Fail'])).toMatchObject({
      outcome: 'partial',
      title: "Workflow 'hls-ladder' finished with failures: act-1 failed",
    });
    expect(report(['Fail'], 'Fail')).toMatchObject({
      outcome: 'failure',
      title: "Workflow 'hls-ladder' failed: Transcode.Timeout",
    });
  });

  it('treats a workflow Start as in progress and not final', () => {
    expect(
      classifyPayload({
        RunId: 'r',
        Type: 'Start',
        State: 'Success',
        MediaWorkflowExecution: { Name: 'w', State: 'Running', ActivityList: [] },
      }),
    ).toMatchObject({
      source: 'mps-workflow',
      outcome: 'in-progress',
      final: false,
      title: "Workflow 'w' started",
    });
  });
});

describe('time and status formats', () => {
  it.each([
    ['2026-11-23T10:00:00Z', Date.UTC(2026, 10, 23, 10)],
    ['2022-10-20T10:29:46:540Z', Date.UTC(2022, 9, 20, 10, 29, 46, 540)],
    ['2022-10-20T10:29:46.540Z', Date.UTC(2022, 9, 20, 10, 29, 46, 540)],
    ['2016-03-15T02: 53: 41Z', Date.UTC(2016, 2, 15, 2, 53, 41)],
    ['2026-11-23 18:00:00+08:00', Date.UTC(2026, 10, 23, 10)],
    ['1700000000123', 1700000000123],
    ['1700000000', 1700000000000],
  ])('parses %s', (input, expected) => {
    expect(parseEventTime(input)).toBe(expected);
  });

  it('rejects what is not a time', () => {
    for (const input of ['yesterday', '2026-13-01T00:00:00Z', '', '0'])
      expect(parseEventTime(input)).toBeUndefined();
  });

  it('normalizes every documented status spelling', () => {
    expect(['success', 'Success', 'Succeed', 'finished', 'Completed'].map(outcomeOf)).toEqual(
      Array(5).fill('success'),
    );
    expect(['fail', 'Failed', 'FAILURE', 'error'].map(outcomeOf)).toEqual(Array(4).fill('failure'));
    expect(['Running', 'submitted', 'Processing'].map(outcomeOf)).toEqual(
      Array(3).fill('in-progress'),
    );
    expect(outcomeOf('weird')).toBe('unknown');
  });

  it('humanizes event names keeping acronyms', () => {
    expect(humanize('AIVideoCoverComplete')).toBe('AI video cover complete');
    expect(humanize('UploadByURLComplete')).toBe('Upload by URL complete');
  });
});

describe('correlation', () => {
  const origin = { accountId: '1234567890123456', regionId: 'cn-shanghai', queue: 'vod-events' };
  const other = { accountId: '1234567890123456', regionId: 'ap-southeast-1', queue: 'mps-events' };

  it('groups an asset’s upload, transcodes and AI results across queues and regions', () => {
    const upload = classifyPayload({ EventType: 'FileUploadComplete', VideoId: 'v1' });
    const rendition = classifyPayload({
      EventType: 'StreamTranscodeComplete',
      VideoId: 'v1',
      JobId: 'j',
      Status: 'success',
    });
    const ai = classifyPayload({
      EventType: 'AIMediaAuditComplete',
      MediaId: 'v1',
      Status: 'success',
      Data: '{"Suggestion":"pass"}',
    });
    const keys = [
      correlationKey(upload, origin, 'm1'),
      correlationKey(rendition, origin, 'm2'),
      correlationKey(ai, other, 'm3'),
    ];
    expect(new Set(keys)).toEqual(new Set(['1234567890123456:asset:v1']));
    expect([upload, rendition, ai].map(timelineStage)).toEqual([0, 1, 4]);
  });

  it('keeps jobs, runs and unreadable messages in their own groups', () => {
    expect(
      correlationKey(
        classifyPayload({ JobId: 'j', Type: 'Transcode', State: 'Success' }),
        origin,
        'm',
      ),
    ).toBe('1234567890123456:mps-job:j');
    const unknown = classifyPayload({ hello: 'world' });
    expect(correlationKey(unknown, origin, 'm9')).toBe(
      '1234567890123456:message:1234567890123456/cn-shanghai/vod-events/m9',
    );
    expect(dedupeKey(origin, 'm9')).toBe('1234567890123456/cn-shanghai/vod-events/m9');
  });
});
