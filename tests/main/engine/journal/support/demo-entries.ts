// Realistic journal entries: demo-traffic bodies wrapped as received MNS messages and classified
// by the real classifier, so the journal is tested on the shapes it will store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { classifyMessage } from '../../../../../main/engine/events/classify-message';
import type { MessageOrigin } from '../../../../../main/engine/events/event-model';
import type { ReceivedMessage } from '../../../../../main/engine/mns/queue-client';
import type { JournalEntry, MessageState } from '../../../../../main/engine/journal';
import { DEFAULT_DEMO_START_MS, generateDemoMessages } from '../../../../../main/local-mns/demo';

/** The account every demo entry belongs to. */
export const ACCOUNT = '1234567890123456';
/** When the demo traffic starts (epoch ms). */
export const START_MS = DEFAULT_DEMO_START_MS;

/** How to build demo entries. */
export interface DemoEntryOptions {
  /** Distinguishes message ids between calls with the same seed. */
  prefix?: string;
  regionId?: string;
  accountId?: string;
  /** When MNS Watch saw them (default: each message's enqueue time). */
  seenAt?: number;
  state?: MessageState;
  leaseMs?: number;
}

/** `count` classified entries from the demo traffic seeded with `seed`. */
export function demoEntries(
  seed: number | string,
  count: number,
  options: DemoEntryOptions = {},
): JournalEntry[] {
  const accountId = options.accountId ?? ACCOUNT;
  return generateDemoMessages(seed, count, { accountId }).map((demo, i) => {
    const queue = 'queue' in demo.destination ? demo.destination.queue : 'mns-watch-demo-topic';
    const origin: MessageOrigin = { accountId, regionId: options.regionId ?? 'cn-shanghai', queue };
    const messageId = messageIdFor(`${options.prefix ?? 'm'}-${seed}`, i);
    const enqueueTime = START_MS + demo.atMs;
    const seenAt = options.seenAt ?? enqueueTime;
    return entryFor(
      received(messageId, demo.body, enqueueTime, `1-${messageId}-1`, 1, seenAt),
      origin,
      seenAt,
      options.state ?? 'leased',
      seenAt + (options.leaseMs ?? 30_000),
    );
  });
}

/** An entry for a message with exactly `body`, enqueued at `enqueueTime`. */
export function bodyEntry(
  messageId: string,
  body: string,
  enqueueTime: number,
  origin: MessageOrigin = { accountId: ACCOUNT, regionId: 'cn-shanghai', queue: 'custom-queue' },
): JournalEntry {
  const handle = `1-${messageId}-1`;
  const message = received(messageId, body, enqueueTime, handle, 1, enqueueTime);
  return entryFor(message, origin, enqueueTime, 'leased', enqueueTime + 30_000);
}

/**
 * `count` entries made from `originals` under fresh ids (classifying is what makes big fixtures
 * slow), seen one second apart from `seenFrom` in the order given.
 */
export function copiesOf(
  originals: readonly JournalEntry[],
  count: number,
  prefix: string,
  seenFrom = START_MS,
): JournalEntry[] {
  return Array.from({ length: count }, (_, n) => {
    const original = originals[n % originals.length] as JournalEntry;
    const { message } = original;
    const messageId = `${prefix}-${n}`;
    const { accountId, regionId, queue } = message.origin;
    const id = `${accountId}/${regionId}/${queue}/${messageId}`;
    const seenAt = seenFrom + n * 1000;
    return {
      ...original,
      id,
      firstSeenAt: seenAt,
      lastSeenAt: seenAt,
      message: { ...message, id, envelope: { ...message.envelope, messageId } },
    };
  });
}

/** A later delivery of the message in `entry`: a new receipt handle, one more dequeue. */
export function redelivery(entry: JournalEntry, seenAt: number, handle: string): JournalEntry {
  const { envelope, decoded, origin } = entry.message;
  const message = received(
    envelope.messageId,
    decoded.raw,
    envelope.enqueueTime,
    handle,
    envelope.dequeueCount + 1,
    seenAt,
  );
  return entryFor(message, origin, seenAt, 'leased', seenAt + 30_000);
}

/** A peek of the message in `entry`: no handle, no lease. */
export function peekOf(entry: JournalEntry, seenAt: number): JournalEntry {
  const { envelope, decoded, origin } = entry.message;
  const {
    receiptHandle: _handle,
    nextVisibleTime: _visible,
    ...peeked
  } = received(
    envelope.messageId,
    decoded.raw,
    envelope.enqueueTime,
    '',
    envelope.dequeueCount,
    seenAt,
  );
  const message = classifyMessage(peeked, origin);
  return {
    id: message.id,
    message,
    state: 'peeked',
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    receiptHandle: undefined,
    leaseExpiresAt: undefined,
    deliveries: 1,
    lastError: undefined,
  };
}

function entryFor(
  message: ReceivedMessage,
  origin: MessageOrigin,
  seenAt: number,
  state: MessageState,
  leaseExpiresAt: number,
): JournalEntry {
  const classified = classifyMessage(message, origin);
  return {
    id: classified.id,
    message: classified,
    state,
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    receiptHandle: message.receiptHandle,
    leaseExpiresAt,
    deliveries: 1,
    lastError: undefined,
  };
}

function received(
  messageId: string,
  body: string,
  enqueueTime: number,
  receiptHandle: string,
  dequeueCount: number,
  seenAt: number,
): ReceivedMessage {
  const rawXml =
    `<Message><MessageId>${messageId}</MessageId><ReceiptHandle>${receiptHandle}</ReceiptHandle>` +
    `<MessageBody>${escapeXml(body)}</MessageBody><EnqueueTime>${enqueueTime}</EnqueueTime>` +
    `<DequeueCount>${dequeueCount}</DequeueCount></Message>`;
  return {
    messageId,
    receiptHandle,
    body,
    bodyMd5: 'D41D8CD98F00B204E9800998ECF8427E',
    enqueueTime,
    firstDequeueTime: enqueueTime + 5,
    nextVisibleTime: seenAt + 30_000,
    dequeueCount,
    priority: 8,
    rawXml,
  };
}

function messageIdFor(prefix: string, i: number): string {
  return `${prefix}-${i.toString(16).padStart(8, '0')}`.toUpperCase();
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Fresh temporary directories, removed by `cleanup`. */
export function tempDirs(): { make: () => Promise<string>; cleanup: () => Promise<void> } {
  const made: string[] = [];
  return {
    make: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mns-watch-journal-'));
      made.push(dir);
      return join(dir, 'journal');
    },
    cleanup: async () => {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
