// The spec-derived fixture corpus (tests/fixtures/events): every raw body goes through decodeBody →
// classifyDecoded → isDefaultNotifiable, and the result must match the expectation written next to it
// from event-formats.md (§1–4), independently of the decoder's code. See tests/fixtures/events/README.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

import { classifyDecoded } from '../../../../main/engine/events/classify-event';
import { decodeBody } from '../../../../main/engine/events/decode-body';
import type {
  DecodeLayer,
  EventKind,
  EventOutcome,
  EventSource,
  EventSummary,
  NormalizedEvent,
} from '../../../../main/engine/events/event-model';
import { isDefaultNotifiable } from '../../../../main/engine/notifications';
import { SPEC_VOD_EVENT_TYPES } from '../../../support/vod-event-types';

const ROOT = join(__dirname, '../../../fixtures/events');
const EXPECTED_SUFFIX = '.expected.json';
const RAW_EXTS = ['json', 'txt', 'xml', 'bin'] as const;
type RawExt = (typeof RAW_EXTS)[number];

// The enumerations, tied to the model types: a value missing here (or a stray one) fails to compile.
type Exhaustive<T, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? L : never;
const SOURCES = ['vod', 'mps-job', 'mps-workflow', 'ims', 'unknown'] as const;
const KINDS = ['upload', 'transcode', 'snapshot', 'ai', 'audit', 'live', 'other'] as const;
const OUTCOMES = ['success', 'partial', 'failure', 'in-progress', 'unknown'] as const;
const LAYER_KINDS = ['base64', 'mns-response', 'topic-json', 'topic-xml'] as const;
const SUMMARY_KEYS = [
  'renditions',
  'snapshots',
  'coverUrl',
  'ai',
  'review',
  'workflow',
  'error',
  'extend',
  'facts',
] as const;
const TOPIC_FORMATS = ['SIMPLIFIED', 'JSON', 'XML'] as const;
const checkSources: Exhaustive<EventSource, typeof SOURCES> = SOURCES;
const checkKinds: Exhaustive<EventKind, typeof KINDS> = KINDS;
const checkOutcomes: Exhaustive<EventOutcome, typeof OUTCOMES> = OUTCOMES;
const checkLayers: Exhaustive<DecodeLayer['kind'], typeof LAYER_KINDS> = LAYER_KINDS;
const checkSummary: Exhaustive<keyof EventSummary, typeof SUMMARY_KEYS> = SUMMARY_KEYS;

const VOD_EVENT_TYPES = SPEC_VOD_EVENT_TYPES;

/** VOD events whose pages document a failure form (§2.3): each needs a failure fixture too. */
const VOD_EVENTS_WITH_FAILURES = [
  'UploadByURLComplete',
  'VideoAnalysisComplete',
  'StreamTranscodeComplete',
  'TranscodeComplete',
  'SnapshotComplete',
  'DynamicImageComplete',
  'AIMediaAuditComplete',
  'AIMediaDNAComplete',
  'AIVideoTagComplete',
  'WorkflowTaskComplete',
  'ProduceMediaComplete',
  'DeleteMediaComplete',
  'UpdateMediaStorageClassComplete',
  'RestoreMediaComplete',
  'SubmitMediaRefreshComplete',
] as const;

/** A partial expectation of a model value: every field optional, all the way down. */
type Partially<T> = T extends readonly (infer U)[]
  ? Partially<U>[]
  : T extends object
    ? { [K in keyof T]?: Partially<T[K]> }
    : T;

interface Expectation {
  note?: string;
  source: EventSource;
  eventType: string;
  kind?: EventKind;
  outcome?: EventOutcome;
  final?: boolean;
  keyId?: string | null;
  keyField?: string | null;
  jobId?: string | null;
  eventTime?: number | null;
  notifyByDefault?: boolean;
  layers?: DecodeLayer['kind'][];
  layerDetails?: Partially<DecodeLayer>[];
  topicFormat?: (typeof TOPIC_FORMATS)[number];
  parseable: boolean;
  titleIncludes?: string[];
  summary?: Partially<EventSummary>;
}

