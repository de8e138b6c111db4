// Every title and subtitle the classifier makes from the fixture corpus (tests/fixtures/events) and
// from demo traffic, for the renderer's event-text coverage test. It lives here, with the Node
// tests' type settings, because the renderer's tsconfig may not include engine code; that test
// loads it at run time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { classifyDecoded } from '../../main/engine/events/classify-event';
import { decodeBody } from '../../main/engine/events/decode-body';
import { parseJson } from '../../main/engine/events/safe-json';
import { generateDemoMessages } from '../../main/local-mns/demo';

/** One classified body: what the feed shows, and every string the body itself carried. */
export interface EventTextSample {
  from: string;
  title: string;
  subtitle: string;
  /** String values of the payload (nested JSON strings too): names, ids, producer messages. */
  payloadStrings: string[];
}

const FIXTURES = join(__dirname, '../fixtures/events');
const RAW_EXTENSIONS = new Set(['json', 'txt', 'xml', 'bin']);

/** Classifies every fixture body and `demoCount` demo messages. */
export function eventTextSamples(demoCount: number): EventTextSample[] {
  const samples: EventTextSample[] = [];
  for (const path of filesUnder(FIXTURES)) {
    const ext = path.split('.').pop() ?? '';
    if (path.endsWith('.expected.json') || !RAW_EXTENSIONS.has(ext)) continue;
    const bytes = readFileSync(path);
    const body = ext === 'bin' ? new Uint8Array(bytes) : bytes.toString('utf8');
    samples.push(sample(path.slice(FIXTURES.length + 1), body));
  }
  for (const message of generateDemoMessages('event-text', demoCount, {
    accountId: '1234567890123456',
  })) {
    samples.push(sample(`demo ${message.kind}`, message.body));
  }
  return samples;
}

/** How many fixture bodies the corpus holds. */
export function fixtureBodyCount(): number {
  return filesUnder(FIXTURES).filter(
    (path) => !path.endsWith('.expected.json') && RAW_EXTENSIONS.has(path.split('.').pop() ?? ''),
  ).length;
}

function sample(from: string, body: string | Uint8Array): EventTextSample {
  const decoded = decodeBody(body);
  const event = classifyDecoded(decoded);
  return {
    from,
    title: event.title,
    subtitle: event.subtitle,
    payloadStrings: stringsOf(decoded.payload),
  };
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') {
    const nested = value.trim().startsWith('{') ? parseJson(value.trim()) : undefined;
    return [value, ...(nested === undefined ? [] : stringsOf(nested))];
  }
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}
