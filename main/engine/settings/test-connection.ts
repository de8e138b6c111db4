// "Test connection" in the account form: endpoint → credentials → queue, each step explained in
// plain words and stopping at the first one that fails. It reuses the MnsError explanations, and
// every message is scrubbed of the secret and token as a last line of defence.
import { redactSecrets } from '../credentials/secret-credentials';
import { EndpointError, resolveEndpoint } from '../mns/endpoint';
import type { EndpointInput, MnsEndpoint } from '../mns/endpoint';
import { isMnsError } from '../mns/mns-error';
import { createMnsQueueClient } from '../mns/mns-queue-client';
import type { MnsCredentials } from '../mns/mns-queue-client';
import type { QueueClient } from '../mns/queue-client';
import { findRegion } from '../mns/regions';
import { describeQueue, missingQueueHint } from './queue-hints';

/** Which part of the setup a check is about. */
export type ConnectionStep = 'endpoint' | 'credentials' | 'queue';

/** One step's result, in words fit for the account form. */
export interface ConnectionCheck {
  step: ConnectionStep;
  ok: boolean;
  message: string;
}

/** What to test: where, with which keys, and optionally one queue. */
export interface ConnectionTest {
  endpoint: EndpointInput;
  credentials: MnsCredentials;
  /** Defaults to the queue named in a pasted queue URL, if any. */
  queue?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Makes the QueueClient the test talks through; tests point it at the local MNS server. */
export type QueueClientFactory = (options: {
  endpoint: MnsEndpoint;
  credentials: MnsCredentials;
}) => QueueClient;

// A test the user is waiting for should fail fast rather than sit on the poller's budgets.
const defaultFactory: QueueClientFactory = (options) =>
  createMnsQueueClient({ ...options, connectTimeoutMs: 5_000, requestTimeoutMs: 10_000 });

/** Runs the checks in order and returns those that ran; the last one failed unless all passed. */
export async function testConnection(
  test: ConnectionTest,
  createClient: QueueClientFactory = defaultFactory,
): Promise<ConnectionCheck[]> {
  const checks = await runChecks(test, createClient);
  return checks.map((check) => ({
    ...check,
    message: redactSecrets(check.message, test.credentials),
  }));
}

async function runChecks(
  test: ConnectionTest,
  createClient: QueueClientFactory,
): Promise<ConnectionCheck[]> {
  let endpoint: MnsEndpoint;
  try {
    endpoint = resolveEndpoint(test.endpoint);
  } catch (error) {
    if (!(error instanceof EndpointError)) throw error;
    return [{ step: 'endpoint', ok: false, message: error.message }];
  }
  const { credentials, signal } = test;
  const client = createClient({ endpoint, credentials });
  try {
    const checks: ConnectionCheck[] = [];
    let canList = true;
    try {
      const page = await client.listQueues({ pageSize: 1, signal });
      checks.push(endpointOk(endpoint), credentialsOk(credentials, page.queues.length === 0));
    } catch (error) {
      if (!answeredLikeMns(error)) return [endpointFailed(endpoint, error)];
      checks.push(endpointOk(endpoint));
      // MNS checks the signature before permissions: AccessDenied proves the key and secret.
      if (!isMnsError(error, 'auth') || error.code !== 'AccessDenied') {
        return [...checks, { step: 'credentials', ok: false, message: credentialsFailed(error) }];
      }
      canList = false;
      checks.push({
        step: 'credentials',
        ok: true,
        message: `The AccessKey ${credentials.accessKeyId} is accepted, but its RAM policy does not allow listing queues (mns:ListQueue). Watching a queue by name works without it.`,
      });
    }
    const named = test.queue?.trim();
    const queue = named !== undefined && named !== '' ? named : endpoint.queueName;
    if (queue !== undefined) checks.push(await checkQueue(client, queue, canList, signal));
    return checks;
  } finally {
    client.dropConnections();
  }
}

async function checkQueue(
  client: QueueClient,
  queue: string,
  canList: boolean,
  signal: AbortSignal | undefined,
): Promise<ConnectionCheck> {
  try {
    const attributes = await client.getQueueAttributes(queue, { signal });
    return { step: 'queue', ok: true, message: describeQueue(attributes) };
  } catch (error) {
    let message = messageOf(error);
    if (isMnsError(error, 'queue-missing') && canList) {
      message += ` ${await missingQueueHint(client, queue, signal)}`;
    }
    return { step: 'queue', ok: false, message: message.trim() };
  }
}

// An MNS error with an HTTP status came from MNS (or a look-alike); anything else never got an
// answer worth the name, so the endpoint is what needs fixing.
function answeredLikeMns(error: unknown): boolean {
  return isMnsError(error) && error.httpStatus !== undefined && error.kind !== 'malformed-response';
}

function endpointOk(endpoint: MnsEndpoint): ConnectionCheck {
  const region = endpoint.regionId !== undefined ? findRegion(endpoint.regionId) : undefined;
  const where =
    region !== undefined ? ` (${region.name})` : endpoint.custom ? ' (custom endpoint)' : '';
  const notes = endpoint.notes.length > 0 ? ` ${endpoint.notes.join(' ')}` : '';
  return { step: 'endpoint', ok: true, message: `${endpoint.url}${where} answers.${notes}` };
}

function endpointFailed(endpoint: MnsEndpoint, error: unknown): ConnectionCheck {
  const message = isMnsError(error, 'malformed-response')
    ? `${endpoint.url} answered, but not like MNS; check the endpoint. ${error.message}`
    : messageOf(error);
  return { step: 'endpoint', ok: false, message };
}

function credentialsOk(credentials: MnsCredentials, noQueues: boolean): ConnectionCheck {
  const token = credentials.securityToken !== undefined ? ' with its STS token' : '';
  const empty = noQueues ? ' This account has no queues in this region yet.' : '';
  return {
    step: 'credentials',
    ok: true,
    message: `The AccessKey ${credentials.accessKeyId}${token} is accepted.${empty}`,
  };
}

function credentialsFailed(error: unknown): string {
  // Wrong keys and a wrong clock are verdicts; throttling and 5xx only mean "could not tell".
  if (isMnsError(error, 'auth', 'clock-skew')) return error.message;
  return `The credentials could not be checked: ${messageOf(error)}`;
}

function messageOf(error: unknown): string {
  if (error instanceof Error)
    return isMnsError(error) ? error.message : `Unexpected error: ${error.message}`;
  return `Unexpected error: ${String(error)}`;
}
