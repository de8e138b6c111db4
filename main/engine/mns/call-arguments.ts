import { MnsError } from './mns-error';
import type { MnsOperation } from './mns-error';

const QUEUE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/;
// The SDK puts handles into the query string unencoded, so only URL-safe handles can be signed right.
const RECEIPT_HANDLE = /^[A-Za-z0-9+/=_.:-]{1,512}$/;

/** Throws an invalid-request MnsError, before anything is sent, when `condition` is false. */
export function requireArgument(operation: MnsOperation, condition: boolean, detail: string): void {
  if (condition) return;
  throw new MnsError(`MNS Watch did not send the request: ${detail}`, {
    kind: 'invalid-request',
    operation,
    code: 'InvalidArgument',
    httpStatus: undefined,
    requestId: undefined,
    indeterminate: false,
    retryable: false,
    detail,
  });
}

/** Queue names MNS accepts, which are also the only ones the SDK can sign correctly. */
export function requireQueueName(operation: MnsOperation, queue: string): void {
  requireArgument(
    operation,
    QUEUE_NAME.test(queue),
    `"${queue}" is not a valid queue name (letters, digits and hyphens, up to 120).`,
  );
}

/** Receipt handles of the shape MNS issues. */
export function requireReceiptHandle(operation: MnsOperation, handle: string): void {
  requireArgument(
    operation,
    RECEIPT_HANDLE.test(handle),
    'The receipt handle contains characters MNS never issues.',
  );
}

/** A whole number within [min, max]. */
export function requireWholeNumber(
  operation: MnsOperation,
  value: number,
  min: number,
  max: number,
  detail: string,
): void {
  requireArgument(operation, Number.isInteger(value) && value >= min && value <= max, detail);
}
