import { describe, expect, it } from 'vitest';

import {
  MAX_INDENT_DEPTH,
  prettyXml,
  tokenizeXml,
  xmlLinesToText,
} from '../../../renderer/detail/xml-pretty';
import { XML_DOCUMENTS } from './support/fixtures';

const text = (source: string): string => xmlLinesToText(prettyXml(source));

describe('prettyXml', () => {
  it('indents a minified document, one element per line, text elements inline', () => {
    expect(text('<a><b>1</b><c/><d x="1"><e>2</e></d></a>')).toBe(
      ['<a>', '  <b>1</b>', '  <c/>', '  <d x="1">', '    <e>2</e>', '  </d>', '</a>'].join('\n'),
    );
  });

  it('reproduces an already pretty MNS ReceiveMessage response exactly', () => {
    expect(text(XML_DOCUMENTS.mnsResponseVod)).toBe(XML_DOCUMENTS.mnsResponseVod.trim());
  });

  it('keeps entities as written, never decoding them', () => {
    const lines = prettyXml(XML_DOCUMENTS.mnsResponseVod);
    const body = lines.find((line) => line.spans.some((span) => span.text === 'MessageBody'));
    expect(body?.depth).toBe(1);
    expect(body?.spans.map((span) => span.text).join('')).toContain('sd.mp4?a=1&amp;b=2');
  });

  it('colours tag names, attribute names and values', () => {
    const [declaration, message] = prettyXml(XML_DOCUMENTS.mnsResponseVod);
    expect(declaration?.spans).toEqual([
      { kind: 'meta', text: '<?xml version="1.0" encoding="UTF-8"?>' },
    ]);
    expect(message?.spans).toEqual([
      { kind: 'punct', text: '<' },
      { kind: 'tag', text: 'Message' },
      { kind: 'punct', text: ' ' },
      { kind: 'attr', text: 'xmlns' },
      { kind: 'punct', text: '=' },
      { kind: 'value', text: '"http://mns.aliyuncs.com/doc/v1/"' },
      { kind: 'punct', text: '>' },
    ]);
  });

  it('shows CDATA verbatim, inline in its element', () => {
    const lines = prettyXml(XML_DOCUMENTS.topicXmlCdata);
    const message = lines.find((line) => line.spans.some((span) => span.kind === 'cdata'));
    const cdata = message?.spans.find((span) => span.kind === 'cdata');
    expect(message?.depth).toBe(1);
    expect(cdata?.text.startsWith('<![CDATA[{"RequestId"')).toBe(true);
    expect(cdata?.text).toContain('"UserData":"a&b <c>"');
    expect(cdata?.text.endsWith(']]>')).toBe(true);
  });

  it('keeps a DOCTYPE with entity declarations as one line and never expands entities', () => {
    const lines = prettyXml(XML_DOCUMENTS.xmlEntityExpansion);
    expect(lines[1]?.spans[0]?.kind).toBe('meta');
    expect(lines[1]?.spans[0]?.text).toMatch(/^<!DOCTYPE Notification \[[\s\S]*\]>$/);
    const output = xmlLinesToText(lines);
    expect(output).toContain('<Message>&lol9;</Message>');
    expect(output.length).toBeLessThan(XML_DOCUMENTS.xmlEntityExpansion.length * 2);
  });

  it('puts comments and standalone text on their own lines', () => {
    expect(text('<a><!-- note --><b>x</b>  tail text  </a>')).toBe(
      ['<a>', '  <!-- note -->', '  <b>x</b>', '  tail text', '</a>'].join('\n'),
    );
  });

  it('treats a quoted ">" as part of the attribute', () => {
    expect(tokenizeXml('<a title="x > y">t</a>')).toEqual([
      { kind: 'open', name: 'a', raw: '<a title="x > y">', selfClosing: false },
      { kind: 'text', raw: 't' },
      { kind: 'close', name: 'a', raw: '</a>' },
    ]);
  });
});

describe('prettyXml on malformed input', () => {
  it('turns a bare "<" into text', () => {
    expect(tokenizeXml('a < b && c > d')).toEqual([{ kind: 'text', raw: 'a < b && c > d' }]);
  });

  it('treats a tag cut off by the end of the text as text', () => {
    expect(tokenizeXml('<a>x</a><b attr="1')).toEqual([
      { kind: 'open', name: 'a', raw: '<a>', selfClosing: false },
      { kind: 'text', raw: 'x' },
      { kind: 'close', name: 'a', raw: '</a>' },
      { kind: 'text', raw: '<b attr="1' },
    ]);
  });

  it('treats a tag interrupted by another "<" as text and carries on', () => {
    expect(text('<a <b>x</b>')).toBe('<a\n<b>x</b>');
  });

  it('survives mismatched and stray close tags without negative indentation', () => {
    const lines = prettyXml('</x></y><a><b>t</a></b>');
    expect(lines.every((line) => line.depth >= 0)).toBe(true);
    expect(xmlLinesToText(lines)).toContain('<a>');
  });

  it('runs unterminated comments, CDATA and declarations to the end', () => {
    expect(tokenizeXml('<a><!-- open')).toEqual([
      { kind: 'open', name: 'a', raw: '<a>', selfClosing: false },
      { kind: 'comment', raw: '<!-- open' },
    ]);
    expect(tokenizeXml('<![CDATA[ x')).toEqual([{ kind: 'cdata', raw: '<![CDATA[ x' }]);
    expect(tokenizeXml('<?xml ')).toEqual([{ kind: 'declaration', raw: '<?xml ' }]);
  });

  it('handles empty and whitespace-only input', () => {
    expect(prettyXml('')).toEqual([]);
    expect(prettyXml('  \n ')).toEqual([]);
  });

  it('folds a self-closing tag with odd spacing', () => {
    expect(text('<a  x = "1"   y="2" / >')).toBe('<a x = "1" y="2"/>');
  });
});

describe('prettyXml on huge input', () => {
  it('formats 1 MB of elements, one line each', () => {
    const count = 130_000;
    const source = `<root>${'<i>x</i>'.repeat(count)}</root>`;
    expect(source.length).toBeGreaterThan(900_000);
    const lines = prettyXml(source);
    expect(lines).toHaveLength(count + 2);
  });

  it('keeps 1 MB of unterminated quoted tags as text', () => {
    const source = '<a "'.repeat(250_000);
    const output = text(source);
    // No markup in it, so it is all kept, as text.
    expect(output.replace(/\s/g, '').length).toBe(source.replace(/\s/g, '').length);
  });

  it('caps indentation on absurd nesting', () => {
    const depth = 50_000;
    const lines = prettyXml(`${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`);
    expect(Math.max(...lines.map((line) => line.depth))).toBe(MAX_INDENT_DEPTH);
  });
});
