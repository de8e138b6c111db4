import { Buffer } from 'node:buffer';

import { childText, parseXml } from './xml-lite';

/** A layer a consumer peeled off on the way to the event. */
export type Layer = 'base64' | 'topic-json' | 'topic-xml' | 'rest-xml';

/** The result of event-formats.md §4.1 step 1 (and §1.2's recommendation). */
export type Unwrapped =
  | {
      readonly ok: true;
      readonly event: Record<string, unknown>;
      readonly layers: Layer[];
      readonly envelope?: Record<string, string>;
    }
  | { readonly ok: false; readonly reason: string; readonly layers: Layer[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Unwrap a raw queue body: JSON / XML envelope / Base64, recursively, as the doc prescribes. */
export function decodeBody(
  raw: string,
  layers: Layer[] = [],
  envelope?: Record<string, string>,
): Unwrapped {
  if (layers.length > 6) return { ok: false, reason: 'too many layers', layers };
  const text = raw.trim();
  const withEnvelope = (result: Unwrapped): Unwrapped =>
    result.ok && envelope && !result.envelope ? { ...result, envelope } : result;
  if (text.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'invalid JSON', layers };
    }
    if (!isRecord(value)) return { ok: false, reason: 'JSON is not an object', layers };
    if (typeof value.TopicOwner === 'string' && typeof value.Message === 'string') {
      const fields: Record<string, string> = {};
      for (const [key, field] of Object.entries(value))
        if (typeof field === 'string') fields[key] = field;
      return decodeBody(value.Message, [...layers, 'topic-json'], fields);
    }
    return withEnvelope({ ok: true, event: value, layers });
  }
  if (text.startsWith('<')) {
    let root;
    try {
      root = parseXml(text);
    } catch (error) {
      return { ok: false, reason: `invalid XML: ${String(error)}`, layers };
    }
    if (root.name === 'Notification') {
      const fields: Record<string, string> = { xmlns: root.attributes.xmlns ?? '' };
      for (const child of root.children) fields[child.name] = child.text;
      return decodeBody(childText(root, 'Message') ?? '', [...layers, 'topic-xml'], fields);
    }
    if (root.name === 'Message')
      return decodeBody(childText(root, 'MessageBody') ?? '', [...layers, 'rest-xml']);
    return { ok: false, reason: `unexpected XML root ${root.name}`, layers };
  }
  if (/^[A-Za-z0-9+/=\s]+$/.test(text) && text.length % 4 === 0 && text.length > 0) {
    const decoded = Buffer.from(text, 'base64').toString('utf8');
    const start = decoded.trimStart();
    if (start.startsWith('{') || start.startsWith('<'))
      return decodeBody(decoded, [...layers, 'base64'], envelope);
  }
  return { ok: false, reason: 'unparseable', layers };
}