/** The scalar fields compared with toEqual, in this order. */
const SCALAR_FIELDS = [
  'source',
  'eventType',
  'kind',
  'outcome',
  'final',
  'keyId',
  'keyField',
  'jobId',
  'eventTime',
  'notifyByDefault',
  'layers',
  'parseable',
] as const;
type ScalarField = (typeof SCALAR_FIELDS)[number];
const ALWAYS_REQUIRED: readonly ScalarField[] = ['source', 'eventType', 'parseable'];
const OTHER_FIELDS = ['note', 'layerDetails', 'topicFormat', 'titleIncludes', 'summary'] as const;

interface Fixture {
  /** `<group>/<name>.<ext>`, relative to the corpus root. */
  id: string;
  group: string;
  rawPath: string;
  ext: RawExt;
  expected: Expectation;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
const stringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** Checks an expectation file's shape, so a typo in the corpus fails loudly instead of asserting nothing. */
function parseExpectation(text: string, file: string): Expectation {
  const value: unknown = JSON.parse(text);
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (!isRecord(value)) return fail('not a JSON object');
  const known: readonly string[] = [...SCALAR_FIELDS, ...OTHER_FIELDS];
  for (const key of Object.keys(value)) if (!known.includes(key)) fail(`unknown field "${key}"`);
  for (const key of ALWAYS_REQUIRED) if (!(key in value)) fail(`missing "${key}"`);
  const missing = SCALAR_FIELDS.filter((key) => key !== 'jobId' && !(key in value));
  if (missing.length > 0 && typeof value['note'] !== 'string')
    fail(`leaves out ${missing.join(', ')} without a note saying why`);
  if (!oneOf(SOURCES, value['source'])) fail('bad source');
  if (typeof value['eventType'] !== 'string') fail('bad eventType');
  if ('kind' in value && !oneOf(KINDS, value['kind'])) fail('bad kind');
  if ('outcome' in value && !oneOf(OUTCOMES, value['outcome'])) fail('bad outcome');
  for (const key of ['final', 'notifyByDefault', 'parseable'] as const)
    if (key in value && typeof value[key] !== 'boolean') fail(`bad ${key}`);
  for (const key of ['keyId', 'keyField', 'jobId'] as const)
    if (key in value && !stringOrNull(value[key])) fail(`bad ${key}`);
  const time = value['eventTime'];
  if ('eventTime' in value && time !== null && !Number.isSafeInteger(time)) fail('bad eventTime');
  const layers = value['layers'];
  if (
    'layers' in value &&
    !(Array.isArray(layers) && layers.every((layer) => oneOf(LAYER_KINDS, layer)))
  )
    fail('bad layers');
  if ('topicFormat' in value && !oneOf(TOPIC_FORMATS, value['topicFormat']))
    fail('bad topicFormat');
  const titles = value['titleIncludes'];
  if ('titleIncludes' in value && !(Array.isArray(titles) && titles.every((t) => t !== '')))
    fail('bad titleIncludes');
  const summary = value['summary'];
  if ('summary' in value) {
    if (!isRecord(summary)) return fail('bad summary');
    for (const key of Object.keys(summary))
      if (!oneOf(SUMMARY_KEYS, key)) fail(`unknown summary part "${key}"`);
  }
  return value as unknown as Expectation;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

const allFiles = walk(ROOT).map((path) => relative(ROOT, path).split(sep).join('/'));
const expectationFiles = allFiles.filter((file) => file.endsWith(EXPECTED_SUFFIX));
const rawFiles = allFiles.filter((file) => !file.endsWith(EXPECTED_SUFFIX) && file !== 'README.md');

const fixtures: Fixture[] = expectationFiles.map((file) => {
  const stem = file.slice(0, -EXPECTED_SUFFIX.length);
  const candidates = RAW_EXTS.filter((ext) => rawFiles.includes(`${stem}.${ext}`));
  const [ext] = candidates;
  if (candidates.length !== 1 || ext === undefined)
    throw new Error(
      `${file}: expected exactly one raw body next to it, found ${candidates.length}`,
    );
  return {
    id: `${stem}.${ext}`,
    group: stem.split('/')[0] ?? '',
    rawPath: join(ROOT, `${stem}.${ext}`),
    ext,
    expected: parseExpectation(readFileSync(join(ROOT, file), 'utf8'), file),
  };
});

function readInput(fixture: Fixture): string | Uint8Array {
  return fixture.ext === 'bin'
    ? new Uint8Array(readFileSync(fixture.rawPath))
    : readFileSync(fixture.rawPath, 'utf8');
}

/** What the classifier produced, in the expectation's vocabulary (undefined → null). */
function observe(
  event: NormalizedEvent,
  layers: DecodeLayer[],
  parseable: boolean,
): Record<ScalarField, unknown> {
  return {
    source: event.source,
    eventType: event.eventType,
    kind: event.kind,
    outcome: event.outcome,
    final: event.final,
    keyId: event.keyId ?? null,
    keyField: event.keyField ?? null,
    jobId: event.jobId ?? null,
    eventTime: event.eventTime ?? null,
    notifyByDefault: isDefaultNotifiable(event),
    layers: layers.map((layer) => layer.kind),
    parseable,
  };
}

function pick(record: object, fields: readonly ScalarField[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, source[field]]));
}

