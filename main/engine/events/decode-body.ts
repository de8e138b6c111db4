import type { DecodeLayer, DecodedBody, JsonValue } from './event-model';
import { isJsonObject, parseJson } from './safe-json';
import { xmlChildText, xmlRootName } from './xml-text';

/** More than MNS allows (64 KB) with room for a response wrapper; larger input is not decoded. */
const MAX_DECODE_CHARS = 512 * 1024;
/** Topic envelope → Base64 → topic envelope… never legitimately goes deeper than this. */
const MAX_LAYERS = 6;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// Control characters other than tab, CR and LF mean the body is binary, not text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Unwraps a message body into every layer a person may want to see. Never throws. */
export function decodeBody(input: string | Uint8Array): DecodedBody {
  const text = typeof input === 'string' ? { value: input, valid: true } : utf8(input);
  const base = { raw: text.value, layers: [] as DecodeLayer[] };
  if (!text.valid) return unparseable(base, text.value, 'The body is not valid UTF-8 text.');
  if (text.value.length > MAX_DECODE_CHARS) {
    return unparseable(
      base,
      text.value,
      `The body is ${text.value.length} characters, more than an MNS message can hold.`,
    );
  }
  let current = text.value;
  for (let depth = 0; depth <= MAX_LAYERS; depth += 1) {
    const step = unwrapOnce(current);
    if (step.kind === 'payload') {
      return {
        ...base,
        innerText: current,
        payload: step.payload,
        expanded: expandNested(step.payload, 0) as { [key: string]: JsonValue },
        problem: undefined,
      };
    }
    if (step.kind === 'problem') return unparseable(base, current, step.problem);
    base.layers.push(step.layer);
    current = step.inner;
  }
  return unparseable(
    base,
    current,
    'The body is wrapped in more layers than any MNS producer uses.',
  );
}

type Step =
  | { kind: 'payload'; payload: { [key: string]: JsonValue } }
  | { kind: 'layer'; layer: DecodeLayer; inner: string }
  | { kind: 'problem'; problem: string };

function unwrapOnce(text: string): Step {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'problem', problem: 'The body is empty.' };
  if (BINARY.test(trimmed))
    return { kind: 'problem', problem: 'The body is binary data, not text.' };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromJson(trimmed);
  if (trimmed.startsWith('<')) return fromXml(trimmed);
  const compact = trimmed.replace(/\s+/g, '');
  if (compact.length % 4 === 0 && compact.length >= 8 && BASE64.test(compact)) {
    const decoded = utf8(Buffer.from(compact, 'base64'));
    const inner = decoded.value.trimStart();
    // Only accept what can be an event; random text that happens to be Base64-shaped stays text.
    if (decoded.valid && (inner.startsWith('{') || inner.startsWith('<'))) {
      return { kind: 'layer', layer: { kind: 'base64' }, inner: decoded.value };
    }
    return {
      kind: 'problem',
      problem: 'The body looks like Base64 but does not decode to JSON or XML.',
    };
  }
  return { kind: 'problem', problem: 'The body is plain text, not JSON, XML or Base64.' };
}

function fromJson(text: string): Step {
  const value = parseJson(text);
  if (value === undefined)
    return {
      kind: 'problem',
      problem: 'The body starts like JSON but is not valid JSON (truncated or malformed).',
    };
  if (!isJsonObject(value))
    return {
      kind: 'problem',
      problem: 'The body is JSON but not an object, so it cannot be an event.',
    };
  const message = value.Message;
  if (
    typeof message === 'string' &&
    ('TopicOwner' in value || 'TopicName' in value || 'SubscriptionName' in value)
  ) {
    return {
      kind: 'layer',
      layer: {
        kind: 'topic-json',
        topicName: text_(value.TopicName),
        topicOwner: text_(value.TopicOwner),
        subscriptionName: text_(value.SubscriptionName),
        messageId: text_(value.MessageId),
        messageTag: text_(value.MessageTag),
        publishTime: millis(value.PublishTime),
      },
      inner: message,
    };
  }
  return { kind: 'payload', payload: value };
}

function fromXml(text: string): Step {
  const root = xmlRootName(text);
  if (root === 'Notification') {
    const message = xmlChildText(text, 'Message');
    if (message === undefined)
      return { kind: 'problem', problem: 'The topic notification has no <Message>.' };
    return {
      kind: 'layer',
      layer: {
        kind: 'topic-xml',
        topicName: xmlChildText(text, 'TopicName'),
        topicOwner: xmlChildText(text, 'TopicOwner'),
        subscriptionName: xmlChildText(text, 'SubscriptionName'),
        messageId: xmlChildText(text, 'MessageId'),
        messageTag: xmlChildText(text, 'MessageTag'),
        // Old docs call it MessagePublishTime.
        publishTime: millis(
          xmlChildText(text, 'PublishTime') ?? xmlChildText(text, 'MessagePublishTime'),
        ),
      },
      inner: message,
    };
  }
  if (root === 'Message') {
    const body = xmlChildText(text, 'MessageBody');
    if (body === undefined)
      return { kind: 'problem', problem: 'The MNS message XML has no <MessageBody>.' };
    return {
      kind: 'layer',
      layer: { kind: 'mns-response', messageId: xmlChildText(text, 'MessageId') },
      inner: body,
    };
  }
  return {
    kind: 'problem',
    problem:
      root === undefined
        ? 'The body starts like XML but is not well-formed.'
        : `The body is an XML <${root}> document, not an MNS notification.`,
  };
}

/** Parses JSON held in string fields (Extend, AI Data, ActivityResults, MediaContent…), recursively. */
function expandNested(value: JsonValue, depth: number): JsonValue {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (depth < 4 && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
      const parsed = parseJson(trimmed);
      if (parsed !== undefined && typeof parsed === 'object' && parsed !== null)
        return expandNested(parsed, depth + 1);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => expandNested(item, depth));
  if (value !== null && typeof value === 'object') {
    // fromEntries defines keys, so a "__proto__" key stays an ordinary property.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, expandNested(item, depth)]),
    );
  }
  return value;
}

function unparseable(
  base: { raw: string; layers: DecodeLayer[] },
  innerText: string,
  problem: string,
): DecodedBody {
  return { ...base, innerText, payload: undefined, expanded: undefined, problem };
}

function utf8(bytes: Uint8Array): { value: string; valid: boolean } {
  try {
    return { value: new TextDecoder('utf-8', { fatal: true }).decode(bytes), valid: true };
  } catch {
    return { value: new TextDecoder('utf-8').decode(bytes), valid: false };
  }
}

function text_(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function millis(value: JsonValue | string | undefined): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{10,16}$/.test(value.trim())
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : undefined;
}
