// Makes event text safe to hand to an OS notification. Titles and subtitles come from message bodies
// that anyone with write access to a queue controls, so they may hold control characters, bidi
// overrides that reorder what the user reads, broken UTF-16, or megabytes of text.

/** Longest notification title, in UTF-16 code units, ellipsis included. */
export const MAX_TITLE_LENGTH = 80;
/** Longest notification body, in UTF-16 code units, ellipsis included. */
export const MAX_BODY_LENGTH = 200;

const ELLIPSIS = '…';
// Controls (C0, DEL, C1) and line/paragraph separators become spaces: a notification line is one
// line. Invisible format characters (bidi embeddings, overrides and isolates, zero-width
// characters, the BOM) are removed, so they can neither reorder text nor split a word.
const BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const INVISIBLE = /\p{Cf}/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Scan this many times the wanted length: enough to fill the line after whitespace collapses,
// without working through a huge string.
const SCAN_FACTOR = 4;

/** One line of display text: breaks and controls become spaces, invisibles go, whitespace collapses. */
export function sanitizeLine(text: string, maxLength: number): string {
  const cleaned = text
    .slice(0, SCAN_FACTOR * maxLength)
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(BREAKING, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(cleaned, maxLength);
}

/** Shortens text to `maxLength` code units with a trailing ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  let cut = maxLength - ELLIPSIS.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}
