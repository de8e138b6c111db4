import { describe, expect, it } from 'vitest';

import { MnsError } from '../../../main/local-mns';
import {
  parseRequestBody,
  readMessageElement,
  readMessagesDocument,
  readQueueDocument,
  readReceiptHandlesDocument,
} from '../../../main/local-mns/request-xml';
import { parseXml, XmlSyntaxError } from '../../../main/local-mns/xml-parser';

const NS = 'xmlns="http://mns.aliyuncs.com/doc/v1/"';
const body = (xml: string) => parseRequestBody(Buffer.from(xml, 'utf8'));

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof MnsError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('xml parser', () => {
  it('decodes the predefined entities, character references and CDATA', () => {
    const root = parseXml(
      `<?xml version="1.0"?><a><b>&lt;x&gt; &amp; &quot;&apos; &#65;&#x42;</b><c><![CDATA[<raw & text>]]></c></a>`,
    );
    expect(root.children.map((child) => child.text)).toEqual([`<x> & "' AB`, '<raw & text>']);
  });

  it('normalises CRLF to LF in text, like every XML parser', () => {
    expect(parseXml('<a>one\r\ntwo\rthree</a>').text).toBe('one\ntwo\nthree');
  });

  it('keeps names such as __proto__ as plain data', () => {
    const root = parseXml('<Message><__proto__><polluted>yes</polluted></__proto__></Message>');
    expect(root.children[0]?.name).toBe('__proto__');
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('strips namespace prefixes into localName and ignores comments and PIs', () => {
    const root = parseXml(
      '<!-- hi --><ns:Queue xmlns:ns="x"><?pi x?><ns:DelaySeconds>3</ns:DelaySeconds></ns:Queue>',
    );
    expect(root.localName).toBe('Queue');
    expect(root.children[0]?.localName).toBe('DelaySeconds');
  });

  it.each([
    ['a bare ampersand (the Node SDK does not escape bodies)', '<a>fish & chips</a>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a DTD (no entity expansion)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['content after the root', '<a/><b/>'],
    ['an unclosed root', '<a><b>x</b>'],
    ['a character reference to NUL', '<a>&#0;</a>'],
    ['a raw control character', '<a>\u0001</a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['markup in an attribute value', '<a x="<"/>'],
  ])('rejects %s', (_label, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });

  it('bounds nesting depth and element count', () => {
    expect(() => parseXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`)).toThrow(
      /nested too deeply/,
    );
    expect(() => parseXml(`<a>${'<b/>'.repeat(5000)}</a>`)).toThrow(/Too many elements/);
  });
});

describe('request document readers', () => {
  it('reads a Queue document, accepting True/False in any case', () => {
    const parsed = body(
      `<Queue ${NS}><VisibilityTimeout>60</VisibilityTimeout><LoggingEnabled>True</LoggingEnabled></Queue>`,
    );
    expect(readQueueDocument(parsed)).toEqual({ visibilityTimeout: 60, loggingEnabled: true });
    expect(readQueueDocument(body(''))).toEqual({});
  });

  it('maps malformed XML to MalformedXML and schema problems to InvalidArgument', () => {
    expect(codeOf(() => readQueueDocument(body('<Queue><DelaySeconds>1</Queue>')))).toBe(
      'MalformedXML',
    );
    expect(codeOf(() => readQueueDocument(body('<Topic/>')))).toBe('InvalidArgument');
    expect(
      codeOf(() => readQueueDocument(body('<Queue><DelaySeconds>soon</DelaySeconds></Queue>'))),
    ).toBe('InvalidArgument');
    const twice = body(
      '<Message><MessageBody>a</MessageBody><MessageBody>b</MessageBody></Message>',
    );
    expect(codeOf(() => twice.kind === 'xml' && readMessageElement(twice.root))).toBe(
      'InvalidArgument',
    );
    const markup = body('<Message><MessageBody><b>bold</b></MessageBody></Message>');
    expect(codeOf(() => markup.kind === 'xml' && readMessageElement(markup.root))).toBe(
      'InvalidArgument',
    );
  });

  it('treats invalid UTF-8 as malformed', () => {
    const parsed = parseRequestBody(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]));
    expect(parsed.kind).toBe('malformed');
  });

  it('reads batch documents, turning unreadable entries into per-entry errors', () => {
    const entries = readMessagesDocument(
      body(
        `<Messages ${NS}><Message><MessageBody>a</MessageBody><Priority>1</Priority></Message>` +
          '<Message><MessageBody>b</MessageBody><Priority>high</Priority></Message></Messages>',
      ),
    );
    expect(entries[0]).toEqual({ body: 'a', priority: 1 });
    expect(entries[1]).toBeInstanceOf(MnsError);
    expect(
      readReceiptHandlesDocument(
        body(
          `<ReceiptHandles ${NS}><ReceiptHandle> h1 </ReceiptHandle><ReceiptHandle>h2</ReceiptHandle></ReceiptHandles>`,
        ),
      ),
    ).toEqual(['h1', 'h2']);
    expect(codeOf(() => readReceiptHandlesDocument(body('')))).toBe('MissingReceiptHandle');
  });
});
