import type { MessageOrigin } from '../events/event-model';
import { isMnsError } from '../mns/mns-error';
import type { QueueClient } from '../mns/queue-client';
import type { ActionResult } from './action-result';
import { recordChanges } from './journal-port';
import type { JournalPort } from './journal-port';

/** Retries for user-initiated deletes: their own small policy, never behind poll backoff. */
const ATTEMPTS = 3;

interface Target {
  id: string;
  origin: MessageOrigin;
  receiptHandle: string;
}

/**
 * Deletes messages with their newest receipt handles, 16 per BatchDeleteMessage, and records each
 * outcome in the journal. Success means MNS answered 204 for that handle and nothing else.
 */
export async function deleteMessages(
  ids: string[],
  journal: JournalPort,
  clientFor: (origin: MessageOrigin) => QueueClient,
  pause: (ms: number) => Promise<void>,
): Promise<ActionResult[]> {
  const results = new Map<string, ActionResult>();
  const byQueue = new Map<string, Target[]>();
  for (const id of ids) {
    const entry = journal.get(id);
    if (entry?.receiptHandle === undefined) {
      results.set(id, {
        id,
        ok: false,
        failure: 'no-lease',
        message:
          'This message is not leased to MNS Watch (watch mode, or already gone), so it cannot be deleted from here.',
      });
      continue;
    }
    const origin = entry.message.origin;
    const key = `${origin.accountId}/${origin.regionId}/${origin.queue}`;
    byQueue.set(key, [
      ...(byQueue.get(key) ?? []),
      { id, origin, receiptHandle: entry.receiptHandle },
    ]);
  }
  for (const targets of byQueue.values()) {
    for (let i = 0; i < targets.length; i += 16) {
      for (const result of await deleteBatch(targets.slice(i, i + 16), clientFor, pause))
        results.set(result.id, result);
    }
  }
  // One journal write for the whole call where the journal allows it: a per-message fsync would
  // cost more than the deletes themselves under a burst.
  await recordChanges(
    journal,
    [...results.values()]
      .filter((result) => journal.get(result.id) !== undefined)
      .map((result) => ({
        id: result.id,
        patch: result.ok
          ? { state: 'deleted', lastError: undefined, leaseExpiresAt: undefined }
          : {
              state: result.failure === 'lease-expired' ? 'visible' : 'delete-failed',
              lastError: result.message,
            },
      })),
  );
  return ids.map(
    (id) => results.get(id) ?? { id, ok: false, failure: 'failed', message: 'No result.' },
  );
}

async function deleteBatch(
  targets: Target[],
  clientFor: (origin: MessageOrigin) => QueueClient,
  pause: (ms: number) => Promise<void>,
): Promise<ActionResult[]> {
  const first = targets[0];
  if (first === undefined) return [];
  const client = clientFor(first.origin);
  const done = new Map<string, ActionResult>();
  let pending = targets;
  // Once an attempt may have reached MNS without an answer, a later "no such handle" can mean our
  // own earlier delete worked (rule 13); before that, it means the lease was lost.
  let indeterminate = false;
  for (let attempt = 1; attempt <= ATTEMPTS && pending.length > 0; attempt += 1) {
    try {
      const outcomes = await client.deleteBatch(
        first.origin.queue,
        pending.map((t) => t.receiptHandle),
      );
      for (const [index, outcome] of outcomes.entries()) {
        const target = pending[index];
        if (target === undefined) continue;
        if (outcome.deleted || (outcome.stale && indeterminate))
          done.set(target.id, { id: target.id, ok: true });
        else if (outcome.stale) done.set(target.id, staleResult(target.id));
        else
          done.set(target.id, {
            id: target.id,
            ok: false,
            failure: 'failed',
            message: `MNS did not delete it: ${outcome.errorMessage} (${outcome.errorCode}).`,
          });
      }
      pending = [];
    } catch (error) {
      const retry = isMnsError(error) && error.retryable && attempt < ATTEMPTS;
      if (isMnsError(error) && error.indeterminate) indeterminate = true;
      if (!retry) {
        const message = error instanceof Error ? error.message : String(error);
        for (const target of pending)
          done.set(target.id, {
            id: target.id,
            ok: false,
            failure: 'failed',
            message: `Not deleted: ${message}`,
          });
        pending = [];
      } else {
        await pause(250 * 2 ** (attempt - 1) * (0.5 + Math.random()));
      }
    }
  }
  return targets.map(
    (t) => done.get(t.id) ?? { id: t.id, ok: false, failure: 'failed', message: 'Not deleted.' },
  );
}

function staleResult(id: string): ActionResult {
  return {
    id,
    ok: false,
    failure: 'lease-expired',
    message:
      'The lease on this message expired (or it was delivered again), so it was not deleted. It will reappear and can be deleted then.',
  };
}
