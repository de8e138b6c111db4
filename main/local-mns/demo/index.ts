// Public surface of the demo-traffic generator; the local MNS server wires a DemoSink to it.
export type { DemoSink, NotifyContentFormat } from './demo-sink';
export type { DemoDestination, DemoMessage, DemoOutcome } from './demo-message';
export type { DemoSubscription } from './demo-names';
export { DEMO_QUEUES, DEMO_SUBSCRIPTIONS, DEMO_TOPIC } from './demo-names';
export type { DemoScenario, DemoScenarioOptions } from './scenario';
export {
  DEFAULT_DEMO_ACCOUNT_ID,
  DEFAULT_DEMO_START_MS,
  createDemoScenario,
  generateDemoMessages,
} from './scenario';
export type { RandomSource } from './seeded-random';
export { createSeededRandom } from './seeded-random';
export type { DemoTimers, DemoTraffic, DemoTrafficOptions } from './demo-traffic';
export { startDemoTraffic } from './demo-traffic';
