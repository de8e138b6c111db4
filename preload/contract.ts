// The contract between the engine and the renderer: types only, imports nothing. The Electron
// preload and the browser host's socket both carry exactly these calls and events, and the main
// side validates every argument at runtime before the engine sees it.

/** Facts about the running app that the renderer shows. */
export interface AppInfo {
  name: string;
  version: string;
  /** Which host runs the engine: the Electron shell or the browser host. */
  host: 'electron' | 'browser';
  /** The OS (process.platform), for keyboard hints and start-at-login. */
  platform: string;
  /** True when the demo server is running in this process. */
  demoRunning: boolean;
}

// ---------------------------------------------------------------------------------------------
// Events as the renderer sees them

/** Who produced the event. */
export type EventSource = 'vod' | 'mps-job' | 'mps-workflow' | 'ims' | 'unknown';
/** What part of the media pipeline it is about. */
export type EventKind = 'upload' | 'transcode' | 'snapshot' | 'ai' | 'audit' | 'live' | 'other';
/** How it went. `partial`: finished, but some outputs failed. */
export type EventOutcome = 'success' | 'partial' | 'failure' | 'in-progress' | 'unknown';
/** Where a message stands, as far as MNS Watch knows. */
export type MessageState =
  'leased' | 'peeked' | 'visible' | 'deleting' | 'deleted' | 'delete-failed';
/** How a queue is read: watch peeks only and never changes the queue; consume leases messages. */
export type QueueMode = 'watch' | 'consume';

/** Any JSON value. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One row of the feed: everything the list, filters and timeline need, nothing heavy. */
export interface FeedRow {
  /** Dedupe identity: account/region/queue/MessageId. */
  id: string;
  /** Groups events about the same asset or job (VideoId, JobId, MessageId…). */
  correlationKey: string;
  accountId: string;
  regionId: string;
  queue: string;
  messageId: string;
  source: EventSource;
  kind: EventKind;
  outcome: EventOutcome;
  /** EventType (VOD), Type (MPS job), Start/Report (workflow), or 'Unknown'. */
  eventType: string;
  /** False for intermediate steps (one definition of several, a workflow start…). */
  final: boolean;
  /** The classifier's human lines: plain text, to be rendered as text. */
  title: string;
  subtitle: string;
  keyId: string | undefined;
  keyField: string | undefined;
  jobId: string | undefined;
  /** Epoch ms: the event's own time, or the enqueue time when it has none (the sort key). */
  time: number;
  eventTime: number | undefined;
  enqueueTime: number;
  dequeueCount: number;
  state: MessageState;
  /** Consume mode: when our lease ends (epoch ms). */
  leaseExpiresAt: number | undefined;
  /** How many times MNS Watch received or peeked it. */
  deliveries: number;
  firstSeenAt: number;
  lastSeenAt: number;
  /** The last failed action on it, in words. */
  lastError: string | undefined;
  /** Why the body could not be read as an event; undefined when it could. */
  problem: string | undefined;
}

