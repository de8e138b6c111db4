import type { MessageOrigin } from '../events/event-model';
import { isMnsError } from '../mns/mns-error';
import type { QueueClient } from '../mns/queue-client';
import type { ActionResult } from './action-result';
import type { JournalPort } from './journal-port';

/** The shortest visibility MNS accepts: "release" means visible again one second from now. */
export const RELEASE_SECONDS = 1;

/**
 * Changes one message's lease to `seconds` from now (1 = release, more = extend) with its newest
 * handle, and records the new handle and expiry, or the failure, in the journal.
 */
export async function changeLease(
  id: string,
  seconds: number,
  journal: JournalPort,
  clientFor: (origin: MessageOrigin) => QueueClient,
): Promise<ActionResult> {
  const entry = journal.get(id);
  if (entry?.receiptHandle === undefined || entry.state === 'deleted') {
    return {
      id,
      ok: false,
      failure: 'no-lease',
      message:
        'This message is not leased to MNS Watch, so its visibility cannot be changed from here.',
    };
  }
  const origin = entry.message.origin;
  try {
    const change = await clientFor(origin).changeVisibility(
      origin.queue,
      entry.receiptHandle,
      seconds,
    );
    await journal.update(id, {
      receiptHandle: change.receiptHandle,
      leaseExpiresAt: change.nextVisibleTime,
      state: seconds === RELEASE_SECONDS ? 'visible' : 'leased',
      lastError: undefined,
    });
    return { id, ok: true };
  } catch (error) {
    if (isMnsError(error, 'stale-receipt')) {
      const message =
        'The lease on this message already expired (or it was delivered again), so nothing changed. It will reappear on its next delivery.';
      await journal.update(id, { state: 'visible', lastError: message });
      return { id, ok: false, failure: 'lease-expired', message };
    }
    const message = error instanceof Error ? error.message : String(error);
    await journal.update(id, { lastError: message });
    return { id, ok: false, failure: 'failed', message };
  }
}

/** How long a lease has left, for the UI countdown; undefined when the message holds no lease. */
export function leaseSecondsLeft(
  leaseExpiresAt: number | undefined,
  now: number,
): number | undefined {
  return leaseExpiresAt === undefined
    ? undefined
    : Math.max(0, Math.ceil((leaseExpiresAt - now) / 1000));
}
