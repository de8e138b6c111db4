import type { MnsErrorDetails } from './mns-error';

/** Where the failed call went, so the explanation can name it. */
export interface FailureContext {
  host: string;
  queue: string | undefined;
}

/** One or two sentences a person can act on; never contains a secret. */
export function explainFailure(details: MnsErrorDetails, context: FailureContext): string {
  const queue = context.queue !== undefined ? `"${context.queue}"` : 'the queue';
  switch (details.kind) {
    case 'empty':
      return `No visible messages in ${queue}.`;
    case 'auth':
      return explainAuth(details.code);
    case 'clock-skew':
      return "This computer's clock is more than 15 minutes away from Alibaba Cloud's time, so MNS rejects every request. Set the system clock to the correct time (turn on automatic time) and try again.";
    case 'throttled':
      return `MNS is throttling requests to ${queue} (too many requests per second). MNS Watch slows down and retries.`;
    case 'transient':
      return `${transientCause(details)} MNS Watch retries automatically.`;
    case 'unreachable':
      return unreachable(details.code, context.host);
    case 'queue-missing':
      return `The queue ${queue} does not exist in this account and region. It may have been deleted, or the name or region is wrong.`;
    case 'stale-receipt':
      return `This message's lease has expired or it was received again elsewhere, so this receipt handle no longer works. Nothing was deleted; the message becomes visible again and can be acted on when it is next delivered.`;
    case 'malformed-response':
      return `MNS (or something between you and MNS) sent a response that is not valid MNS XML${details.httpStatus !== undefined ? ` (HTTP ${details.httpStatus})` : ''}. MNS Watch retries.`;
    case 'invalid-request':
      return `MNS rejected the request (${details.code ?? `HTTP ${details.httpStatus ?? '?'}`}): ${details.detail}`;
    case 'cancelled':
      return 'The request was cancelled.';
    case 'unexpected':
      return `Unexpected error talking to MNS: ${details.detail}`;
  }
}

function explainAuth(code: string | undefined): string {
  switch (code) {
    case 'InvalidAccessKeyId':
      return 'Alibaba Cloud does not know this AccessKey ID. Check that it was copied completely and has not been deleted or disabled.';
    case 'SignatureDoesNotMatch':
      return 'The AccessKey secret does not match the AccessKey ID. Enter the secret again.';
    case 'AccessDenied':
      return 'This AccessKey is not allowed to do this. Its RAM policy needs MNS permissions (for example mns:BatchReceiveMessage, mns:BatchDeleteMessage, mns:ChangeMessageVisibility) on this queue.';
    case 'ServiceNotEnable':
      return 'MNS is not activated for this Alibaba Cloud account.';
    default:
      if (code?.startsWith('HTTP') === true) {
        return 'MNS refused the credentials (HTTP 403). Check the AccessKey ID, secret and RAM permissions.';
      }
      return `MNS refused the credentials (${code ?? 'unknown reason'}). Check the AccessKey ID, secret, STS token and RAM permissions.`;
  }
}

function transientCause(details: MnsErrorDetails): string {
  if (details.httpStatus !== undefined && details.httpStatus >= 500) {
    return `MNS or a proxy in between had a temporary problem (HTTP ${details.httpStatus}).`;
  }
  if (details.code === 'ReadTimeout') return 'MNS did not answer in time.';
  if (details.code === 'ConnectTimeout') return 'Connecting to MNS timed out.';
  if (details.code === 'EAI_AGAIN')
    return 'The endpoint name could not be resolved right now (DNS).';
  return 'The connection to MNS was interrupted.';
}

function unreachable(code: string | undefined, host: string): string {
  switch (code) {
    case 'ENOTFOUND':
      return `The host ${host} does not exist (DNS lookup failed). Check the region and account ID, or your network.`;
    case 'ECONNREFUSED':
      return `${host} refused the connection. Check the endpoint; for a local server, check that it is running.`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return `The network cannot reach ${host}. Check your connection.`;
    default:
      return `The secure connection to ${host} failed (${code ?? 'TLS error'}). A proxy or a wrong endpoint may be intercepting HTTPS.`;
  }
}
