/** Type shim for `@alicloud/mns` 1.2.0, which ships no types: only what MNS Watch calls. */
declare module '@alicloud/mns' {
  import type { Agent } from 'node:http';
  import type { RequestOptions } from 'node:http';

  /** Options accepted by the SDK's generic request methods; passed through to httpx. */
  interface SdkRequestOptions {
    headers?: Record<string, string>;
    readTimeout?: number;
    connectTimeout?: number;
    agent?: Agent;
    beforeRequest?: (options: RequestOptions) => RequestOptions;
  }

  /** What every SDK call resolves to; leaf values are strings (xml2js `extract`). */
  interface SdkResponse {
    code: number;
    headers: Record<string, string | undefined>;
    body: unknown;
  }

  interface SdkClientOptions {
    region?: string;
    accessKeyId: string;
    accessKeySecret: string;
    endpoint?: string;
    secure?: boolean;
    internal?: boolean;
    vpc?: boolean;
    securityToken?: string;
    refreshSTSToken?: () => Promise<{
      accessKeyId: string;
      accessKeySecret: string;
      securityToken: string;
    }>;
    refreshSTSTokenInterval?: number;
    readTimeout?: number;
    connectTimeout?: number;
  }

  class MNSClient {
    constructor(accountId: string, options: SdkClientOptions);
    readonly endpoint: string;
    request(
      method: string,
      resource: string,
      type: string,
      body: string | Buffer,
      attentions?: string[],
      options?: SdkRequestOptions,
    ): Promise<SdkResponse>;
    get(resource: string, type: string, options?: SdkRequestOptions): Promise<SdkResponse>;
    put(
      resource: string,
      type: string,
      body: string | Buffer,
      attentions?: string[],
      options?: SdkRequestOptions,
    ): Promise<SdkResponse>;
    post(
      resource: string,
      type: string,
      body: string | Buffer,
      attentions?: string[],
      options?: SdkRequestOptions,
    ): Promise<SdkResponse>;
    delete(
      resource: string,
      type: string,
      body: string | Buffer,
      attentions?: string[],
      options?: SdkRequestOptions,
    ): Promise<SdkResponse>;
    createQueue(
      name: string,
      params?: Record<string, string | number | boolean>,
    ): Promise<SdkResponse>;
    deleteQueue(name: string): Promise<SdkResponse>;
    listQueue(start?: string, limit?: number, prefix?: string): Promise<SdkResponse>;
    getQueueAttributes(name: string): Promise<SdkResponse>;
    setQueueAttributes(
      name: string,
      params: Record<string, string | number | boolean>,
    ): Promise<SdkResponse>;
    sendMessage(
      queue: string,
      params: { MessageBody: string; DelaySeconds?: number; Priority?: number },
    ): Promise<SdkResponse>;
    batchSendMessage(
      queue: string,
      params: { MessageBody: string; DelaySeconds?: number; Priority?: number }[],
    ): Promise<SdkResponse>;
    receiveMessage(queue: string, waitSeconds?: number): Promise<SdkResponse>;
    batchReceiveMessage(
      queue: string,
      numOfMessages: number,
      waitSeconds?: number,
    ): Promise<SdkResponse>;
    peekMessage(queue: string): Promise<SdkResponse>;
    batchPeekMessage(queue: string, numOfMessages: number): Promise<SdkResponse>;
    deleteMessage(queue: string, receiptHandle: string): Promise<SdkResponse>;
    batchDeleteMessage(queue: string, receiptHandles: string[]): Promise<SdkResponse>;
    changeMessageVisibility(
      queue: string,
      receiptHandle: string,
      seconds: number,
    ): Promise<SdkResponse>;
    createTopic(
      name: string,
      params?: Record<string, string | number | boolean>,
    ): Promise<SdkResponse>;
    getTopicAttributes(name: string): Promise<SdkResponse>;
    setTopicAttributes(
      name: string,
      params: Record<string, string | number | boolean>,
    ): Promise<SdkResponse>;
    listTopic(start?: string, limit?: number, prefix?: string): Promise<SdkResponse>;
    publishMessage(
      topic: string,
      params: { MessageBody: string; MessageTag?: string },
    ): Promise<SdkResponse>;
  }

  export = MNSClient;
}
