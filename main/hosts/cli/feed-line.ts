import type { ReceivedMessage } from '../../engine/mns/queue-client';

/** One terminal line for a message: time, queue, event type when the body says, and a body preview. */
export function formatFeedLine(queue: string, message: ReceivedMessage): string {
  const time = new Date(message.enqueueTime).toISOString().slice(11, 19);
  const preview = message.body.replace(/\s+/g, ' ').slice(0, 90);
  return `${time}  ${queue.padEnd(20)}  ${eventType(message.body).padEnd(28)}  ${preview}`;
}

function eventType(body: string): string {
  const match = /"(?:EventType|Type|type)"\s*:\s*"([^"]{1,40})"/.exec(body);
  if (match?.[1] !== undefined) return match[1];
  return body.trimStart().startsWith('<') ? '(XML)' : '(text)';
}
