/** Response bodies and document rewrites used by the fault script. */
import type { HostileVariant } from './faults';
import { leaf, node, renderXml } from './response-xml';
import type { XmlDocument, XmlNode } from './response-xml';

/** A reverse-proxy error page, as nginx would serve it. */
export function htmlErrorPage(status: number): string {
  const title = `${status} ${status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Temporarily Unavailable' : status === 504 ? 'Gateway Time-out' : 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** The first `ceil(n/2)` bytes of a body (never the whole of a non-empty one). */
export function truncateBody(body: Buffer): Buffer {
  return body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
}

const INVALID_UTF8_MARKER = 'LOCALMNS-INVALID-UTF8-MARKER';
// A lone continuation byte, an overlong lead and a truncated sequence: all invalid UTF-8.
const INVALID_UTF8_BYTES = Buffer.from([0x61, 0x80, 0xc0, 0xaf, 0xff, 0xe2, 0x82, 0x62]);

/** The message nodes of a receive/peek document (the root itself for single-message roots). */
function messageNodes(doc: XmlDocument): readonly XmlNode[][] {
  if (doc.root === 'Message') return [[...doc.children]];
  return doc.children.map((child) => ('children' in child ? [...child.children] : []));
}

function withMessages(doc: XmlDocument, messages: readonly XmlNode[][]): XmlDocument {
  if (doc.root === 'Message') return { ...doc, children: messages[0] ?? [] };
  return { ...doc, children: messages.map((children) => node('Message', children)) };
}

function replaceLeaf(children: XmlNode[], name: string, value: string): XmlNode[] {
  return children.map((child) => (child.name === name ? leaf(name, value) : child));
}

const POLLUTERS: readonly XmlNode[] = [
  node('__proto__', [leaf('polluted', 'yes'), leaf('isAdmin', 'true')]),
  node('constructor', [node('prototype', [leaf('polluted', 'yes')])]),
];

/** Rewrites a receive/peek document per variant; returns the body bytes to send. */
export function hostileBody(doc: XmlDocument, variant: HostileVariant): Buffer {
  const messages = messageNodes(doc).map((children) => [...children]);
  switch (variant) {
    case '__proto__': {
      const hostile = withMessages(
        doc,
        messages.map((children) => [...POLLUTERS, ...children]),
      );
      // A list root gets polluters of its own too; a single <Message> root already has them.
      return render(
        doc.root === 'Message'
          ? hostile
          : { ...hostile, children: [...POLLUTERS, ...hostile.children] },
      );
    }
    case 'missing-receipt-handle':
      return render(
        withMessages(
          doc,
          messages.map((children) => children.filter((child) => child.name !== 'ReceiptHandle')),
        ),
      );
    case 'non-numeric-dequeue-count':
      return render(
        withMessages(
          doc,
          messages.map((children) => replaceLeaf(children, 'DequeueCount', 'many')),
        ),
      );
    case 'huge-body':
      return render(
        withMessages(
          doc,
          messages.map((children) => replaceLeaf(children, 'MessageBody', 'A'.repeat(65536))),
        ),
      );
    case 'invalid-utf8': {
      const marked = render(
        withMessages(
          doc,
          messages.map((children) => replaceLeaf(children, 'MessageBody', INVALID_UTF8_MARKER)),
        ),
      );
      return spliceBytes(marked, Buffer.from(INVALID_UTF8_MARKER, 'utf8'), INVALID_UTF8_BYTES);
    }
    case 'single-message': {
      // The other shape than the one asked for: one <Message> root for a batch, a <Messages> list for a single.
      if (doc.root === 'Message')
        return render({ ...doc, root: 'Messages', children: [node('Message', messages[0] ?? [])] });
      return render({ ...doc, root: 'Message', children: messages[0] ?? [] });
    }
  }
}

/** Appends a copy of the first message of a `<Messages>` document. */
export function duplicateFirstMessage(doc: XmlDocument): XmlDocument {
  const first = doc.children[0];
  if (doc.root !== 'Messages' || first === undefined) return doc;
  return { ...doc, children: [...doc.children, first] };
}

function render(doc: XmlDocument): Buffer {
  return Buffer.from(renderXml(doc), 'utf8');
}

function spliceBytes(haystack: Buffer, needle: Buffer, replacement: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, from)) {
    parts.push(haystack.subarray(from, at), replacement);
    from = at + needle.length;
  }
  parts.push(haystack.subarray(from));
  return Buffer.concat(parts);
}
