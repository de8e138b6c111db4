// How a redelivery or a patch changes a stored entry. The journal recognises a redelivery by its
// id alone: callers pass every delivery (or peek) as a fresh entry and the journal merges.
import { mutableOf, withMutation } from './entry-codec';
import type { JournalEntry } from './journal-entry';
import type { JournalPatch } from './journal-types';

/** Merges `incoming`, a new delivery (or peek) of the message in `stored`. */
export function mergeDelivery(stored: JournalEntry, incoming: JournalEntry): JournalEntry {
  // The stored message (body, event, first envelope) and firstSeenAt stay; deliveries add up. A
  // receive seen at least as late as the stored one brings its receipt handle and lease, and puts
  // the entry back to `leased` unless it was deleted. A peek (no handle) changes no lease or state.
  const fields = mutableOf(stored);
  const takesLease =
    incoming.receiptHandle !== undefined && incoming.lastSeenAt >= stored.lastSeenAt;
  const envelope = incoming.message.envelope;
  fields.firstSeenAt = Math.min(stored.firstSeenAt, incoming.firstSeenAt);
  fields.lastSeenAt = Math.max(stored.lastSeenAt, incoming.lastSeenAt);
  fields.deliveries = stored.deliveries + incoming.deliveries;
  fields.dequeueCount = Math.max(fields.dequeueCount, envelope.dequeueCount);
  if (takesLease) {
    fields.receiptHandle = incoming.receiptHandle;
    fields.leaseExpiresAt = incoming.leaseExpiresAt;
    fields.envelopeHandle = envelope.receiptHandle;
    fields.nextVisibleTime = envelope.nextVisibleTime;
    if (stored.state !== 'deleted') fields.state = 'leased';
  }
  return withMutation(stored, fields);
}

/** Applies `patch` to `stored`; a key present with `undefined` clears that field. */
export function applyPatch(stored: JournalEntry, patch: JournalPatch): JournalEntry {
  const fields = mutableOf(stored);
  if (patch.state !== undefined) fields.state = patch.state;
  if ('receiptHandle' in patch) fields.receiptHandle = patch.receiptHandle;
  if ('leaseExpiresAt' in patch) fields.leaseExpiresAt = patch.leaseExpiresAt;
  if ('lastError' in patch) fields.lastError = patch.lastError;
  return withMutation(stored, fields);
}

/** True when two entries differ in a field a `mut` record stores. */
export function mutableChanged(a: JournalEntry, b: JournalEntry): boolean {
  const x = mutableOf(a);
  const y = mutableOf(b);
  return (Object.keys(x) as (keyof typeof x)[]).some((key) => x[key] !== y[key]);
}
