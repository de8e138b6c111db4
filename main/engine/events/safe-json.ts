import type { JsonValue } from './event-model';

/** Deeper nesting than any real event has; refusing it keeps every walker off the stack limit. */
export const MAX_JSON_DEPTH = 64;

/** Stands in for a subtree nested deeper than MAX_JSON_DEPTH. */
export const TOO_DEEP_MARKER = `[nested deeper than ${MAX_JSON_DEPTH} levels: not shown]`;

/**
 * Parses JSON text, or returns undefined for anything that is not JSON. Subtrees nested deeper than
 * MAX_JSON_DEPTH are replaced by TOO_DEEP_MARKER: the event stays readable, and nothing downstream
 * (structured clone over IPC, JSON in the journal) meets a structure that overflows its stack.
 */
export function parseJson(text: string): JsonValue | undefined {
  let value: JsonValue;
  try {
    // JSON.parse defines "__proto__" as an ordinary own key, so the result cannot pollute anything.
    value = JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
  return nestingDepth(text) > MAX_JSON_DEPTH ? prune(value, 0) : value;
}

function prune(value: JsonValue, depth: number): JsonValue {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_JSON_DEPTH) return TOO_DEEP_MARKER;
  if (Array.isArray(value)) return value.map((item) => prune(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, prune(item, depth + 1)]),
  );
}

/** True for a JSON object (not an array or a primitive). */
export function isJsonObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The deepest bracket nesting outside strings; a linear scan, cheap even on hostile input. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth -= 1;
  }
  return deepest;
}
