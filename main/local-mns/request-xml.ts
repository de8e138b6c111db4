/**
 * Readers for the request documents MNS accepts: Queue, Topic, Message, Messages,
 * ReceiptHandles and Subscription. Unknown elements are ignored (newer SDKs add properties);
 * a wrong root, a duplicated field or markup inside a text field is a schema error.
 */
import { MnsError, mnsError, schemaError } from './errors';
import { parseXml, XmlSyntaxError } from './xml-parser';
import type { XmlElement } from './xml-parser';

/** The outcome of parsing a request body once, up front. */
export type ParsedBody =
  | { readonly kind: 'empty' }
  | { readonly kind: 'xml'; readonly root: XmlElement }
  | { readonly kind: 'malformed'; readonly reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and parses a request body; never throws. */
export function parseRequestBody(body: Buffer): ParsedBody {
  if (body.length === 0) return { kind: 'empty' };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { kind: 'malformed', reason: 'The body is not valid UTF-8' };
  }
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'xml', root: parseXml(text) };
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { kind: 'malformed', reason: error.message };
    throw error;
  }
}

/** Returns the document root, requiring the given root name; empty bodies yield undefined. */
export function requireRoot(parsed: ParsedBody, rootName: string): XmlElement | undefined {
  if (parsed.kind === 'empty') return undefined;
  if (parsed.kind === 'malformed') throw mnsError('MalformedXML');
  if (parsed.root.localName !== rootName) throw schemaError(parsed.root.localName);
  return parsed.root;
}

/** The text of the single child named `name`, or undefined when absent. */
export function leafText(parent: XmlElement, name: string): string | undefined {
  let found: XmlElement | undefined;
  for (const child of parent.children) {
    if (child.localName !== name) continue;
    if (found !== undefined) throw schemaError(name);
    found = child;
  }
  if (found === undefined) return undefined;
  if (found.children.length > 0) throw schemaError(name);
  return found.text;
}

/** Children named `name`, in document order. */
export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child) => child.localName === name);
}

/** Parses a decimal integer field; anything else is an InvalidArgument naming the element. */
export function integerField(parent: XmlElement, name: string): number | undefined {
  const raw = leafText(parent, name);
  if (raw === undefined) return undefined;
  return parseInteger(raw, name);
}

/** Strict decimal integer parsing shared with query parameters. */
export function parseInteger(raw: string, name: string): number {
  const trimmed = raw.trim();
  if (!/^-?[0-9]{1,12}$/.test(trimmed)) {
    throw new MnsError(400, 'InvalidArgument', `The value of ${name} should be an integer.`);
  }
  return Number(trimmed);
}

/** Parses a boolean field written as true/false in any case (Node sends true, Python True). */
export function booleanField(parent: XmlElement, name: string): boolean | undefined {
  const raw = leafText(parent, name);
  if (raw === undefined) return undefined;
  const lowered = raw.trim().toLowerCase();
  if (lowered === 'true') return true;
  if (lowered === 'false') return false;
  throw new MnsError(400, 'InvalidArgument', `The value of ${name} should be True or False.`);
}

/** The queue attributes a Queue document sets. */
export interface QueueAttributeFields {
  delaySeconds?: number;
  maximumMessageSize?: number;
  messageRetentionPeriod?: number;
  visibilityTimeout?: number;
  pollingWaitSeconds?: number;
  loggingEnabled?: boolean;
}

/** Reads a `<Queue>` document (CreateQueue / SetQueueAttributes). */
export function readQueueDocument(parsed: ParsedBody): QueueAttributeFields {
  const root = requireRoot(parsed, 'Queue');
  if (root === undefined) return {};
  return dropUndefined({
    delaySeconds: integerField(root, 'DelaySeconds'),
    maximumMessageSize: integerField(root, 'MaximumMessageSize'),
    messageRetentionPeriod: integerField(root, 'MessageRetentionPeriod'),
    visibilityTimeout: integerField(root, 'VisibilityTimeout'),
    pollingWaitSeconds: integerField(root, 'PollingWaitSeconds'),
    loggingEnabled: booleanField(root, 'LoggingEnabled'),
  });
}

/** The topic attributes a Topic document sets. */
export interface TopicAttributeFields {
  maximumMessageSize?: number;
  loggingEnabled?: boolean;
}

/** Reads a `<Topic>` document (CreateTopic / SetTopicAttributes). */
export function readTopicDocument(parsed: ParsedBody): TopicAttributeFields {
  const root = requireRoot(parsed, 'Topic');
  if (root === undefined) return {};
  return dropUndefined({
    maximumMessageSize: integerField(root, 'MaximumMessageSize'),
    loggingEnabled: booleanField(root, 'LoggingEnabled'),
  });
}

/** One message of a SendMessage/BatchSendMessage/PublishMessage request, still unvalidated. */
export interface MessageFields {
  body?: string;
  delaySeconds?: number;
  priority?: number;
  tag?: string;
}

/** Reads the fields of one `<Message>` element. */
export function readMessageElement(element: XmlElement): MessageFields {
  return dropUndefined({
    body: leafText(element, 'MessageBody'),
    delaySeconds: integerField(element, 'DelaySeconds'),
    priority: integerField(element, 'Priority'),
    tag: leafText(element, 'MessageTag'),
  });
}

/** The messages of a `<Messages>` batch document, or per-entry errors for unreadable entries. */
export function readMessagesDocument(parsed: ParsedBody): (MessageFields | MnsError)[] {
  const root = requireRoot(parsed, 'Messages');
  if (root === undefined) throw schemaError('Messages');
  return childrenNamed(root, 'Message').map((element) => {
    try {
      return readMessageElement(element);
    } catch (error) {
      if (error instanceof MnsError) return error;
      throw error;
    }
  });
}

/** The handles of a `<ReceiptHandles>` BatchDeleteMessage document. */
export function readReceiptHandlesDocument(parsed: ParsedBody): string[] {
  const root = requireRoot(parsed, 'ReceiptHandles');
  if (root === undefined) throw mnsError('MissingReceiptHandle');
  return childrenNamed(root, 'ReceiptHandle').map((element) => {
    if (element.children.length > 0) throw schemaError('ReceiptHandle');
    return element.text.trim();
  });
}

/** The fields of a `<Subscription>` document. */
export interface SubscriptionFields {
  endpoint?: string;
  filterTag?: string;
  notifyStrategy?: string;
  notifyContentFormat?: string;
}

/** Reads a `<Subscription>` document (Subscribe / SetSubscriptionAttributes). */
export function readSubscriptionDocument(parsed: ParsedBody): SubscriptionFields {
  const root = requireRoot(parsed, 'Subscription');
  if (root === undefined) return {};
  return dropUndefined({
    endpoint: leafText(root, 'Endpoint')?.trim(),
    filterTag: leafText(root, 'FilterTag'),
    notifyStrategy: leafText(root, 'NotifyStrategy')?.trim(),
    notifyContentFormat: leafText(root, 'NotifyContentFormat')?.trim(),
  });
}

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

// exactOptionalPropertyTypes: optional fields must be absent rather than undefined.
function dropUndefined<T extends object>(fields: T): Defined<T> {
  const result: Defined<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== undefined) result[key] = value as Exclude<T[keyof T], undefined>;
  }
  return result;
}
