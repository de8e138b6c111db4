/**
 * Response documents. Success roots use the documented namespace with a trailing slash; `<Error>`
 * uses the form without it (Java's JAXB binding needs that, every other SDK ignores it). Child
 * elements never carry attributes: the Node SDK's `extract()` crashes on them.
 */

/** Namespace of success roots. */
export const SUCCESS_NAMESPACE = 'http://mns.aliyuncs.com/doc/v1/';
/** Namespace of `<Error>` documents. */
export const ERROR_NAMESPACE = 'http://mns.aliyuncs.com/doc/v1';

/** A response element: a text leaf or an element with children. */
export type XmlNode =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly children: readonly XmlNode[] };

/** A whole response document. */
export interface XmlDocument {
  readonly root: string;
  readonly children: readonly XmlNode[];
  readonly namespace?: string;
}

/** A text leaf. */
export function leaf(name: string, value: string | number): XmlNode {
  return { name, text: String(value) };
}

/** An element with children. */
export function node(name: string, children: readonly XmlNode[]): XmlNode {
  return { name, children };
}

/**
 * Escapes character data. `\r` and `\t` become character references so they survive the XML
 * parser's newline normalization and reach the client byte-for-byte.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r\t]/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      case '\r':
        return '&#13;';
      default:
        return '&#9;';
    }
  });
}

function renderNode(xml: XmlNode): string {
  if ('text' in xml) return `<${xml.name}>${escapeXml(xml.text)}</${xml.name}>`;
  if (xml.children.length === 0) return `<${xml.name}/>`;
  return `<${xml.name}>${xml.children.map(renderNode).join('')}</${xml.name}>`;
}

/** Serializes a document with the XML declaration; an empty root is self-closing. */
export function renderXml(doc: XmlDocument): string {
  const ns = doc.namespace ?? SUCCESS_NAMESPACE;
  const open = `<${doc.root} xmlns="${ns}"`;
  const inner = doc.children.map(renderNode).join('');
  const element = inner === '' ? `${open}/>` : `${open}>${inner}</${doc.root}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element}`;
}

/** An `<Error>` document with all four children the SDKs require. */
export function errorDocument(
  code: string,
  message: string,
  requestId: string,
  hostId: string,
  namespace: string = ERROR_NAMESPACE,
): XmlDocument {
  return {
    root: 'Error',
    namespace,
    children: [
      leaf('Code', code),
      leaf('Message', message),
      leaf('RequestId', requestId),
      leaf('HostId', hostId),
    ],
  };
}
