import type { JsonValue } from './event-model';
import { isJsonObject, parseJson } from './safe-json';

/** A decoded JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * The value of the first of `names` present, matched exactly first and then case-insensitively,
 * because MPS sends jobId, JobId and jobid for the same field.
 */
export function field(source: JsonObject | undefined, ...names: string[]): JsonValue | undefined {
  if (source === undefined) return undefined;
  for (const name of names) if (Object.hasOwn(source, name)) return source[name];
  const lower = new Set(names.map((n) => n.toLowerCase()));
  const key = Object.keys(source).find((k) => lower.has(k.toLowerCase()));
  return key === undefined ? undefined : source[key];
}

/** A field as text (numbers and booleans printed), or undefined when absent or empty. */
export function text(source: JsonObject | undefined, ...names: string[]): string | undefined {
  const value = field(source, ...names);
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A field as a finite number; VOD sends numbers as strings in several events. */
export function number(source: JsonObject | undefined, ...names: string[]): number | undefined {
  const value = field(source, ...names);
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A field as a boolean, accepting "true"/"false" strings. */
export function flag(source: JsonObject | undefined, ...names: string[]): boolean | undefined {
  const value = field(source, ...names);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
    return value.trim().toLowerCase() === 'true';
  return undefined;
}

/** A field as an object, parsing it when it arrives as a JSON string (AI Data, DynamicImageJobInfo…). */
export function object(source: JsonObject | undefined, ...names: string[]): JsonObject | undefined {
  const value = field(source, ...names);
  if (isJsonObject(value)) return value;
  if (typeof value === 'string') {
    const parsed = parseJson(value.trim());
    return isJsonObject(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** A field as a list of objects (a JSON-string list is parsed; non-objects are skipped). */
export function objects(source: JsonObject | undefined, ...names: string[]): JsonObject[] {
  let value = field(source, ...names);
  if (typeof value === 'string') value = parseJson(value.trim());
  if (isJsonObject(value)) return [value];
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

/** A field as a list of strings (a single string becomes one item). */
export function strings(source: JsonObject | undefined, ...names: string[]): string[] {
  const value = field(source, ...names);
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
}
