import type { JsonValue } from './event-model';

/** Deeper nesting than any real event has; refusing it keeps every walker off the stack limit. */
export const MAX_JSON_DEPTH = 64;

/** Parses JSON text, or returns undefined for anything that is not JSON or is nested too deeply. */
export function parseJson(text: string): JsonValue | undefined {
  if (nestingDepth(text) > MAX_JSON_DEPTH) return undefined;
  try {
    // JSON.parse defines "__proto__" as an ordinary own key, so the result cannot pollute anything.
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
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
