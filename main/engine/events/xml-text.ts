// Just enough XML for the flat documents an event can be wrapped in (topic <Notification>, an MNS
// <Message> response): the root's name and the text of its direct children, matched by local name.

/** The root element's local name, or undefined when the text is not an XML element. */
export function xmlRootName(xml: string): string | undefined {
  const body = xml.replace(/^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  return /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(body)?.[1];
}

/** The unescaped text of the first element with this local name, or undefined when absent. */
export function xmlChildText(xml: string, name: string): string | undefined {
  const pattern = new RegExp(
    `<(?:[A-Za-z_][\\w.-]*:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[A-Za-z_][\\w.-]*:)?${name}\\s*>`,
  );
  const match = pattern.exec(xml);
  if (match === null)
    return new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?:\\s[^>]*)?/>`).test(xml) ? '' : undefined;
  return unescapeXml(match[1] ?? '');
}

/** Resolves CDATA sections and the five entities plus numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);/g,
    (whole, cdata: string | undefined, entity: string | undefined) => {
      if (cdata !== undefined) return cdata;
      switch (entity) {
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'amp':
          return '&';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
        default: {
          const code = entity?.startsWith('#x')
            ? parseInt(entity.slice(2), 16)
            : Number(entity?.slice(1));
          return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
            ? String.fromCodePoint(code)
            : whole;
        }
      }
    },
  );
}
