// Accounts (profiles) as settings hold them: which AccessKey (its ID only; the secret is in the
// credential vault), where the secret comes from, and which regions and queues to watch.
import { z } from 'zod';

import { isValidRegionId, suggestRegion } from '../mns/regions';
import { addDuplicateIssues, objectError } from './settings-issues';

// Upper bounds keep a hostile or corrupted file from growing memory without limit.
const MAX_REGIONS = 40;
const MAX_QUEUES = 200;

const QUEUE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/;
const ACCOUNT_ID = /^\d{5,20}$/;
const ACCESS_KEY_ID = /^[\x21-\x7e]{1,128}$/;
const CUSTOM_REGION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A trimmed, non-empty display name of at most 100 characters. */
export const nameSchema = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, { error: `expected a non-empty ${what}` })
    .max(100, { error: `expected ${what} of at most 100 characters` });

const bool = z.boolean({ error: 'expected true or false' });

const queueSchema = z
  .strictObject(
    {
      name: z.string({ error: 'expected a queue name' }).regex(QUEUE_NAME, {
        error:
          'expected a queue name: letters, digits and hyphens, up to 120, not starting with a hyphen',
      }),
      mode: z
        .enum(['watch', 'consume'], { error: "expected 'watch' or 'consume'" })
        .default('watch'),
      autoDeleteAfterJournal: bool.default(false),
      paused: bool.default(false),
    },
    { error: objectError },
  )
  .refine((queue) => queue.mode === 'consume' || !queue.autoDeleteAfterJournal, {
    error:
      "autoDeleteAfterJournal only applies to queues in 'consume' mode ('watch' never deletes)",
    path: ['autoDeleteAfterJournal'],
  });

const endpointUrl = z.string({ error: 'expected an endpoint URL' }).refine(isHttpUrl, {
  error: 'expected an http:// or https:// URL with nothing after the host and port',
});

const regionSchema = z
  .strictObject(
    {
      regionId: z
        .string({ error: 'expected a region id such as cn-hangzhou' })
        .trim()
        .toLowerCase(),
      endpoint: endpointUrl.optional(),
      queues: z
        .array(queueSchema, { error: 'expected a list of queues' })
        .max(MAX_QUEUES, { error: `expected at most ${MAX_QUEUES} queues` })
        .default(() => []),
    },
    { error: objectError },
  )
  .superRefine((region, context) => {
    // A custom endpoint (local server, proxy) names its own region; a real one must exist.
    const valid =
      region.endpoint !== undefined
        ? CUSTOM_REGION_ID.test(region.regionId)
        : isValidRegionId(region.regionId);
    if (!valid) {
      const suggestion = suggestRegion(region.regionId);
      context.addIssue({
        code: 'custom',
        path: ['regionId'],
        message: `unknown MNS region "${region.regionId}"${suggestion !== undefined ? ` (did you mean ${suggestion}?)` : ''}`,
      });
    }
    addDuplicateIssues(
      region.queues.map((queue) => queue.name),
      context,
      'queues',
      'queue',
    );
  });

/** One account (profile) in the settings file. */
export const accountSchema = z
  .strictObject(
    {
      id: z.uuid({ error: 'expected a UUID' }),
      name: nameSchema('account name'),
      accountId: z
        .string({ error: 'expected the numeric Alibaba Cloud account ID' })
        .trim()
        .regex(ACCOUNT_ID, {
          error: 'expected the numeric Alibaba Cloud account ID (UID), e.g. 1234567890123456',
        }),
      accessKeyId: z.string({ error: 'expected an AccessKey ID' }).trim().regex(ACCESS_KEY_ID, {
        error: 'expected an AccessKey ID (printable characters, no spaces)',
      }),
      credentialSource: z.enum(['keychain', 'session', 'demo'], {
        error: "expected 'keychain', 'session' or 'demo'",
      }),
      regions: z
        .array(regionSchema, { error: 'expected a list of regions' })
        .max(MAX_REGIONS, { error: `expected at most ${MAX_REGIONS} regions` })
        .default(() => []),
    },
    { error: objectError },
  )
  .superRefine((account, context) => {
    const keys = account.regions.map((region) =>
      region.endpoint === undefined ? region.regionId : `${region.regionId} at ${region.endpoint}`,
    );
    addDuplicateIssues(keys, context, 'regions', 'region');
  });

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.pathname === '/' || url.pathname === '') &&
      url.search === '' &&
      url.hash === '' &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}
