// A tolerant XML pretty-printer for display only. It scans the text once with indexOf and never
// builds a DOM, never expands entities and never treats anything as HTML: the result is plain
// strings that React renders as text. Malformed input degrades to text, never to an error.

/** One lexical piece of an XML document. */
export type XmlToken =
  | { kind: 'open'; name: string; raw: string; selfClosing: boolean }
  | { kind: 'close'; name: string; raw: string }
  | { kind: 'text'; raw: string }
  | { kind: 'cdata'; raw: string }
  | { kind: 'comment'; raw: string }
  | { kind: 'declaration'; raw: string }
  | { kind: 'doctype'; raw: string };

/** How a span is coloured. */
export type XmlSpanKind =
  'punct' | 'tag' | 'attr' | 'value' | 'text' | 'cdata' | 'comment' | 'meta';

/** A run of text with one colour. */
export interface XmlSpan {
  kind: XmlSpanKind;
  text: string;
}

/** One output line: its nesting depth and its coloured spans. */
export interface XmlLine {
  depth: number;
  spans: XmlSpan[];
}

/** Indentation stops growing here, so absurd nesting cannot blow up the output size. */
export const MAX_INDENT_DEPTH = 40;

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;

/** Splits XML text into tokens in one linear pass; what is not markup becomes text. */
export function tokenizeXml(source: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  const pushText = (raw: string): void => {
    if (raw === '') return;
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text') last.raw += raw;
    else tokens.push({ kind: 'text', raw });
  };
  const length = source.length;
  let i = 0;
  while (i < length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      pushText(source.slice(i));
      break;
    }
    pushText(source.slice(i, lt));
    if (source.startsWith('<!--', lt)) {
      const end = untilAfter(source, '-->', lt + 4);
      tokens.push({ kind: 'comment', raw: source.slice(lt, end) });
      i = end;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = untilAfter(source, ']]>', lt + 9);
      tokens.push({ kind: 'cdata', raw: source.slice(lt, end) });
      i = end;
    } else if (source.startsWith('<?', lt)) {
      const end = untilAfter(source, '?>', lt + 2);
      tokens.push({ kind: 'declaration', raw: source.slice(lt, end) });
      i = end;
    } else if (source.startsWith('<!', lt)) {
      const end = doctypeEnd(source, lt + 2);
      tokens.push({ kind: 'doctype', raw: source.slice(lt, end) });
      i = end;
    } else if (source.startsWith('</', lt)) {
      i = scanClose(source, lt, tokens, pushText);
    } else if (NAME_START.test(source.charAt(lt + 1))) {
      i = scanOpen(source, lt, tokens, pushText);
    } else {
      // A bare "<" (as in "a < b"): text.
      pushText('<');
      i = lt + 1;
    }
  }
  return tokens;
}

/** Lays tokens out one element per line; an element holding only text stays on one line. */
export function prettyXml(source: string): XmlLine[] {
  const tokens = tokenizeXml(source);
  const lines: XmlLine[] = [];
  let depth = 0;
  const line = (spans: XmlSpan[]): void => {
    lines.push({ depth: Math.min(depth, MAX_INDENT_DEPTH), spans });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    switch (token.kind) {
      case 'text': {
        const trimmed = token.raw.trim();
        if (trimmed !== '') line([{ kind: 'text', text: trimmed }]);
        break;
      }
      case 'open': {
        if (token.selfClosing) {
          line(openSpans(token.raw));
          break;
        }
        const next = tokens[i + 1];
        const after = tokens[i + 2];
        if (next?.kind === 'close' && next.name === token.name) {
          line([...openSpans(token.raw), ...closeSpans(next.name)]);
          i += 1;
        } else if (
          (next?.kind === 'text' || next?.kind === 'cdata') &&
          after?.kind === 'close' &&
          after.name === token.name
        ) {
          const inner: XmlSpan = { kind: next.kind === 'cdata' ? 'cdata' : 'text', text: next.raw };
          line([...openSpans(token.raw), inner, ...closeSpans(after.name)]);
          i += 2;
        } else {
          line(openSpans(token.raw));
          depth += 1;
        }
        break;
      }
      case 'close':
        depth = Math.max(0, depth - 1);
        line(closeSpans(token.name));
        break;
      case 'cdata':
        line([{ kind: 'cdata', text: token.raw }]);
        break;
      case 'comment':
        line([{ kind: 'comment', text: token.raw }]);
        break;
      case 'declaration':
      case 'doctype':
        line([{ kind: 'meta', text: token.raw }]);
        break;
    }
  }
  return lines;
}