const isPolluted = (): boolean =>
  Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') ||
  ({} as Record<string, unknown>)['polluted'] !== undefined;

describe('event fixture corpus', () => {
  it.each(fixtures)('$id', (fixture) => {
    const expected = fixture.expected;
    const context = `${fixture.id}${expected.note ? ` (note: ${expected.note})` : ''}`;
    const input = readInput(fixture);

    const decoded = decodeBody(input);
    const event = classifyDecoded(decoded);
    const parseable = decoded.payload !== undefined;

    // Scalars: one toEqual over every field the expectation lists, so a diff shows them all at once.
    const fields = SCALAR_FIELDS.filter((field) => field in expected);
    expect(pick(observe(event, decoded.layers, parseable), fields), context).toEqual(
      pick(expected, fields),
    );

    if (expected.layerDetails) expect(decoded.layers, context).toMatchObject(expected.layerDetails);
    if (expected.summary) expect(event.summary, context).toMatchObject(expected.summary);
    for (const part of expected.titleIncludes ?? [])
      expect(event.title.toLowerCase(), `${context}: title "${event.title}"`).toContain(
        part.toLowerCase(),
      );

    // Invariants that hold for every body.
    if (typeof input === 'string') expect(decoded.raw, context).toBe(input);
    if (parseable) expect(decoded.problem, context).toBeUndefined();
    else expect(decoded.problem, context).toMatch(/\S/);
    expect(event.title, context).toMatch(/\S/);
    expect(typeof event.subtitle, context).toBe('string');
    expect(Array.isArray(event.summary.facts), context).toBe(true);
    if (event.eventTime !== undefined) expect(Number.isFinite(event.eventTime), context).toBe(true);
    expect(isPolluted(), `${context}: Object.prototype was polluted`).toBe(false);
  });
});

