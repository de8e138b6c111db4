/** A parsed XML element: local name (prefix dropped), attributes, child elements and text content. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = ENTITIES[ref];
    if (named === undefined) throw new Error(`unknown entity ${whole}`);
    return named;
  });
}

/**
 * A small but strict XML parser for the MNS envelopes: a scanner over tags, text, CDATA, comments
 * and the prolog that rejects mismatched tags and bare `<`/`&`, so a consumer's view is checked
 * the way a real parser would (the doc warns against regex extraction).
 */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (why: string): never => {
    throw new Error(`XML: ${why} at ${pos}`);
  };
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt === -1 ? source.length : lt;
    const text = source.slice(pos, textEnd);
    if (text.length > 0) {
      const top = stack.at(-1);
      if (!top) {
        if (text.trim()) fail('text outside the root element');
      } else {
        if (/&(?!(#x[0-9a-fA-F]+|#\d+|\w+);)/.test(text)) fail('bare &');
        top.text += decodeEntities(text);
      }
    }
    if (lt === -1) break;
    pos = lt;
    if (source.startsWith('<?', pos)) {
      const end = source.indexOf('?>', pos);
      if (end === -1) fail('unterminated prolog');
      pos = end + 2;
    } else if (source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos);
      if (end === -1) fail('unterminated comment');
      pos = end + 3;
    } else if (source.startsWith('<![CDATA[', pos)) {
      const end = source.indexOf(']]>', pos);
      const top = stack.at(-1);
      if (end === -1 || !top) fail('bad CDATA');
      else top.text += source.slice(pos + 9, end);
      pos = end + 3;
    } else if (source.startsWith('</', pos)) {
      const end = source.indexOf('>', pos);
      if (end === -1) fail('unterminated end tag');
      const name = localName(source.slice(pos + 2, end).trim());
      const open = stack.pop();
      if (!open || open.name !== name) fail(`mismatched </${name}>`);
      pos = end + 1;
    } else {
      const end = source.indexOf('>', pos);
      if (end === -1) fail('unterminated start tag');
      let inner = source.slice(pos + 1, end);
      const selfClosing = inner.endsWith('/');
      if (selfClosing) inner = inner.slice(0, -1);
      const match = /^([A-Za-z_][\w.:-]*)([\s\S]*)$/.exec(inner.trim());
      if (!match) fail('bad tag');
      const [, rawName = '', rest = ''] = match ?? [];
      const attributes: Record<string, string> = {};
      for (const attr of rest.matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) {
        attributes[attr[1] ?? ''] = decodeEntities(attr[2] ?? '');
      }
      const element: XmlElement = { name: localName(rawName), attributes, children: [], text: '' };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail('second root element');
      else root = element;
      if (!selfClosing) stack.push(element);
      pos = end + 1;
    }
  }
  if (stack.length > 0) fail('unclosed element');
  if (!root) return fail('no root element');
  return root;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Text of the first child with the given local name. */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}
