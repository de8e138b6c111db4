/** Public surface of the local MNS server (tests, fault harness, benchmarks, demo mode). */
export type { LocalMns, LocalMnsOptions } from './local-mns';
export { DEFAULT_ACCOUNT_ID, DEFAULT_CREDENTIAL, DEFAULT_REGION, startLocalMns } from './local-mns';
export type { ManualClock, ServerClock, TimerHandle } from './clock';
export { createManualClock, createSystemClock } from './clock';
export type { AuditEntry, AuditFilter, WaitOptions } from './audit-log';
export { AuditLog } from './audit-log';
export type {
  Fault,
  FaultKind,
  FaultMatch,
  FaultRequest,
  FaultRule,
  FaultRuleHandle,
  FiredFault,
  HostileVariant,
} from './faults';
export { FaultScript } from './faults';
export type { MnsOperation } from './operations';
export { MNS_OPERATIONS } from './operations';
export type { LocalMnsStoreOptions, SubscribeOptions } from './store';
export { LocalMnsStore } from './store';
export type { MessageSnapshot } from './message-snapshot';
export type { SendResult } from './queue-store';
export type { MessageState } from './message-queue';
export type { QueueAttributes } from './queue-attributes';
export type { Delivery, TopicAttributes } from './topics';
export type { NotifyContentFormat } from './notifications';
export type { CompatOptions } from './handler-context';
export { DEFAULT_COMPAT } from './handler-context';
export type { LongPollObserver } from './long-poll';
export type { Credential } from './signature';
export { MNS_VERSION, sign, stringToSign } from './signature';
export { MnsError } from './errors';
export type { LocalDemoSink } from './demo-sink';
export { createDemoSink } from './demo-sink';