describe('event fixture corpus coverage', () => {
  const all = fixtures.map((fixture) => fixture.expected);
  const vod = all.filter((e) => e.source === 'vod');

  it('pairs every raw body with exactly one expectation', () => {
    const paired = new Set(fixtures.map((fixture) => fixture.id));
    expect(rawFiles.filter((file) => !paired.has(file))).toEqual([]);
    expect(fixtures.length).toBeGreaterThanOrEqual(70);
  });

  it('covers every source', () => {
    const sources = new Set(all.map((e) => e.source));
    expect(checkSources.filter((source) => !sources.has(source))).toEqual([]);
  });

  it('covers every VOD event type in the §4.2 table', () => {
    const seen = new Set(vod.map((e) => e.eventType));
    expect(VOD_EVENT_TYPES.filter((type) => !seen.has(type))).toEqual([]);
  });

  it('covers the failure form of every VOD event that has one', () => {
    const failed = new Set(vod.filter((e) => e.outcome === 'failure').map((e) => e.eventType));
    expect(VOD_EVENTS_WITH_FAILURES.filter((type) => !failed.has(type))).toEqual([]);
  });

  it('covers MPS job types, both workflow messages and IMS look-alikes', () => {
    const jobTypes = new Set(all.filter((e) => e.source === 'mps-job').map((e) => e.eventType));
    expect(
      ['Transcode', 'Snapshot', 'MediaInfo', 'Analysis'].filter((t) => !jobTypes.has(t)),
    ).toEqual([]);
    expect(all.some((e) => e.source === 'mps-job' && e.kind === 'ai')).toBe(true);
    const workflow = new Set(
      all.filter((e) => e.source === 'mps-workflow').map((e) => e.eventType),
    );
    expect([...workflow].sort()).toEqual(['Report', 'Start']);
    const reportOutcomes = new Set(
      all.filter((e) => e.eventType === 'Report').map((e) => e.outcome),
    );
    expect([...reportOutcomes].sort()).toEqual(['failure', 'partial', 'success']);
    expect(all.some((e) => e.source === 'ims')).toBe(true);
  });

  it('covers every topic format and transport layer', () => {
    const formats = new Set(all.map((e) => e.topicFormat));
    expect(TOPIC_FORMATS.filter((format) => !formats.has(format))).toEqual([]);
    const stacks = new Set(all.map((e) => (e.layers ?? []).join('>')));
    for (const stack of [
      'base64',
      'topic-json',
      'topic-json>base64',
      'topic-xml',
      'topic-xml>base64',
      'base64>topic-xml',
      'mns-response',
      'mns-response>base64',
      'mns-response>topic-xml',
      'mns-response>topic-json',
    ])
      expect(stacks.has(stack), stack).toBe(true);
    for (const layer of checkLayers)
      expect(
        all.some((e) => e.layers?.includes(layer)),
        layer,
      ).toBe(true);
  });

  it('covers every kind, every outcome, hostile input, every summary part and every body type', () => {
    const kinds = new Set(all.map((e) => e.kind));
    expect(checkKinds.filter((kind) => !kinds.has(kind))).toEqual([]);
    const outcomes = new Set(all.map((e) => e.outcome));
    expect(checkOutcomes.filter((outcome) => !outcomes.has(outcome))).toEqual([]);
    expect(all.filter((e) => !e.parseable).length).toBeGreaterThanOrEqual(10);
    const exts = new Set(fixtures.map((fixture) => fixture.ext));
    expect(RAW_EXTS.filter((ext) => !exts.has(ext))).toEqual([]);
    const summaryParts = new Set(all.flatMap((e) => Object.keys(e.summary ?? {})));
    expect(checkSummary.filter((part) => part !== 'facts' && !summaryParts.has(part))).toEqual([]);
  });

  it('states an unparseable body the way the conventions say', () => {
    for (const e of all.filter((x) => !x.parseable))
      expect(pick(e, ['source', 'eventType', 'kind', 'outcome', 'keyId'])).toEqual({
        source: 'unknown',
        eventType: 'Unknown',
        kind: e.kind === undefined ? undefined : 'other',
        outcome: e.outcome === undefined ? undefined : 'unknown',
        keyId: e.keyId === undefined ? undefined : null,
      });
  });

  it('agrees with the §4.2 default policy wherever it states kind, outcome and final', () => {
    // notify ⇔ kind ∈ {transcode, ai} ∧ final ∧ outcome ∈ {success, partial, failure}.
    for (const e of all) {
      if (e.notifyByDefault === undefined || e.kind === undefined || e.outcome === undefined)
        continue;
      const policy =
        e.source !== 'unknown' &&
        (e.kind === 'transcode' || e.kind === 'ai') &&
        e.final !== false &&
        (e.outcome === 'success' || e.outcome === 'partial' || e.outcome === 'failure');
      expect(e.notifyByDefault, `${e.source} ${e.eventType}`).toBe(policy);
    }
  });
});
