// Typed reads from parsed JSON. A record that passed its checksum can still be from a newer
// format or a bug; a read that does not fit throws NotReadable and the caller skips the record.

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** A parsed JSON object or array, read by key or by position. */
export type Fields = JsonObject | readonly unknown[];

/** Thrown when a stored record does not have the shape this version reads. */
export class NotReadable extends Error {}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(o: Fields, key: string | number): unknown {
  // An array read by a number key and an object by a string key are the same JS operation.
  return (o as Readonly<Record<string | number, unknown>>)[key];
}

/** The array at `key`. */
export function arrayAt(o: Fields, key: string | number): readonly unknown[] {
  const value = field(o, key);
  if (!Array.isArray(value)) throw new NotReadable(String(key));
  return value;
}

/** The string at `key`. */
export function stringAt(o: Fields, key: string | number): string {
  const value = field(o, key);
  if (typeof value !== 'string') throw new NotReadable(String(key));
  return value;
}

/** The string at `key`; null or absent read as undefined. */
export function optionalStringAt(o: Fields, key: string | number): string | undefined {
  const value = field(o, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new NotReadable(String(key));
  return value;
}

/** The finite number at `key`. */
export function numberAt(o: Fields, key: string | number): number {
  const value = field(o, key);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new NotReadable(String(key));
  return value;
}

/** The finite number at `key`; null or absent read as undefined. */
export function optionalNumberAt(o: Fields, key: string | number): number | undefined {
  const value = field(o, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new NotReadable(String(key));
  return value;
}

/** The boolean at `key`. */
export function booleanAt(o: Fields, key: string | number): boolean {
  const value = field(o, key);
  if (typeof value !== 'boolean') throw new NotReadable(String(key));
  return value;
}

/** Reads a string that must be one of `allowed`, returning the canonical literal. */
export function oneOf<T extends string>(
  o: Fields,
  key: string | number,
  allowed: ReadonlyMap<string, T>,
): T {
  const value = allowed.get(stringAt(o, key));
  if (value === undefined) throw new NotReadable(String(key));
  return value;
}

/** A lookup from text to literal, for `oneOf`. */
export function literals<T extends string>(values: readonly T[]): ReadonlyMap<string, T> {
  return new Map(values.map((value) => [value, value]));
}

/** Canonical instances of repeated strings, so 100,000 entries share one copy of each. */
export class Interner {
  private readonly strings = new Map<string, string>();

  /** The shared copy of `value`. */
  string(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /** The shared copy of `value` when there is one; undefined stays undefined. */
  optional(value: string | undefined): string | undefined {
    return value === undefined ? undefined : this.string(value);
  }
}
