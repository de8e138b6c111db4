// Runtime checks of every argument the renderer sends. The renderer is trusted code, but a
// compromised page must not reach the engine with shapes it does not expect, so every call is
// parsed strictly (unknown keys rejected) with bounded sizes before anything runs.
import { z } from 'zod';

const MAX_IDS = 10_000;
const id = z.string().min(1).max(1024);
const name = z.string().max(200);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(1000).optional();

/** A feed query as the renderer may send it. */
export const feedQuerySchema = z.strictObject({
  text: z.string().max(1000).optional(),
  outcomes: list(z.enum(['success', 'partial', 'failure', 'in-progress', 'unknown'])),
  kinds: list(z.enum(['upload', 'transcode', 'snapshot', 'ai', 'audit', 'live', 'other'])),
  sources: list(z.enum(['vod', 'mps-job', 'mps-workflow', 'ims', 'unknown'])),
  eventTypes: list(name),
  accountIds: list(name),
  regionIds: list(name),
  queues: list(name),
  states: list(z.enum(['leased', 'peeked', 'visible', 'deleting', 'deleted', 'delete-failed'])),
  from: z.number().finite().optional(),
  to: z.number().finite().optional(),
  correlationKey: z.string().max(1024).optional(),
  limit: z.number().int().min(0).max(1000).optional(),
  offset: z.number().int().min(0).optional(),
});

const endpointSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('region'), accountId: z.string().max(40), regionId: name }),
  z.strictObject({
    kind: z.literal('url'),
    url: z.string().max(2048),
    accountId: z.string().max(40).optional(),
  }),
]);

const credentialInput = z.strictObject({
  accessKeyId: z.string().max(256),
  accessKeySecret: z.string().max(1024),
});

const credentialsOrProfile = z.union([credentialInput, z.strictObject({ profileId: id })]);

const notificationsSchema = z.strictObject({
  enabled: z.boolean(),
  mode: z.enum(['default', 'failures-only']),
  anyFailure: z.boolean(),
  mutedKinds: z.array(z.enum(['upload', 'transcode', 'snapshot', 'ai', 'audit', 'live', 'other'])),
  mutedQueues: z.array(z.string().max(400)).max(1000),
  mutedUntil: z.number().finite().optional(),
  quietHours: z.strictObject({ start: z.string().max(5), end: z.string().max(5) }).optional(),
});

const displaySchema = z.strictObject({
  timeZone: z.enum(['local', 'utc']),
  theme: z.enum(['system', 'light', 'dark']),
  language: z.enum(['en', 'zh-CN']),
});

const none = z.union([z.undefined(), z.null()]).transform(() => undefined);

/** The argument schema of every engine call. */
export const PARAMS = {
  appInfo: none,
  queryFeed: feedQuerySchema,
  getEvent: z.strictObject({ id }),
  statuses: none,
  deleteMessages: z.strictObject({ ids: z.array(id).min(1).max(MAX_IDS) }),
  undoDelete: z.strictObject({ ticket: z.string().max(100) }),
  releaseMessage: z.strictObject({ id }),
  extendLease: z.strictObject({ id, seconds: z.number().int().min(1).max(43_200) }),
  exportEvents: z
    .strictObject({
      ids: z.array(id).max(100_000).optional(),
      query: feedQuerySchema.optional(),
      format: z.enum(['jsonl', 'csv']),
    })
    .refine((request) => (request.ids === undefined) !== (request.query === undefined), {
      message: 'export either ids or a query',
    }),
  pauseQueue: z.strictObject({ key: z.string().max(400).optional() }),
  resumeQueue: z.strictObject({ key: z.string().max(400).optional() }),
  retryQueue: z.strictObject({ key: z.string().max(400).optional() }),
  getSettings: none,
  regions: none,
  testConnection: z.strictObject({
    endpoint: endpointSchema,
    credentials: credentialsOrProfile,
    queue: z.string().max(200).optional(),
  }),
  listQueues: z.strictObject({ endpoint: endpointSchema, credentials: credentialsOrProfile }),
  importableCredentials: none,
  saveAccount: z.strictObject({
    id: id.optional(),
    name: z.string().max(200),
    accountId: z.string().max(40),
    endpoint: endpointSchema,
    queues: z
      .array(z.strictObject({ name, mode: z.enum(['watch', 'consume']) }))
      .min(1, 'Choose at least one queue.')
      .max(200),
    credentials: credentialInput.optional(),
    sessionOnly: z.boolean().optional(),
  }),
  removeAccount: z.strictObject({ id }),
  setQueueMode: z.strictObject({
    profileId: id,
    regionId: name,
    queue: name,
    mode: z.enum(['watch', 'consume']).optional(),
    autoDeleteAfterJournal: z.boolean().optional(),
    paused: z.boolean().optional(),
  }),
  updatePreferences: z.strictObject({
    notifications: notificationsSchema.optional(),
    journal: z
      .strictObject({ maxEntries: z.number().int(), maxAgeDays: z.number().int() })
      .optional(),
    display: displaySchema.optional(),
  }),
  saveFilters: z.strictObject({
    filters: z.array(z.strictObject({ name, query: feedQuerySchema })).max(200),
  }),
  setStartAtLogin: z.strictObject({ enabled: z.boolean() }),
  startDemo: none,
} as const;

/** Parses one call's argument, or throws an error naming the problem. */
export function parseParams<M extends keyof typeof PARAMS>(
  method: M,
  params: unknown,
): z.output<(typeof PARAMS)[M]> {
  const result = PARAMS[method].safeParse(params);
  if (result.success) return result.data as z.output<(typeof PARAMS)[M]>;
  const issue = result.error.issues[0];
  const where = issue !== undefined && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new Error(`Invalid request to ${method}${where}: ${issue?.message ?? 'bad arguments'}`);
}
