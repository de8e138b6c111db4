import { describe, expect, it } from 'vitest';

import type { JsonValue } from '../../../preload/contract';
import { countDiff, diffJson, formatPath } from '../../../renderer/detail/diff-json';
import type { DiffEntry } from '../../../renderer/detail/diff-json';
import { BODIES } from './support/fixtures';
import { parseEventObject } from './support/details';

const summary = (entries: DiffEntry[]): string[] =>
  entries.map((entry) => `${entry.status} ${formatPath(entry.path)}`);

describe('diffJson', () => {
  it('reports every leaf of identical values as same', () => {
    const value = { a: 1, b: { c: 'x', d: [true, null] } };
    expect(summary(diffJson(value, structuredClone(value)))).toEqual([
      'same $.a',
      'same $.b.c',
      'same $.b.d[0]',
      'same $.b.d[1]',
    ]);
  });

  it('finds changed, added and removed keys, left order first', () => {
    const entries = diffJson({ a: 1, b: 2, c: 3 }, { d: 4, c: 3, a: 9 });
    expect(summary(entries)).toEqual(['changed $.a', 'removed $.b', 'same $.c', 'added $.d']);
    expect(entries[0]).toMatchObject({ left: 1, right: 9 });
    expect(entries[1]).toMatchObject({ left: 2, right: undefined });
    expect(entries[3]).toMatchObject({ left: undefined, right: 4 });
  });

  it('reports an added or removed subtree once, at its root', () => {
    expect(summary(diffJson({ a: 1 }, { a: 1, b: { deep: [1, 2, 3] } }))).toEqual([
      'same $.a',
      'added $.b',
    ]);
  });

  it('compares arrays index by index', () => {
    expect(summary(diffJson({ l: [1, 2, 3] }, { l: [1, 5] }))).toEqual([
      'same $.l[0]',
      'changed $.l[1]',
      'removed $.l[2]',
    ]);
  });

  it('treats a change of type as one changed entry', () => {
    const entries = diffJson({ Data: { Suggestion: 'pass' } }, { Data: '{"Suggestion":"pass"}' });
    expect(summary(entries)).toEqual(['changed $.Data']);
    expect(summary(diffJson({ x: [1] }, { x: { 0: 1 } }))).toEqual(['changed $.x']);
    expect(summary(diffJson({ x: 1 }, { x: '1' }))).toEqual(['changed $.x']);
    expect(summary(diffJson({ x: null }, { x: {} }))).toEqual(['changed $.x']);
  });

  it('reports empty containers on both sides as same', () => {
    expect(summary(diffJson({ a: {}, b: [] }, { a: {}, b: [] }))).toEqual(['same $.a', 'same $.b']);
  });

  it('handles missing roots', () => {
    expect(diffJson(undefined, undefined)).toEqual([]);
    expect(summary(diffJson(undefined, { a: 1 }))).toEqual(['added $']);
    expect(summary(diffJson({ a: 1 }, undefined))).toEqual(['removed $']);
    expect(summary(diffJson(1, 2))).toEqual(['changed $']);
  });

  it('treats "__proto__" from JSON.parse as an ordinary key', () => {
    const left = JSON.parse('{"__proto__":{"polluted":1},"a":1}') as JsonValue;
    const right = JSON.parse('{"__proto__":{"polluted":2},"a":1}') as JsonValue;
    expect(summary(diffJson(left, right))).toEqual(['changed $.__proto__.polluted', 'same $.a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not overflow the stack on 10,000 levels of nesting', () => {
    let left: JsonValue = 'x';
    let right: JsonValue = 'y';
    for (let i = 0; i < 10_000; i += 1) {
      left = { n: left };
      right = { n: right };
    }
    const entries = diffJson(left, right);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.status).toBe('changed');
    expect(entries[0]?.path).toHaveLength(10_000);
  });

  it('diffs two real transcode events', () => {
    const partial = parseEventObject(BODIES.transcodePartial);
    const hls = parseEventObject(BODIES.transcodeSuccessHls);
    const entries = diffJson(partial, hls);
    const paths = summary(entries.filter((entry) => entry.status !== 'same'));
    expect(paths).toContain('changed $.VideoId');
    expect(paths).toContain('changed $.StreamInfos[0].Definition');
    expect(paths).toContain('removed $.StreamInfos[1].ErrorCode');
    expect(entries.find((e) => formatPath(e.path) === '$.EventType')?.status).toBe('same');
  });
});

describe('countDiff', () => {
  it('counts entries per status', () => {
    expect(countDiff(diffJson({ a: 1, b: 2, c: 3 }, { a: 1, b: 3, d: 4 }))).toEqual({
      same: 1,
      changed: 1,
      removed: 1,
      added: 1,
    });
  });
});

describe('formatPath', () => {
  it('quotes keys that are not identifiers', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['StreamInfos', 1, 'Status'])).toBe('$.StreamInfos[1].Status');
    expect(formatPath(['a b', 'x"y', '1st', '$ok'])).toBe('$["a b"]["x\\"y"]["1st"].$ok');
  });
});
