/** The store-backed sink that demo traffic writes through (no HTTP, no signing). */
import type { DemoSink } from './demo/demo-sink';
import type { LocalMnsStore } from './store';

/** What demo traffic needs from a local server: the demo's own sink interface. */
export type LocalDemoSink = DemoSink;

/**
 * A DemoSink over a store. "ensure" calls leave an existing queue, topic or subscription as it is,
 * so demo traffic can run against queues a user created with other attributes.
 */
export function createDemoSink(store: LocalMnsStore): LocalDemoSink {
  return {
    ensureQueue: async (name) => {
      if (!store.queues.hasQueue(name)) store.createQueue(name);
    },
    ensureTopic: async (name) => {
      if (!store.topics.hasTopic(name)) store.createTopic(name);
    },
    subscribe: async (topic, subscription, queue, format, filterTag) => {
      const existing = store.topics.getTopic(topic).subscriptions.get(subscription);
      if (existing !== undefined) return;
      store.subscribe(topic, subscription, {
        queue,
        format,
        ...(filterTag === undefined ? {} : { filterTag }),
      });
    },
    sendMessage: async (queue, body) => {
      store.sendMessage(queue, body);
    },
    publishMessage: async (topic, body, tag) => {
      store.publishMessage(topic, body, tag);
    },
  };
}
