// What a user can set about desktop notifications, the defaults, and the one runtime check that
// settings files and IPC input go through before the decision code ever sees them.
//
// Validation is strict on purpose: an unknown key ("mutedKind") is an error, not silently dropped, so
// a typo in a hand-edited settings file or a drifting renderer shows up instead of a setting that
// quietly does nothing. Missing keys take their defaults, so a file written by an older version
// (before a key existed) still loads.
import { z } from 'zod';

import type { EventKind, MessageOrigin } from '../events/event-model';

/** Which finished events notify. */
export type NotificationMode = 'default' | 'failures-only';

/** A daily quiet period in local time, `HH:MM` 24-hour; may wrap midnight; start === end means off. */
export interface QuietHours {
  start: string;
  end: string;
}

/** Everything a user can set about desktop notifications. */
export interface NotificationPreferences {
  /** Master switch. */
  enabled: boolean;
  /**
   * `default`: final transcode and AI events that succeeded, partly failed or failed (§4.2).
   * `failures-only`: the same events, but only when they failed or partly failed.
   */
  mode: NotificationMode;
  /** Also notify final failures (and partial failures) of any other kind: snapshot, upload, analysis… */
  anyFailure: boolean;
  /** Kinds never notified. */
  mutedKinds: EventKind[];
  /** Queue keys (see `queueKey`) never notified. */
  mutedQueues: string[];
  /** Epoch ms until which nothing notifies; at or after this instant the mute has expired. */
  mutedUntil?: number;
  /** Daily quiet period; absent means none. */
  quietHours?: QuietHours;
}

/** Preferences for a fresh install: the §4.2 default policy, nothing muted. */
export const DEFAULT_NOTIFICATION_PREFERENCES: Readonly<NotificationPreferences> = Object.freeze({
  enabled: true,
  mode: 'default',
  anyFailure: false,
  mutedKinds: [],
  mutedQueues: [],
});

/** Every event kind, in the order the UI lists them. */
export const EVENT_KINDS = [
  'transcode',
  'ai',
  'snapshot',
  'upload',
  'audit',
  'live',
  'other',
] as const satisfies readonly EventKind[];

// Fails to compile when the event model gains a kind this list does not have.
const everyKindListed: Exclude<EventKind, (typeof EVENT_KINDS)[number]> extends never
  ? true
  : never = true;
void everyKindListed;

/** The identity of a queue in `mutedQueues`: `${accountId}/${regionId}/${queue}`. */
export function queueKey(origin: MessageOrigin): string {
  return `${origin.accountId}/${origin.regionId}/${origin.queue}`;
}

/** Matches `HH:MM` from 00:00 to 23:59. */
export const CLOCK_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

// Upper bounds keep a hostile or corrupted settings file from growing memory without limit.
const MAX_MUTED_QUEUES = 1000;
const MAX_QUEUE_KEY_LENGTH = 512;
// The largest instant a JS Date can hold.
const MAX_EPOCH_MS = 8.64e15;

const clockTime = z
  .string({ error: 'expected a time as HH:MM' })
  .regex(CLOCK_TIME_PATTERN, { error: 'expected a time as HH:MM between 00:00 and 23:59' });

const schema = z.strictObject(
  {
    enabled: z.boolean({ error: 'expected true or false' }).default(true),
    mode: z
      .enum(['default', 'failures-only'], { error: "expected 'default' or 'failures-only'" })
      .default('default'),
    anyFailure: z.boolean({ error: 'expected true or false' }).default(false),
    mutedKinds: z
      .array(z.enum(EVENT_KINDS, { error: `expected one of ${EVENT_KINDS.join(', ')}` }), {
        error: 'expected a list of event kinds',
      })
      .default(() => []),
    mutedQueues: z
      .array(
        z
          .string({ error: 'expected a queue key' })
          .min(1, { error: 'expected a non-empty queue key' })
          .max(MAX_QUEUE_KEY_LENGTH, {
            error: `expected at most ${MAX_QUEUE_KEY_LENGTH} characters`,
          }),
        { error: 'expected a list of queue keys' },
      )
      .max(MAX_MUTED_QUEUES, { error: `expected at most ${MAX_MUTED_QUEUES} muted queues` })
      .default(() => []),
    mutedUntil: z
      .number({ error: 'expected an epoch time in milliseconds' })
      .int({ error: 'expected a whole number of milliseconds' })
      .min(0, { error: 'expected an epoch time in milliseconds' })
      .max(MAX_EPOCH_MS, { error: 'expected an epoch time in milliseconds' })
      .optional(),
    quietHours: z
      .strictObject(
        { start: clockTime, end: clockTime },
        {
          error: (issue) => (issue.code === 'invalid_type' ? 'expected { start, end }' : undefined),
        },
      )
      .optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'expected an object' : undefined) },
);

/** The result of `parseNotificationPreferences`. */
export type ParsedPreferences =
  { ok: true; value: NotificationPreferences } | { ok: false; error: string };

/** Checks untrusted input (a settings file, an IPC argument) and fills missing keys with defaults. */
export function parseNotificationPreferences(input: unknown): ParsedPreferences {
  const result = schema.safeParse(input);
  if (!result.success) {
    return { ok: false, error: result.error.issues.map(describeIssue).join('; ') };
  }
  const { mutedUntil, quietHours, ...rest } = result.data;
  // Built key by key so an explicit `undefined` never appears (exactOptionalPropertyTypes).
  const value: NotificationPreferences = {
    ...rest,
    mutedKinds: [...new Set(rest.mutedKinds)],
    mutedQueues: [...new Set(rest.mutedQueues)],
  };
  if (mutedUntil !== undefined) value.mutedUntil = mutedUntil;
  if (quietHours !== undefined) value.quietHours = { start: quietHours.start, end: quietHours.end };
  return { ok: true, value };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return `${where}: unknown setting ${keys}`;
  }
  return `${where}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = 'preferences';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  }
  return text;
}
