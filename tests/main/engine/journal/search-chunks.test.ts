import { describe, expect, it } from 'vitest';

import { CHUNK_ROWS, SearchChunks } from '../../../../main/engine/journal/search-chunks';

/** A deterministic pseudo-random source. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const WORDS = ['alpha', 'beta', 'gamma', 'vod', 'transcode', 'fail', '转码', '完成', 'ab', 'a'];

function sample(next: () => number): string {
  const count = 1 + Math.floor(next() * 6);
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

describe('search chunks', () => {
  it('matches like a plain scan, across sealed and open chunks of both widths', () => {
    const next = random(7);
    const chunks = new SearchChunks();
    const texts: string[] = [];
    for (let i = 0; i < CHUNK_ROWS * 5 + 37; i += 1) {
      const text = sample(next);
      texts.push(text);
      // Half come in as bytes, the way restore hands them over.
      const row =
        i % 2 === 0
          ? chunks.push(text)
          : chunks.pushBytes(Buffer.from(`x${text}y`), 1, Buffer.byteLength(text) + 1);
      expect(row).toBe(i);
    }
    expect(chunks.sealedCount).toBeGreaterThanOrEqual(3);
    const out = new Uint8Array(texts.length);
    for (const query of [
      ['alpha'],
      ['a'],
      ['转码'],
      ['vod', 'fail'],
      ['ab', '完成', 'beta'],
      ['zzz'],
    ]) {
      chunks.match(query, 0, out);
      const expected = texts.map((text) => (query.every((word) => text.includes(word)) ? 1 : 0));
      expect([...out]).toEqual(expected);
    }
  });

  it('never matches across two rows', () => {
    const chunks = new SearchChunks();
    for (let i = 0; i < CHUNK_ROWS; i += 1) chunks.push(i % 2 === 0 ? 'abc' : 'def');
    const out = new Uint8Array(CHUNK_ROWS);
    chunks.match(['cd'], 0, out);
    expect(out.every((hit) => hit === 0)).toBe(true);
    chunks.match(['c'], 0, out);
    expect([...out]).toEqual(Array.from({ length: CHUNK_ROWS }, (_, i) => (i % 2 === 0 ? 1 : 0)));
  });

  it('rescans only chunks sealed after the given one', () => {
    const chunks = new SearchChunks();
    for (let i = 0; i < CHUNK_ROWS * 2; i += 1) chunks.push('hit');
    const out = new Uint8Array(CHUNK_ROWS * 2);
    chunks.match(['hit'], 1, out);
    expect(out[0]).toBe(0);
    expect(out[CHUNK_ROWS]).toBe(1);
  });

  it('gives every text back, and keeps them after sealing what is open', () => {
    const chunks = new SearchChunks();
    const texts = ['one', 'двa', 'three', '', 'four'];
    for (const text of texts) chunks.push(text);
    chunks.sealOpen();
    const seen: string[] = [];
    chunks.forEach((row, text) => (seen[row] = text));
    expect(seen).toEqual(texts);
    expect(chunks.sealedCount).toBe(2);
  });
});
