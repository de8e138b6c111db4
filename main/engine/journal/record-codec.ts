// One record per line: `<crc32 as 8 hex digits> <lean JSON>[\t<part>\t<part>]\n` (a `put` has
// the two parts: its search text, then its heavy JSON). The checksum covers everything between
// the space and the newline, so a torn or bit-flipped record is caught. JSON.stringify escapes
// tabs and newlines inside strings and search texts hold none, so both are safe separators.
import * as zlib from 'node:zlib';

const HEX_DIGITS = 8;
const HEADER_BYTES = HEX_DIGITS + 1;
/** Byte values the format is framed with. */
export const NEWLINE = 0x0a;
/** Separates the lean JSON from the parts that stay on disk. */
export const TAB = 0x09;
const SPACE = 0x20;

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
let table: Uint32Array | undefined;

/** CRC-32 (zlib's polynomial), continuing from `previous`; native when Node has zlib.crc32. */
export function crc32(data: Uint8Array, previous = 0): number {
  if (nativeCrc32) return nativeCrc32(data, previous);
  // Node 20 before 20.15 has no zlib.crc32; a table-driven loop is slower but identical.
  table ??= buildTable();
  let crc = ~previous >>> 0;
  for (let i = 0; i < data.length; i += 1) {
    crc = (table[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return ~crc >>> 0;
}

function buildTable(): Uint32Array {
  const result = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    result[n] = c >>> 0;
  }
  return result;
}

/**
 * Frames one record: the lean JSON (text, or its UTF-8 bytes), then optional tab-led bytes
 * (already starting with a tab).
 */
export function encodeLine(leanJson: string | Uint8Array, tail?: Uint8Array): Buffer {
  const leanBytes = typeof leanJson === 'string' ? Buffer.byteLength(leanJson) : leanJson.length;
  const tailBytes = tail?.length ?? 0;
  const line = Buffer.allocUnsafe(HEADER_BYTES + leanBytes + tailBytes + 1);
  if (typeof leanJson === 'string') line.write(leanJson, HEADER_BYTES, 'utf8');
  else line.set(leanJson, HEADER_BYTES);
  if (tail) line.set(tail, HEADER_BYTES + leanBytes);
  line[line.length - 1] = NEWLINE;
  const crc = crc32(line.subarray(HEADER_BYTES, line.length - 1));
  line.write(crc.toString(16).padStart(HEX_DIGITS, '0'), 0, 'latin1');
  line[HEX_DIGITS] = SPACE;
  return line;
}

/** The lean JSON bytes of a line made by `encodeLine` (a view into it). */
export function leanOf(line: Buffer): Buffer {
  const end = line.length - 1;
  const tab = line.subarray(HEADER_BYTES, end).indexOf(TAB);
  return line.subarray(HEADER_BYTES, tab === -1 ? end : HEADER_BYTES + tab);
}

/** Where a verified line's parts are: lean JSON from `leanStart` to `leanEnd`, then the tail. */
export interface LineParts {
  /** Offset of the line's first byte. */
  start: number;
  leanStart: number;
  leanEnd: number;
  /** Offset of the tab that starts the tail, or `end` when there is none. */
  tailStart: number;
  /** Offset of the newline. */
  end: number;
}

/** Checks the frame and checksum of the line `buf[start..end]` (`end` at its newline). */
export function verifyLine(buf: Buffer, start: number, end: number): LineParts | undefined {
  if (end - start < HEADER_BYTES + 2 || buf[start + HEX_DIGITS] !== SPACE) return undefined;
  const expected = parseHex(buf, start);
  if (expected === undefined) return undefined;
  const leanStart = start + HEADER_BYTES;
  // A bounded view: searching `buf` itself would run on past lines that have no tab.
  const content = buf.subarray(leanStart, end);
  if (crc32(content) !== expected) return undefined;
  const tab = content.indexOf(TAB);
  const tailStart = tab === -1 ? end : leanStart + tab;
  return { start, leanStart, leanEnd: tailStart, tailStart, end };
}

function parseHex(buf: Buffer, start: number): number | undefined {
  let value = 0;
  for (let i = start; i < start + HEX_DIGITS; i += 1) {
    const c = buf[i] ?? 0;
    const digit =
      c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : Number.NaN;
    if (Number.isNaN(digit)) return undefined;
    value = value * 16 + digit;
  }
  return value;
}

/** Parses JSON, or undefined when it is not JSON. */
export function parseJsonSafe(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Byte ranges of the two parts of a tail (`\t<first>\t<second>`), or undefined without one. */
export function tailParts(
  buf: Buffer,
  line: LineParts,
): { firstStart: number; firstEnd: number; secondStart: number } | undefined {
  if (line.tailStart >= line.end) return undefined;
  const firstStart = line.tailStart + 1;
  // Unbounded, so no view is made per line: a put's second tab is a few hundred bytes on.
  const tab = buf.indexOf(TAB, firstStart);
  if (tab === -1 || tab >= line.end) return undefined;
  return { firstStart, firstEnd: tab, secondStart: tab + 1 };
}

/** Builds the tail of a record: two texts, neither holding a tab or a newline. */
export function encodeTail(first: string, second: string): Buffer {
  return Buffer.from(`\t${first}\t${second}`, 'utf8');
}
