// The plain-data model of a decoded, classified event: what the journal stores, the UI renders and
// the notification policy decides on. Types only.

/** Who produced the event. */
export type EventSource = 'vod' | 'mps-job' | 'mps-workflow' | 'ims' | 'unknown';

/** What part of the media pipeline it is about. */
export type EventKind = 'upload' | 'transcode' | 'snapshot' | 'ai' | 'audit' | 'live' | 'other';

/** How it went. `partial`: finished, but some outputs failed. */
export type EventOutcome = 'success' | 'partial' | 'failure' | 'in-progress' | 'unknown';

/** Any JSON value. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One wrapper taken off the body on the way to the event, outermost first. */
export type DecodeLayer =
  | { kind: 'base64' }
  | { kind: 'mns-response'; messageId: string | undefined }
  | {
      kind: 'topic-json' | 'topic-xml';
      topicName: string | undefined;
      topicOwner: string | undefined;
      subscriptionName: string | undefined;
      messageId: string | undefined;
      messageTag: string | undefined;
      publishTime: number | undefined;
    };

/** Every layer of a body a person may want to see. */
export interface DecodedBody {
  /** The body exactly as received (a non-UTF-8 body shows replacement characters here). */
  raw: string;
  layers: DecodeLayer[];
  /** The innermost text after unwrapping: the event's own JSON text when there is one. */
  innerText: string;
  /** The event object, when the body held one. */
  payload: { [key: string]: JsonValue } | undefined;
  /** The payload with nested JSON strings (Extend, Data, ActivityResults…) parsed in place. */
  expanded: { [key: string]: JsonValue } | undefined;
  /** Why no payload could be read; undefined when one was. */
  problem: string | undefined;
}

/** One output of a transcode. */
export interface Rendition {
  definition: string | undefined;
  format: string | undefined;
  width: number | undefined;
  height: number | undefined;
  bitrateKbps: number | undefined;
  fps: number | undefined;
  sizeBytes: number | undefined;
  durationSeconds: number | undefined;
  url: string | undefined;
  status: EventOutcome;
  jobId: string | undefined;
  errorCode: string | undefined;
  errorMessage: string | undefined;
  encrypted: boolean | undefined;
  codec: string | undefined;
}

/** One snapshot output (cover, normal or sprite). */
export interface SnapshotSet {
  type: string | undefined;
  count: number | undefined;
  /** URL pattern with the frame-number placeholder, or a single URL. */
  url: string | undefined;
  status: EventOutcome;
  jobId: string | undefined;
}

/** One activity of a media workflow run (or a VOD workflow task). */
export interface WorkflowActivity {
  name: string;
  type: string | undefined;
  state: string | undefined;
  outcome: EventOutcome;
  jobId: string | undefined;
  errorCode: string | undefined;
  errorMessage: string | undefined;
}

/** What the Summary tab shows, by media area; absent parts do not apply. */
export interface EventSummary {
  renditions?: Rendition[];
  snapshots?: SnapshotSet[];
  coverUrl?: string;
  ai?: {
    suggestion: string | undefined;
    labels: string[];
    /** Smart tags by category (Keyword, Person, Location…). */
    tags: { category: string; tag: string }[];
    /** Fingerprint matches. */
    matches: { primaryKey: string; similarity: string | undefined }[];
  };
  review?: {
    auditStatus: string | undefined;
    auditor: string | undefined;
    reason: string | undefined;
  };
  workflow?: {
    name: string | undefined;
    state: string | undefined;
    activities: WorkflowActivity[];
  };
  error?: { code: string | undefined; message: string | undefined };
  extend?: { raw: string; parsed: JsonValue | undefined };
  /** Other facts worth a row: label and display value (file URL, size, storage class…). */
  facts: { label: string; value: string }[];
}

/** The normalized event. */
export interface NormalizedEvent {
  source: EventSource;
  /** EventType (VOD/IMS), Type (MPS job), Start/Report (workflow), or 'Unknown'. */
  eventType: string;
  kind: EventKind;
  outcome: EventOutcome;
  /** False for intermediate steps (per-definition transcodes, workflow starts, compose starts). */
  final: boolean;
  /** The main id and which field it came from. */
  keyId: string | undefined;
  keyField: string | undefined;
  jobId: string | undefined;
  /** Epoch milliseconds, from the event's own time field; undefined when it has none. */
  eventTime: number | undefined;
  title: string;
  subtitle: string;
  summary: EventSummary;
}

/** Where a message came from: also its dedupe identity. */
export interface MessageOrigin {
  accountId: string;
  regionId: string;
  queue: string;
}
