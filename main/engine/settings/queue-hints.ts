// The words the connection test adds about a queue: what is in it, or, when it does not exist,
// which queues do (queue names are case-sensitive, and a near miss is the usual mistake).
import type { QueueAttributes, QueueClient } from '../mns/queue-client';

// Enough to spot a case-only difference without paging through a large account.
const LOOKUP_PAGE = 50;
const SHOWN = 5;

/** "Queue "jobs" exists: 3 messages waiting, 1 being processed, 0 delayed." */
export function describeQueue(attributes: QueueAttributes): string {
  const { name, activeMessages, inactiveMessages, delayMessages } = attributes;
  return `Queue "${name}" exists: ${count(activeMessages)} waiting, ${count(inactiveMessages)} being processed (received and not yet deleted), ${count(delayMessages)} delayed.`;
}

/** Which queues exist instead, and the likely intended one; empty when they cannot be listed. */
export async function missingQueueHint(
  client: QueueClient,
  queue: string,
  signal: AbortSignal | undefined,
): Promise<string> {
  let names: string[];
  let more: boolean;
  try {
    const page = await client.listQueues({ pageSize: LOOKUP_PAGE, signal });
    names = page.queues.map((entry) => entry.name);
    more = page.nextMarker !== undefined;
  } catch {
    return '';
  }
  if (names.length === 0) return 'There are no queues in this account and region.';
  const nearMiss = names.find((name) => name.toLowerCase() === queue.toLowerCase());
  const shown = names.slice(0, SHOWN).map((name) => `"${name}"`);
  const rest = more || names.length > SHOWN ? ' and more' : '';
  const hint = `Queues that do exist here: ${shown.join(', ')}${rest}.`;
  return nearMiss !== undefined
    ? `Did you mean "${nearMiss}"? Queue names are case-sensitive. ${hint}`
    : hint;
}

function count(messages: number): string {
  return `${messages} message${messages === 1 ? '' : 's'}`;
}