/** One output of a transcode. */
export interface RenditionView {
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
export interface SnapshotView {
  type: string | undefined;
  count: number | undefined;
  url: string | undefined;
  status: EventOutcome;
  jobId: string | undefined;
}

/** One activity of a media workflow run. */
export interface ActivityView {
  name: string;
  type: string | undefined;
  state: string | undefined;
  outcome: EventOutcome;
  jobId: string | undefined;
  errorCode: string | undefined;
  errorMessage: string | undefined;
}

/** The media-aware facts of the Summary tab; absent parts do not apply. */
export interface SummaryView {
  renditions?: RenditionView[];
  snapshots?: SnapshotView[];
  coverUrl?: string;
  ai?: {
    suggestion: string | undefined;
    labels: string[];
    tags: { category: string; tag: string }[];
    matches: { primaryKey: string; similarity: string | undefined }[];
  };
  review?: {
    auditStatus: string | undefined;
    auditor: string | undefined;
    reason: string | undefined;
  };
  workflow?: { name: string | undefined; state: string | undefined; activities: ActivityView[] };
  error?: { code: string | undefined; message: string | undefined };
  extend?: { raw: string; parsed: JsonValue | undefined };
  /** Other facts worth a row: label and display value. */
  facts: { label: string; value: string }[];
}

/** One wrapper taken off the body on the way to the event, outermost first. */
export type LayerView =
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

/** The MNS system properties of a message (the Properties tab). */
export interface PropertiesView {
  messageId: string;
  bodyMd5: string;
  enqueueTime: number;
  firstDequeueTime: number;
  /** Only known for a received (leased) message. */
  nextVisibleTime: number | undefined;
  dequeueCount: number;
  priority: number;
}

/** Everything about one event, for the detail pane and compare. */
export interface EventDetail {
  row: FeedRow;
  summary: SummaryView;
  properties: PropertiesView;
  /** The MNS `<Message>` element as it arrived. */
  rawXml: string;
  /** The body exactly as received. */
  rawBody: string;
  layers: LayerView[];
  /** The event object with nested JSON strings parsed in place; undefined when not JSON. */
  payload: { [key: string]: JsonValue } | undefined;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** A feed query; every given filter must match, list filters match any of their values. */
export interface FeedQuery {
  /** Whitespace-separated words, each of which must occur (title, payload, ids…). */
  text?: string;
  outcomes?: EventOutcome[];
  kinds?: EventKind[];
  sources?: EventSource[];
  eventTypes?: string[];
  accountIds?: string[];
  regionIds?: string[];
  queues?: string[];
  states?: MessageState[];
  /** Inclusive bounds on the event time, epoch ms. */
  from?: number;
  to?: number;
  correlationKey?: string;
  /** Page size (default 200, at most 1000) and how many matches to skip. */
  limit?: number;
  offset?: number;
}

/** Per-value counts for filter chips, over the entries matching only text and time range. */
export interface FeedCounts {
  outcome: Record<EventOutcome, number>;
  kind: Record<EventKind, number>;
  source: Record<EventSource, number>;
  eventType: Record<string, number>;
  account: Record<string, number>;
  region: Record<string, number>;
  queue: Record<string, number>;
}

/** One page of matches, newest first. */
export interface FeedPage {
  rows: FeedRow[];
  /** How many entries match in all. */
  total: number;
  counts: FeedCounts;
  /** Entries in the journal, matching or not. */
  journalSize: number;
}

/** A filter the user saved under a name. */
export interface SavedFilterView {
  name: string;
  query: FeedQuery;
}

// ---------------------------------------------------------------------------------------------
// Actions

/** Why an action on one message did not succeed. */
export type ActionFailure = 'lease-expired' | 'no-lease' | 'undone' | 'failed';

/** The outcome of an action on one message. */
export type ActionResultView =
  { id: string; ok: true } | { id: string; ok: false; failure: ActionFailure; message: string };

/** A delete waiting out its undo window. */
export interface PendingDeleteView {
  ticket: string;
  ids: string[];
  /** Epoch ms when it will be sent unless undone. */
  sendsAt: number;
}

/** What to export, and how. */
export interface ExportRequest {
  /** Either explicit ids, or every entry matching a query (up to 100,000). */
  ids?: string[];
  query?: FeedQuery;
  format: 'jsonl' | 'csv';
}

/** An export ready to save. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
  count: number;
}

// ---------------------------------------------------------------------------------------------
// Status

/** What a queue poller is doing now. */
export type PollerStateView =
  | 'idle'
  | 'polling'
  | 'backing-off'
  | 'paused'
  | 'offline'
  | 'auth-error'
  | 'queue-missing'
  | 'clock-error'
  | 'stopped'
  | (string & {});

/** One queue's poller, for the status strip. */
export interface QueueStatusView {
  /** "profile/region/queue": the key pause, resume and retry take. */
  key: string;
  profileId: string;
  accountName: string;
  accountId: string;
  regionId: string;
  queue: string;
  mode: QueueMode;
  demo: boolean;
  state: PollerStateView;
  lastSuccessAt: number | undefined;
  /** The most recent failure in plain words, with its kind. */
  lastError: { kind: string; message: string; at: number } | undefined;
  nextAttemptAt: number | undefined;
  messagesSeen: number;
  requestsMade: number;
  projectedRequestsPerMonth: number;
}

// ---------------------------------------------------------------------------------------------
// Settings

/** How a queue is read, as settings hold it. */
export interface QueueSettingsView {
  name: string;
  mode: QueueMode;
  autoDeleteAfterJournal: boolean;
  paused: boolean;
}

/** One region of an account. */
export interface RegionSettingsView {
  regionId: string;
  /** A custom endpoint (local server, proxy); undefined for the region's public one. */
  endpoint: string | undefined;
  queues: QueueSettingsView[];
}

/** One account as the renderer may see it: the key id masked, never a secret. */
export interface AccountView {
  id: string;
  name: string;
  accountId: string;
  /** e.g. "LTAI…x7Qp". */
  accessKeyIdMasked: string;
  credentialSource: 'keychain' | 'session' | 'demo';
  /** False when no secret is stored for it (it cannot poll until one is entered). */
  hasSecret: boolean;
  regions: RegionSettingsView[];
}

/** Notification rules (see the event intelligence rules). */
export interface NotificationPreferencesView {
  enabled: boolean;
  mode: 'default' | 'failures-only';
  anyFailure: boolean;
  mutedKinds: EventKind[];
  mutedQueues: string[];
  mutedUntil?: number;
  quietHours?: { start: string; end: string };
}

/** Appearance and language. */
export interface DisplayPreferences {
  timeZone: 'local' | 'utc';
  theme: 'system' | 'light' | 'dark';
  language: 'en' | 'zh-CN';
}

/** Everything the settings screens show. */
export interface SettingsView {
  accounts: AccountView[];
  notifications: NotificationPreferencesView;
  journal: { maxEntries: number; maxAgeDays: number };
  display: DisplayPreferences;
  savedFilters: SavedFilterView[];
  /** Where secrets are kept and why. */
  vault: { storage: 'keychain' | 'memory'; reason: string; detail: string | undefined };
  /** Start at login (Electron only); undefined where the host cannot do it. */
  startAtLogin: boolean | undefined;
}

/** A public MNS region for the region picker. */
export interface RegionOption {
  id: string;
  name: string;
  area: string;
}

/** Where an account's queues live: a region of an account id, or a pasted endpoint/queue URL. */
export type EndpointInputView =
  | { kind: 'region'; accountId: string; regionId: string }
  | { kind: 'url'; url: string; accountId?: string };

/** AccessKey pair typed into the connect form; write-only, never sent back. */
export interface CredentialInputView {
  accessKeyId: string;
  accessKeySecret: string;
}

/** One step of "Test connection", in words. */
export interface ConnectionCheckView {
  step: 'endpoint' | 'credentials' | 'queue';
  ok: boolean;
  message: string;
}

/** Credentials found in the environment or the aliyun CLI config (secret shown as length only). */
export interface ImportableCredentialView {
  source: 'environment' | 'aliyun-cli';
  origin: string;
  accessKeyId: string;
  regionId: string | undefined;
  notes: string[];
}

/** Adds or replaces an account with its regions and queues. */
export interface SaveAccountRequest {
  /** Omit to create a new account. */
  id?: string;
  name: string;
  accountId: string;
  /** Where the queues live; its region (or the URL) becomes the account's one region. */
  endpoint: EndpointInputView;
  queues: { name: string; mode: QueueMode }[];
  /** Required for a new account; omit to keep the stored secret. */
  credentials?: CredentialInputView;
  /** Keep the secret for this run only instead of the keychain. */
  sessionOnly?: boolean;
}

/** Changes how one queue is read. */
export interface QueueChange {
  profileId: string;
  regionId: string;
  queue: string;
  mode?: QueueMode;
  autoDeleteAfterJournal?: boolean;
  paused?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Pushed events

/** A desktop notification to show now. */
export interface NotificationView {
  title: string;
  body: string;
  /** Ids of the events behind it, to open on click. */
  eventRefs: string[];
  tag?: string;
  urgency: 'normal' | 'critical';
}

/** Everything the engine pushes to the renderer. */
export type EngineEvent =
  /** Entries added or changed (new, redelivered, state changes). */
  | { type: 'feed'; rows: FeedRow[] }
  | { type: 'status'; status: QueueStatusView }
  /** The queue set changed (account saved or removed): drop statuses not in this list. */
  | { type: 'statuses'; statuses: QueueStatusView[] }
  | { type: 'notification'; notification: NotificationView }
  | { type: 'action-results'; ticket: string; results: ActionResultView[] }
  | {
      type: 'notice';
      level: 'info' | 'warning' | 'error';
      queueKey: string | undefined;
      message: string;
    }
  | { type: 'settings'; settings: SettingsView }
  /** The desktop shell asks this window to show one event (a notification was clicked). */
  | { type: 'open-event'; id: string }
  /** The desktop shell asks this window to open the settings (tray menu). */
  | { type: 'open-settings' };

// ---------------------------------------------------------------------------------------------
// Calls

/**
 * Every call the renderer may make. Each takes at most one argument (a plain object) and its
 * channel name is the method name. Errors reject with a message fit to show.
 */
export interface EngineMethods {
  appInfo(): AppInfo;
  queryFeed(query: FeedQuery): FeedPage;
  getEvent(request: { id: string }): EventDetail | null;
  statuses(): QueueStatusView[];
  deleteMessages(request: { ids: string[] }): PendingDeleteView;
  undoDelete(request: { ticket: string }): { undone: boolean };
  releaseMessage(request: { id: string }): ActionResultView;
  extendLease(request: { id: string; seconds: number }): ActionResultView;
  exportEvents(request: ExportRequest): ExportFile;
  pauseQueue(request: { key?: string }): void;
  resumeQueue(request: { key?: string }): void;
  retryQueue(request: { key?: string }): void;
  getSettings(): SettingsView;
  regions(): RegionOption[];
  testConnection(request: {
    endpoint: EndpointInputView;
    credentials: CredentialInputView | { profileId: string };
    queue?: string;
  }): ConnectionCheckView[];
  listQueues(request: {
    endpoint: EndpointInputView;
    credentials: CredentialInputView | { profileId: string };
  }): string[];
  importableCredentials(): ImportableCredentialView[];
  saveAccount(request: SaveAccountRequest): {
    id: string;
    storage: 'keychain' | 'memory' | 'unchanged';
  };
  removeAccount(request: { id: string }): void;
  setQueueMode(request: QueueChange): void;
  updatePreferences(request: {
    notifications?: NotificationPreferencesView;
    journal?: { maxEntries: number; maxAgeDays: number };
    display?: DisplayPreferences;
  }): SettingsView;
  saveFilters(request: { filters: SavedFilterView[] }): SettingsView;
  setStartAtLogin(request: { enabled: boolean }): SettingsView;
  /** Starts the in-process demo server and adds the demo account (idempotent). */
  startDemo(): { profileId: string };
}

/** Name of one engine call. */
export type EngineMethod = keyof EngineMethods;
/** The argument an engine call takes (undefined for none). */
export type EngineParams<M extends EngineMethod> = Parameters<EngineMethods[M]>[0];
/** What an engine call resolves to. */
export type EngineResult<M extends EngineMethod> = ReturnType<EngineMethods[M]>;

/** The bridge object: one async verb per engine call, plus the event subscription. */
export type Api = {
  [M in EngineMethod]: (
    ...args: Parameters<EngineMethods[M]>
  ) => Promise<ReturnType<EngineMethods[M]>>;
} & {
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: EngineEvent) => void): () => void;
  /** Connection to the engine (always 'open' in Electron; the socket may drop in a browser). */
  onConnection(listener: (state: 'open' | 'reconnecting' | 'closed') => void): () => void;
};

/**
 * Channel that carries pushed events from main to the renderer (Electron); each message is an
 * array of events, one frame's batch.
 */
export type EventChannel = 'engine:event';
