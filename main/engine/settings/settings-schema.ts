// The settings document and its one runtime check. Like the notification preferences, objects are
// strict (an unknown key is an error, so a hand-edit typo shows up instead of silently doing
// nothing) and missing keys take defaults (so a file from before a key existed still loads).
// Secrets are not in here at all: they live in the credential vault.
import { z } from 'zod';

import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  parseNotificationPreferences,
} from '../notifications/notification-preferences';
import { accountSchema, nameSchema } from './account-schema';
import { addDuplicateIssues, describeIssues, objectError } from './settings-issues';

/** The settings format this build writes; older files are migrated up to it on load. */
export const SETTINGS_VERSION = 1;

// Upper bounds keep a hostile or corrupted file from growing memory without limit.
const MAX_ACCOUNTS = 50;
const MAX_FILTERS = 200;
const MAX_FILTER_JSON = 16 * 1024;

const savedFilterSchema = z.strictObject(
  {
    name: nameSchema('filter name'),
    filter: z
      .record(z.string(), z.json(), { error: 'expected a filter object' })
      .refine((filter) => JSON.stringify(filter).length <= MAX_FILTER_JSON, {
        error: `expected a filter of at most ${MAX_FILTER_JSON / 1024} KB`,
      }),
  },
  { error: objectError },
);

const notificationsSchema = z
  .unknown()
  .optional()
  .transform((input, context) => {
    const parsed = parseNotificationPreferences(input ?? {});
    if (parsed.ok) return parsed.value;
    // Its messages already say where ("preferences.mode: …"); re-rooted under this document.
    context.addIssue({
      code: 'custom',
      message: parsed.error.replace(/(^|; )preferences/g, '$1settings.notifications'),
      params: { verbatim: true },
    });
    return z.NEVER;
  });

const settingsSchema = z
  .strictObject(
    {
      version: z.literal(SETTINGS_VERSION, { error: `expected ${SETTINGS_VERSION}` }),
      accounts: z
        .array(accountSchema, { error: 'expected a list of accounts' })
        .max(MAX_ACCOUNTS, { error: `expected at most ${MAX_ACCOUNTS} accounts` })
        .default(() => []),
      journal: z
        .strictObject(
          {
            maxEntries: z
              .number({ error: 'expected a number of entries' })
              .int({ error: 'expected a whole number' })
              .min(100, { error: 'expected at least 100 entries' })
              .max(1_000_000, { error: 'expected at most 1000000 entries' })
              .default(10_000),
            maxAgeDays: z
              .number({ error: 'expected a number of days' })
              .int({ error: 'expected a whole number of days' })
              .min(1, { error: 'expected at least 1 day' })
              .max(3650, { error: 'expected at most 3650 days' })
              .default(30),
          },
          { error: objectError },
        )
        .default(() => ({ maxEntries: 10_000, maxAgeDays: 30 })),
      notifications: notificationsSchema,
      display: z
        .strictObject(
          {
            timeZone: z
              .enum(['local', 'utc'], { error: "expected 'local' or 'utc'" })
              .default('local'),
            theme: z
              .enum(['system', 'light', 'dark'], { error: "expected 'system', 'light' or 'dark'" })
              .default('system'),
            language: z.enum(['en', 'zh-CN'], { error: "expected 'en' or 'zh-CN'" }).default('en'),
          },
          { error: objectError },
        )
        .default(() => ({
          timeZone: 'local' as const,
          theme: 'system' as const,
          language: 'en' as const,
        })),
      savedFilters: z
        .array(savedFilterSchema, { error: 'expected a list of saved filters' })
        .max(MAX_FILTERS, { error: `expected at most ${MAX_FILTERS} saved filters` })
        .default(() => []),
    },
    { error: objectError },
  )
  .superRefine((settings, context) => {
    addDuplicateIssues(
      settings.accounts.map((account) => account.id),
      context,
      'accounts',
      'account id',
    );
    addDuplicateIssues(
      settings.savedFilters.map((filter) => filter.name),
      context,
      'savedFilters',
      'filter name',
    );
  });

/** The app's non-secret settings, as stored in settings.json. */
export type Settings = z.output<typeof settingsSchema>;
/** One account (profile): which keys, which regions and queues. */
export type AccountSettings = Settings['accounts'][number];
/** One region of an account, optionally at a custom endpoint. */
export type RegionSettings = AccountSettings['regions'][number];
/** One watched queue and how it is read. */
export type QueueSettings = RegionSettings['queues'][number];
/** A named filter; its shape belongs to the filter code, not to settings. */
export type SavedFilter = Settings['savedFilters'][number];

/** The settings of a fresh install: no accounts, default retention, notifications and display. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    accounts: [],
    journal: { maxEntries: 10_000, maxAgeDays: 30 },
    notifications: {
      ...DEFAULT_NOTIFICATION_PREFERENCES,
      mutedKinds: [],
      mutedQueues: [],
    },
    display: { timeZone: 'local', theme: 'system', language: 'en' },
    savedFilters: [],
  };
}

/** The result of `parseSettings`: the checked settings, or every problem with its place. */
export type ParsedSettings = { ok: true; value: Settings } | { ok: false; error: string };

/** Checks a current-version document (a file, an IPC argument) and fills missing keys with defaults. */
export function parseSettings(input: unknown): ParsedSettings {
  const result = settingsSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: describeIssues(result.error.issues) };
}
