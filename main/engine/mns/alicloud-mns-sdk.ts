/**
 * The one file that imports `@alicloud/mns`. Everything else talks to MNS through `QueueClient`
 * (or, in conformance tests, through the unmodified SDK handed out here).
 */
import MNSClient from '@alicloud/mns';

/** The official SDK client, unmodified. */
export type MnsSdk = MNSClient;

/** What the official SDK needs to talk to one MNS endpoint. */
export interface MnsSdkOptions {
  accountId: string;
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
  refreshSecurityToken?:
    | (() => Promise<{ accessKeyId: string; accessKeySecret: string; securityToken: string }>)
    | undefined;
  readTimeoutMs?: number | undefined;
  connectTimeoutMs?: number | undefined;
}

/** Creates an official SDK client bound to an explicit endpoint URL (never the SDK's http default). */
export function createMnsSdk(options: MnsSdkOptions): MnsSdk {
  return new MNSClient(options.accountId, {
    endpoint: options.endpoint,
    accessKeyId: options.accessKeyId,
    accessKeySecret: options.accessKeySecret,
    ...(options.securityToken !== undefined ? { securityToken: options.securityToken } : {}),
    ...(options.refreshSecurityToken !== undefined
      ? { refreshSTSToken: options.refreshSecurityToken }
      : {}),
    ...(options.readTimeoutMs !== undefined ? { readTimeout: options.readTimeoutMs } : {}),
    ...(options.connectTimeoutMs !== undefined ? { connectTimeout: options.connectTimeoutMs } : {}),
  });
}
