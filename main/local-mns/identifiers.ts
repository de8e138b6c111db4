/** Names, digests and ids shaped like the service's. */
import { createHash, randomBytes } from 'node:crypto';

import { MnsError, mnsError } from './errors';

/** Resource names: letters, digits and '-', starting with a letter or digit. */
export const RESOURCE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** Validates a queue, topic or subscription name and returns it. */
export function checkName(
  name: string,
  lengthCode: string,
  invalidCode: string,
  maxLength: number,
): string {
  if (name.length < 1 || name.length > maxLength) throw mnsError(lengthCode);
  if (!RESOURCE_NAME.test(name)) throw mnsError(invalidCode);
  return name;
}

/** Upper-case hex MD5 of the UTF-8 text, as MessageBodyMD5 is reported. */
export function md5Upper(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();
}

/**
 * Message ids like `5F290C926D472878-2-14D9529A8FA-200000001`: host, optional group, hex time and
 * a sequence number, upper-case hex throughout. Unique per server.
 */
export function createMessageIdFactory(): (parts: {
  group?: number;
  time: number;
  seq: number;
}) => string {
  const host = randomBytes(8).toString('hex');
  return ({ group, time, seq }) =>
    [
      host,
      ...(group === undefined ? [] : [group.toString(16)]),
      time.toString(16),
      seq.toString(16).padStart(9, '0'),
    ]
      .join('-')
      .toUpperCase();
}

// Characters XML 1.0 cannot carry even escaped; a body holding them would break every client parser.
const NON_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Throws InvalidArgument when text contains characters a response document could not carry. */
export function checkXmlText(element: string, text: string): string {
  if (NON_XML_CHAR.test(text)) {
    throw new MnsError(
      400,
      'InvalidArgument',
      `The value of ${element} contains characters XML cannot represent.`,
    );
  }
  return text;
}
