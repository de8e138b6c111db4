/** The three MNS NotifyContentFormat values a topic subscription can push into a queue with. */
export type NotifyContentFormat = 'SIMPLIFIED' | 'JSON' | 'XML';

/** Where demo traffic goes; implemented over the local MNS server's store. */
export interface DemoSink {
  ensureQueue(name: string): Promise<void>;
  ensureTopic(name: string): Promise<void>;
  subscribe(
    topic: string,
    subscription: string,
    queue: string,
    format: NotifyContentFormat,
    filterTag?: string,
  ): Promise<void>;
  sendMessage(queue: string, body: string): Promise<void>;
  publishMessage(topic: string, body: string, tag?: string): Promise<void>;
}
