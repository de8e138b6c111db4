import type { DemoDestination } from './demo-message';
import { formatEventTime } from './event-time';
import { DEMO_QUEUES, DEMO_TOPIC, tagForFormat } from './demo-names';
import type { LifecycleContext, PlannedEvent } from './lifecycle-context';
import { summaryLine } from './summary-line';

/** The kinds of body a viewer has to survive without crashing or toasting (event-formats.md §4.1). */
export type OddKind =
  | 'non-json'
  | 'topic-text'
  | 'unknown-json'
  | 'unknown-vod-event'
  | 'ims-lookalike'
  | 'truncated-json'
  | 'base64-text';

/** One odd message: someone's test publish, a look-alike producer, or a damaged body. */
export function planOddMessage(ctx: LifecycleContext): PlannedEvent {
  const { values, timeline } = ctx;
  const at = timeline.point(0);
  const odd = values.weighted<OddKind>([
    ['non-json', 20],
    ['topic-text', 15],
    ['unknown-json', 15],
    ['unknown-vod-event', 15],
    ['ims-lookalike', 15],
    ['truncated-json', 10],
    ['base64-text', 10],
  ]);
  const queue = values.chance(0.5) ? DEMO_QUEUES.vod : DEMO_QUEUES.mps;
  let destination: DemoDestination = { queue };
  let body: string;
  let detail: string;
  switch (odd) {
    case 'non-json':
      body = values.pick([
        'test message, please ignore',
        'ping',
        'hello from ops: checking the queue is alive',
      ]);
      detail = 'plain text';
      break;
    case 'topic-text': {
      const format = values.pick(['SIMPLIFIED', 'JSON', 'XML'] as const);
      destination = { topic: DEMO_TOPIC, tag: tagForFormat(format) };
      body = 'Test message from the MNS console';
      detail = `console test publish (via topic/${format})`;
      break;
    }
    case 'unknown-json':
      body = JSON.stringify(
        values.pick<Record<string, string | number>>([
          { ping: 'mns-watch', sentAt: at.epochMs },
          { hello: 'world' },
          { status: 'ok', source: 'healthcheck' },
        ]),
      );
      detail = 'JSON with no known discriminator';
      break;
    case 'unknown-vod-event':
      destination = { queue: DEMO_QUEUES.vod };
      // Not a VOD event at all, but scripts and blog posts keep inventing it (event-formats.md §2.3).
      body = JSON.stringify({
        EventTime: formatEventTime(at.epochMs),
        EventType: 'AIVideoCoverComplete',
        VideoId: ctx.recent.at(-1)?.videoId ?? values.hex(32),
        Status: 'success',
        CoverUrl: `http://${ctx.storageHost}/cover/${values.hex(32)}.jpg`,
      });
      detail = 'unknown EventType AIVideoCoverComplete';
      break;
    case 'ims-lookalike':
      destination = { queue: DEMO_QUEUES.vod };
      body = JSON.stringify({
        EventType: 'MediaConvertComplete',
        UserId: values.digits(16),
        EventTime: formatEventTime(at.epochMs),
        MessageBody: { JobId: values.hex(32), Status: 'Success', Name: 'ims-convert' },
      });
      detail = 'IMS event (has MessageBody), not VOD';
      break;
    case 'truncated-json': {
      const full = JSON.stringify({
        EventTime: formatEventTime(at.epochMs),
        EventType: 'SnapshotComplete',
        VideoId: values.hex(32),
        Status: 'success',
        SnapshotInfos: [],
      });
      body = full.slice(0, values.int(30, full.length - 20));
      detail = 'truncated JSON';
      break;
    }
    case 'base64-text':
      body = Buffer.from(
        values.pick(['hello from a Java producer', 'job done: launch-teaser.mp4']),
        'utf8',
      ).toString('base64');
      detail = 'Base64 of plain text';
      break;
  }
  return {
    at,
    destination,
    body,
    kind: `odd/${odd}`,
    outcome: 'unknown',
    subject: `odd-${values.hex(8)}`,
    summary: summaryLine(
      'odd',
      odd,
      'topic' in destination ? DEMO_TOPIC : destination.queue,
      detail,
    ),
  };
}
