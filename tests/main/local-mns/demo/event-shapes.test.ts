import { describe, expect, it } from 'vitest';

import type { DemoMessage } from '../../../../main/local-mns/demo';
import { DEMO_QUEUES, DEMO_TOPIC, generateDemoMessages } from '../../../../main/local-mns/demo';
import { checkMpsJob, checkVodEvent } from './support/check-events';
import { checkWorkflow } from './support/check-workflow';
import { classifyEvent } from './support/classify-event';
import { decodeBody } from './support/decode-body';

const SEEDS = ['shapes-a', 'shapes-b', 20250602] as const;
const batches = SEEDS.map((seed) => generateDemoMessages(seed, 3000));
const all: DemoMessage[] = batches.flat();
const regular = all.filter((message) => !message.kind.startsWith('odd/'));

function decoded(message: DemoMessage): Record<string, unknown> {
  const result = decodeBody(message.body);
  if (!result.ok)
    throw new Error(
      `${message.kind} did not decode (${result.reason}): ${message.body.slice(0, 120)}`,
    );
  return result.event;
}

describe('every generated body follows event-formats.md', () => {
  it('decodes the way §4.1 step 1 prescribes (JSON, or Base64 of JSON)', () => {
    for (const message of regular) {
      const result = decodeBody(message.body);
      expect(result.ok, `${message.kind}: ${message.body.slice(0, 80)}`).toBe(true);
      if (result.ok) expect(result.layers.every((layer) => layer === 'base64')).toBe(true);
    }
  });

  it('dispatches to the producer the kind names, and classifies to the outcome the generator intended', () => {
    const mismatches: string[] = [];
    for (const message of regular) {
      const classified = classifyEvent(decoded(message));
      const source = message.kind.startsWith('vod/')
        ? 'vod'
        : message.kind.startsWith('mps/job/')
          ? 'mps-job'
          : 'mps-workflow';
      if (classified.source !== source || classified.outcome !== message.outcome) {
        mismatches.push(
          `${message.kind} ${message.outcome} → ${classified.source} ${classified.outcome}`,
        );
      }
      const event = message.kind.split('/')[source === 'vod' ? 1 : 2];
      if (classified.event !== event)
        mismatches.push(`${message.kind} classified as event ${classified.event}`);
      if (classified.keyId === undefined) mismatches.push(`${message.kind} has no key id`);
    }
    expect(mismatches).toEqual([]);
  });

  it('has exactly the documented fields, spellings and types for each VOD event type', () => {
    const problems = regular
      .filter((message) => message.kind.startsWith('vod/'))
      .flatMap((message) =>
        checkVodEvent(decoded(message)).map((problem) => `${message.kind}: ${problem}`),
      );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('writes MPS job messages in one of the documented key spellings, failures with code/msg', () => {
    const problems = regular
      .filter((message) => message.kind.startsWith('mps/job/'))
      .flatMap((message) =>
        checkMpsJob(decoded(message)).map((problem) => `${message.kind}: ${problem}`),
      );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('writes workflow Start/Report messages with the documented structure', () => {
    const problems = regular
      .filter((message) => message.kind.startsWith('mps/workflow/'))
      .flatMap((message) =>
        checkWorkflow(decoded(message)).map((problem) => `${message.kind}: ${problem}`),
      );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('marks MPS workflow Report kinds the way §3.3 derives them', () => {
    for (const message of regular.filter((m) => m.kind.startsWith('mps/workflow/Report'))) {
      expect(message.kind).toBe(`mps/workflow/Report/${classifyEvent(decoded(message)).kind}`);
    }
  });
});

describe('destinations', () => {
  it('sends VOD events straight to the VOD queue as plain JSON (VOD never uses topics or Base64)', () => {
    for (const message of regular.filter((m) => m.kind.startsWith('vod/'))) {
      expect(message.destination).toEqual({ queue: DEMO_QUEUES.vod });
      expect(message.body.startsWith('{')).toBe(true);
    }
  });

  it('sends MPS messages to the MPS queue or the topic, Base64 only where publishers do it', () => {
    for (const message of regular.filter((m) => m.kind.startsWith('mps/'))) {
      const { destination } = message;
      if ('queue' in destination) expect(destination.queue).toBe(DEMO_QUEUES.mps);
      else {
        expect(destination.topic).toBe(DEMO_TOPIC);
        expect(['demo-json', 'demo-xml', 'demo-simplified']).toContain(destination.tag);
        // Alibaba pairs SIMPLIFIED with raw publishing; Base64 goes with the XML/JSON envelopes.
        if (destination.tag === 'demo-simplified') expect(message.body.startsWith('{')).toBe(true);
      }
    }
  });
});

describe('odd bodies', () => {
  const odd = all.filter((message) => message.kind.startsWith('odd/'));

  it('are ones a §4 viewer drops as unparseable, unknown or not-VOD, never a normal event', () => {
    expect(odd.length).toBeGreaterThan(0);
    for (const message of odd) {
      expect(message.outcome).toBe('unknown');
      const result = decodeBody(message.body);
      if (!result.ok) continue;
      const classified = classifyEvent(result.event);
      expect(classified.outcome, message.kind).toBe('unknown');
      expect(['unknown', 'ims', 'vod']).toContain(classified.source);
    }
  });

  it('cover each documented hazard', () => {
    const kinds = new Set(odd.map((message) => message.kind));
    for (const kind of [
      'non-json',
      'topic-text',
      'unknown-json',
      'unknown-vod-event',
      'ims-lookalike',
      'truncated-json',
      'base64-text',
    ]) {
      expect(kinds).toContain(`odd/${kind}`);
    }
  });
});

describe('size', () => {
  it('keeps every body (and its Base64 form) under the 64 KB queue maximum', () => {
    for (const message of all) {
      expect(Buffer.byteLength(message.body, 'utf8')).toBeLessThan(48 * 1024);
    }
  });
});