/** The pretty lines as plain text, two spaces per level. */
export function xmlLinesToText(lines: readonly XmlLine[]): string {
  return lines
    .map((line) => '  '.repeat(line.depth) + line.spans.map((span) => span.text).join(''))
    .join('\n');
}

/** Index just after `marker` (searching from `from`), or the end of the text when it is missing. */
function untilAfter(source: string, marker: string, from: number): number {
  const at = source.indexOf(marker, from);
  return at === -1 ? source.length : at + marker.length;
}

/** End of a `<!DOCTYPE …>`, skipping its `[ … ]` internal subset and quoted strings. */
function doctypeEnd(source: string, from: number): number {
  let brackets = 0;
  let quote: string | undefined;
  for (let j = from; j < source.length; j += 1) {
    const c = source.charAt(j);
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') brackets += 1;
    else if (c === ']') brackets = Math.max(0, brackets - 1);
    else if (c === '>' && brackets === 0) return j + 1;
  }
  return source.length;
}

/** Reads `</name>`; a close tag interrupted by another `<` is text up to it. */
function scanClose(
  source: string,
  lt: number,
  tokens: XmlToken[],
  pushText: (raw: string) => void,
): number {
  const gt = source.indexOf('>', lt + 2);
  const nextLt = source.indexOf('<', lt + 2);
  if (gt === -1 || (nextLt !== -1 && nextLt < gt)) {
    const stop = nextLt === -1 ? source.length : nextLt;
    pushText(source.slice(lt, stop));
    return stop;
  }
  const raw = source.slice(lt, gt + 1);
  const name = raw.slice(2, -1).trim().split(/\s/)[0] ?? '';
  tokens.push({ kind: 'close', name, raw });
  return gt + 1;
}

/**
 * Reads `<name attr="…">`. Quoted values may hold `<` and `>`. A tag cut off by a `<` outside
 * quotes, or by the end of the text, is text; scanning resumes at that `<`, so every character is
 * looked at once and hostile input stays linear.
 */
function scanOpen(
  source: string,
  lt: number,
  tokens: XmlToken[],
  pushText: (raw: string) => void,
): number {
  let quote: string | undefined;
  for (let j = lt + 1; j < source.length; j += 1) {
    const c = source.charAt(j);
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') {
      const raw = source.slice(lt, j + 1);
      const name = /^<([^\s/>]+)/.exec(raw)?.[1] ?? '';
      tokens.push({ kind: 'open', name, raw, selfClosing: /\/\s*>$/.test(raw) });
      return j + 1;
    } else if (c === '<') {
      pushText(source.slice(lt, j));
      return j;
    }
  }
  pushText(source.slice(lt));
  return source.length;
}

/** Coloured spans of an open tag; attribute whitespace is folded to single spaces. */
function openSpans(raw: string): XmlSpan[] {
  const selfClosing = /\/\s*>$/.test(raw);
  const name = /^<([^\s/>]+)/.exec(raw)?.[1] ?? '';
  const body = raw.slice(1 + name.length, raw.length - (selfClosing ? 2 : 1)).replace(/\/\s*$/, '');
  const spans: XmlSpan[] = [
    { kind: 'punct', text: '<' },
    { kind: 'tag', text: name },
  ];
  const piece = /(\s+)|("[^"]*"|'[^']*')|(=)|([^\s="']+)|(["'])/g;
  for (let match = piece.exec(body); match !== null; match = piece.exec(body)) {
    const [, space, quoted, equals, word, stray] = match;
    if (space !== undefined) spans.push({ kind: 'punct', text: ' ' });
    else if (quoted !== undefined) spans.push({ kind: 'value', text: quoted });
    else if (equals !== undefined) spans.push({ kind: 'punct', text: '=' });
    else if (word !== undefined) spans.push({ kind: 'attr', text: word });
    else if (stray !== undefined) spans.push({ kind: 'value', text: stray });
  }
  // Drop a trailing space before the closing bracket ("<a x='1' >").
  if (spans[spans.length - 1]?.text === ' ') spans.pop();
  spans.push({ kind: 'punct', text: selfClosing ? '/>' : '>' });
  return spans;
}

function closeSpans(name: string): XmlSpan[] {
  return [
    { kind: 'punct', text: '</' },
    { kind: 'tag', text: name },
    { kind: 'punct', text: '>' },
  ];
}
