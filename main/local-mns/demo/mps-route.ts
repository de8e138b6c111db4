import type { DemoDestination } from './demo-message';
import { DEMO_QUEUES, DEMO_TOPIC, tagForFormat } from './demo-names';
import type { NotifyContentFormat } from './demo-sink';
import type { RandomValues } from './random-values';

/** How one MPS pipeline's notifications reach the MPS queue. */
export interface MpsRoute {
  readonly destination: DemoDestination;
  /** The publisher Base64-encodes bodies (Java SDK default TopicMessage, or a relay using it). */
  readonly base64: boolean;
  /** For log lines: `queue`, `topic/XML`, `topic/JSON+base64`, … */
  readonly label: string;
}

/** Pick a pipeline's NotifyConfig: direct to the queue, or through the topic in one envelope format. */
export function pickMpsRoute(values: RandomValues): MpsRoute {
  const via = values.weighted<'queue' | NotifyContentFormat>([
    ['queue', 45],
    ['JSON', 20],
    ['XML', 20],
    ['SIMPLIFIED', 15],
  ]);
  if (via === 'queue') {
    const base64 = values.chance(0.05);
    return {
      destination: { queue: DEMO_QUEUES.mps },
      base64,
      label: base64 ? 'queue+base64' : 'queue',
    };
  }
  // Alibaba's guidance pairs SIMPLIFIED with raw publishing; Base64 shows up with the XML/JSON envelopes.
  const base64 = via !== 'SIMPLIFIED' && values.chance(0.15);
  return {
    destination: { topic: DEMO_TOPIC, tag: tagForFormat(via) },
    base64,
    label: `topic/${via}${base64 ? '+base64' : ''}`,
  };
}

/** Apply the route's body encoding. */
export function encodeForRoute(route: MpsRoute, payload: object): string {
  const json = JSON.stringify(payload);
  return route.base64 ? Buffer.from(json, 'utf8').toString('base64') : json;
}
