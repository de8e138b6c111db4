/**
 * A small strict XML parser for the handful of request documents MNS accepts.
 *
 * Elements are kept in arrays and looked up by comparing names, never used as object keys, so a
 * `<__proto__>` or `<constructor>` element is just a name. DTDs are refused outright (no entity
 * expansion), only the five predefined entities and character references are understood, and
 * depth, element count and attribute count are bounded.
 */

/** One parsed element; `text` joins its direct character data (text and CDATA). */
export interface XmlElement {
  readonly name: string;
  readonly localName: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly children: XmlElement[];
  text: string;
}

/** Raised for anything that is not well-formed (or not allowed) XML. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'XmlSyntaxError';
  }
}

/** Bounds that keep hostile documents cheap. */
export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
  maxAttributes: number;
}

const DEFAULT_LIMITS: XmlLimits = { maxDepth: 12, maxElements: 4096, maxAttributes: 16 };

const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Parses a complete document and returns its root element. */
export function parseXml(source: string, limits: XmlLimits = DEFAULT_LIMITS): XmlElement {
  return new Parser(source, limits).document();
}

class Parser {
  private pos = 0;
  private elements = 0;

  constructor(
    private readonly src: string,
    private readonly limits: XmlLimits,
  ) {}

  document(): XmlElement {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.checkChars();
    if (this.src.startsWith('<?xml', this.pos)) this.skipUntil('?>', 'XML declaration');
    this.misc();
    if (!this.src.startsWith('<', this.pos) || this.src.startsWith('</', this.pos))
      this.fail('Expected a root element');
    const root = this.element(1);
    this.misc();
    if (this.pos < this.src.length) this.fail('Unexpected content after the root element');
    return root;
  }

  private fail(message: string): never {
    throw new XmlSyntaxError(message, this.pos);
  }

  private checkChars(): void {
    for (const ch of this.src) {
      const code = ch.codePointAt(0) ?? 0;
      if (!isXmlChar(code))
        this.fail(`Character U+${code.toString(16).toUpperCase()} is not allowed in XML`);
    }
  }

  private skipUntil(terminator: string, what: string): void {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`Unterminated ${what}`);
    this.pos = end + terminator.length;
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /[ \t\r\n]/.test(this.src.charAt(this.pos))) this.pos++;
  }

  /** Whitespace, comments and processing instructions around the root element. */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith('<!--', this.pos)) this.skipUntil('-->', 'comment');
      else if (
        this.src.startsWith('<!DOCTYPE', this.pos) ||
        this.src.startsWith('<!doctype', this.pos)
      )
        this.fail('DTDs are not accepted');
      else if (this.src.startsWith('<?', this.pos)) this.skipUntil('?>', 'processing instruction');
      else return;
    }
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (match === null) this.fail('Expected a name');
    this.pos = NAME.lastIndex;
    return match[0];
  }

  private element(depth: number): XmlElement {
    if (depth > this.limits.maxDepth) this.fail('Elements are nested too deeply');
    if (++this.elements > this.limits.maxElements) this.fail('Too many elements');
    this.pos++; // '<'
    const name = this.name();
    const attributes: [string, string][] = [];
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (this.src.startsWith('/>', this.pos)) {
        this.pos += 2;
        return makeElement(name, attributes, [], '');
      }
      if (this.src.startsWith('>', this.pos)) {
        this.pos++;
        break;
      }
      if (this.pos === before) this.fail('Expected whitespace before an attribute');
      attributes.push(this.attribute(attributes));
    }
    const children: XmlElement[] = [];
    const text = this.content(depth, children);
    // content() stops at '</'
    this.pos += 2;
    const closing = this.name();
    if (closing !== name) this.fail(`Mismatched closing tag </${closing}> for <${name}>`);
    this.skipSpace();
    if (!this.src.startsWith('>', this.pos)) this.fail('Expected >');
    this.pos++;
    return makeElement(name, attributes, children, text);
  }

  private attribute(existing: readonly [string, string][]): [string, string] {
    if (existing.length >= this.limits.maxAttributes) this.fail('Too many attributes');
    const name = this.name();
    if (existing.some(([other]) => other === name)) this.fail(`Duplicate attribute ${name}`);
    this.skipSpace();
    if (this.src.charAt(this.pos) !== '=') this.fail('Expected =');
    this.pos++;
    this.skipSpace();
    const quote = this.src.charAt(this.pos);
    if (quote !== '"' && quote !== "'") this.fail('Expected a quoted attribute value');
    const end = this.src.indexOf(quote, this.pos + 1);
    if (end < 0) this.fail('Unterminated attribute value');
    const raw = this.src.slice(this.pos + 1, end);
    if (raw.includes('<')) this.fail('< is not allowed in attribute values');
    const value = this.decode(raw, this.pos + 1);
    this.pos = end + 1;
    return [name, value];
  }

  /** Reads character data and child elements up to the matching '</'; returns the joined text. */
  private content(depth: number, children: XmlElement[]): string {
    let text = '';
    for (;;) {
      const lt = this.src.indexOf('<', this.pos);
      if (lt < 0) this.fail('Unclosed element');
      text += this.decode(this.src.slice(this.pos, lt), this.pos);
      this.pos = lt;
      if (this.src.startsWith('</', this.pos)) return text;
      if (this.src.startsWith('<![CDATA[', this.pos)) {
        const end = this.src.indexOf(']]>', this.pos + 9);
        if (end < 0) this.fail('Unterminated CDATA section');
        text += normalizeNewlines(this.src.slice(this.pos + 9, end));
        this.pos = end + 3;
      } else if (this.src.startsWith('<!--', this.pos)) {
        this.skipUntil('-->', 'comment');
      } else if (this.src.startsWith('<?', this.pos)) {
        this.skipUntil('?>', 'processing instruction');
      } else if (this.src.startsWith('<!', this.pos)) {
        this.fail('Markup declarations are not accepted');
      } else {
        children.push(this.element(depth + 1));
      }
    }
  }

  private decode(raw: string, offset: number): string {
    const normalized = normalizeNewlines(raw);
    if (!normalized.includes('&')) return normalized;
    return normalized.replace(/&([^;&\s<]{0,12});?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) this.failAt('A bare & must be written as &amp;', offset);
      if (ref.startsWith('#')) {
        const code = /^#x[0-9A-Fa-f]{1,6}$/.test(ref)
          ? parseInt(ref.slice(2), 16)
          : /^#[0-9]{1,7}$/.test(ref)
            ? parseInt(ref.slice(1), 10)
            : NaN;
        if (!isXmlChar(code)) this.failAt(`Invalid character reference &${ref};`, offset);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED.get(ref);
      if (value === undefined) this.failAt(`Undefined entity &${ref};`, offset);
      return value;
    });
  }

  private failAt(message: string, offset: number): never {
    throw new XmlSyntaxError(message, offset);
  }
}

function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function makeElement(
  name: string,
  attributes: [string, string][],
  children: XmlElement[],
  text: string,
): XmlElement {
  const colon = name.indexOf(':');
  return { name, localName: colon < 0 ? name : name.slice(colon + 1), attributes, children, text };
}
