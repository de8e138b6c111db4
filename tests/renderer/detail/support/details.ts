// Builds EventDetail objects the way the engine would, from real fixture bodies. Summaries are
// written by hand in each test: the renderer is under test here, not the classifier.
import type {
  EventDetail,
  FeedRow,
  JsonValue,
  LayerView,
  PropertiesView,
  SummaryView,
} from '../../../../preload/contract';

/** 2024-05-14T08:31:07Z, the time most fixtures carry. */
export const T0 = Date.UTC(2024, 4, 14, 8, 31, 7);

/** A feed row with plausible defaults. */
export function makeRow(overrides: Partial<FeedRow> = {}): FeedRow {
  return {
    id: '1234567890123456/cn-shanghai/vod-events/5F290C926D472878-2-18F7A3C5D30-200000007',
    correlationKey: 'vod:5aed8101f2f04d3c9e3c1c9f6a7b8c01',
    accountId: '1234567890123456',
    regionId: 'cn-shanghai',
    queue: 'vod-events',
    messageId: '5F290C926D472878-2-18F7A3C5D30-200000007',
    source: 'vod',
    kind: 'transcode',
    outcome: 'partial',
    eventType: 'TranscodeComplete',
    final: true,
    title: 'Transcode partially failed: 1 of 2 renditions',
    subtitle: 'VideoId 4c3b2a190f8e4d7c6b5a49382716f5e4',
    keyId: '4c3b2a190f8e4d7c6b5a49382716f5e4',
    keyField: 'VideoId',
    jobId: undefined,
    time: T0,
    eventTime: T0,
    enqueueTime: T0 + 1000,
    dequeueCount: 1,
    state: 'peeked',
    leaseExpiresAt: undefined,
    deliveries: 1,
    firstSeenAt: T0 + 2000,
    lastSeenAt: T0 + 2000,
    lastError: undefined,
    problem: undefined,
    ...overrides,
  };
}

/** MNS system properties matching `makeRow`. */
export function makeProperties(overrides: Partial<PropertiesView> = {}): PropertiesView {
  return {
    messageId: '5F290C926D472878-2-18F7A3C5D30-200000007',
    bodyMd5: '3F1D0A8E2B7C4D5E6F708192A3B4C5D6',
    enqueueTime: T0 + 1000,
    firstDequeueTime: T0 + 1100,
    nextVisibleTime: undefined,
    dequeueCount: 1,
    priority: 8,
    ...overrides,
  };
}

/** Options for `makeDetail`; everything not given is derived from the body. */
export interface DetailOptions {
  row?: Partial<FeedRow>;
  summary?: SummaryView;
  properties?: Partial<PropertiesView>;
  layers?: LayerView[];
  rawXml?: string;
  /** Force the payload (or its absence) instead of parsing the body. */
  payload?: { [key: string]: JsonValue } | null;
}

/** An EventDetail for a raw body: payload parsed as the engine does, XML as MNS sends it. */
export function makeDetail(rawBody: string, options: DetailOptions = {}): EventDetail {
  const properties = makeProperties(options.properties);
  const payload =
    options.payload === null ? undefined : (options.payload ?? parseEventObject(rawBody));
  return {
    row: makeRow(options.row),
    summary: options.summary ?? { facts: [] },
    properties,
    rawXml: options.rawXml ?? mnsMessageXml(rawBody, properties),
    rawBody,
    layers: options.layers ?? [],
    payload,
  };
}

/** The body as a JSON object with nested JSON strings parsed in place; undefined when not JSON. */
export function parseEventObject(body: string): { [key: string]: JsonValue } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  const expanded = expandNestedJson(value as JsonValue);
  return expanded !== null && typeof expanded === 'object' && !Array.isArray(expanded)
    ? expanded
    : undefined;
}

/** A ReceiveMessage `<Message>` document carrying the body (XML-escaped, as MNS sends it). */
export function mnsMessageXml(body: string, p: PropertiesView): string {
  const escaped = body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Message xmlns="http://mns.aliyuncs.com/doc/v1/">' +
    `<MessageId>${p.messageId}</MessageId>` +
    '<ReceiptHandle>1-ODU4OTkzNDU5My0xNzE1Njc1NDY5LTItOA==</ReceiptHandle>' +
    `<MessageBodyMD5>${p.bodyMd5}</MessageBodyMD5>` +
    `<MessageBody>${escaped}</MessageBody>` +
    `<EnqueueTime>${p.enqueueTime}</EnqueueTime>` +
    `<FirstDequeueTime>${p.firstDequeueTime}</FirstDequeueTime>` +
    `<DequeueCount>${p.dequeueCount}</DequeueCount>` +
    `<Priority>${p.priority}</Priority>` +
    '</Message>'
  );
}

function expandNestedJson(value: JsonValue): JsonValue {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        return expandNestedJson(JSON.parse(trimmed) as JsonValue);
      } catch {
        return value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(expandNestedJson);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (child !== undefined)
        Object.defineProperty(out, key, {
          value: expandNestedJson(child),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  }
  return value;
}
