import type { JsonValue } from './event-model';

// yyyy-MM-ddTHH:mm:ssZ, with .SSS or :SSS milliseconds (AI events), a space instead of T, the
// doc samples' stray spaces after colons, and an optional offset; no offset means UTC.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):\s?(\d{2}):\s?(\d{2})(?:[.:](\d{1,6}))?\s?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Epoch milliseconds from any time format VOD, MPS or MNS use, or undefined. */
export function parseEventTime(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^\d{9,16}$/.test(trimmed)) return fromEpoch(Number(trimmed));
  const m = DATE_TIME.exec(trimmed);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction = '0', zone = 'Z'] = m;
  const ms = Math.round(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (
    Number.isNaN(utc) ||
    Number(mo) > 12 ||
    Number(d) > 31 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 60
  )
    return undefined;
  return utc - offsetMinutes(zone) * 60_000;
}

function fromEpoch(n: number): number | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  // Seconds for queue-level times, milliseconds for message times.
  return n < 1e11 ? n * 1000 : n;
}

function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
