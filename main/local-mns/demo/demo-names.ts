import type { NotifyContentFormat } from './demo-sink';

/** The two demo queues: VOD writes straight into one, MPS notifies the other (directly or via the topic). */
export const DEMO_QUEUES = {
  vod: 'mns-watch-demo-vod',
  mps: 'mns-watch-demo-mps',
} as const;

/** The topic MPS pipelines publish to when their NotifyConfig names a topic instead of a queue. */
export const DEMO_TOPIC = 'mns-watch-demo-mps-topic';

/** One topic → queue subscription of the demo setup. */
export interface DemoSubscription {
  readonly name: string;
  readonly queue: string;
  readonly format: NotifyContentFormat;
  /** MessageTag that selects this subscription (MNS FilterTag, at most 16 characters). */
  readonly filterTag: string;
}

// One subscription per envelope format, each with its own FilterTag, so a published message lands in
// the MPS queue exactly once and the publisher decides which envelope the viewer has to unwrap.
/** The demo topic's subscriptions, one per NotifyContentFormat, all pushing into the MPS queue. */
export const DEMO_SUBSCRIPTIONS: readonly [DemoSubscription, DemoSubscription, DemoSubscription] = [
  { name: 'mns-watch-demo-json', queue: DEMO_QUEUES.mps, format: 'JSON', filterTag: 'demo-json' },
  { name: 'mns-watch-demo-xml', queue: DEMO_QUEUES.mps, format: 'XML', filterTag: 'demo-xml' },
  {
    name: 'mns-watch-demo-simplified',
    queue: DEMO_QUEUES.mps,
    format: 'SIMPLIFIED',
    filterTag: 'demo-simplified',
  },
];

/** The MessageTag to publish with so a message reaches the queue in the given envelope format. */
export function tagForFormat(format: NotifyContentFormat): string {
  const match = DEMO_SUBSCRIPTIONS.find((subscription) => subscription.format === format);
  return match ? match.filterTag : DEMO_SUBSCRIPTIONS[0].filterTag;
}
