import { describe, expect, it } from 'vitest';

import { searchText } from '../../../../main/engine/journal/journal-query';
import { CHUNK_ROWS, SearchChunks } from '../../../../main/engine/journal/search-chunks';
import { demoEntries } from './support/demo-entries';

/** A deterministic pseudo-random source. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

// Scans look for a rare piece of a word and check the rest, and multi-word queries start with
// the word estimated cheapest: neither may change which rows match.
describe('search chunks on real search texts', () => {
  const texts = [0, 1, 2].flatMap((seed) =>
    demoEntries(seed, 700, { prefix: `q${seed}` }).map((entry) =>
      searchText(entry, entry.message.decoded.innerText),
    ),
  );
  const chunks = new SearchChunks();
  texts.forEach((text, i) => {
    const row =
      i % 3 === 0
        ? chunks.push(text)
        : chunks.pushBytes(Buffer.from(`>${text}<`), 1, Buffer.byteLength(text) + 1);
    expect(row).toBe(i);
  });
  const out = new Uint8Array(texts.length);

  function check(words: string[]): void {
    chunks.match(words, 0, out);
    const expected = texts.map((text) => (words.every((word) => text.includes(word)) ? 1 : 0));
    expect([...out], words.join(' | ')).toEqual(expected);
  }

  it('finds pieces of real texts, rare and common, alone and together', () => {
    expect(chunks.sealedCount).toBeGreaterThan(texts.length / CHUNK_ROWS - 2);
    const next = random(5);
    const piece = (): string => {
      const text = texts[Math.floor(next() * texts.length)] ?? '';
      const length = 1 + Math.floor(next() * 16);
      const at = Math.floor(next() * Math.max(1, text.length - length));
      return text.slice(at, at + length).trim() || 'x';
    };
    for (let i = 0; i < 150; i += 1) check([piece()]);
    for (let i = 0; i < 150; i += 1) check([piece(), piece()]);
    for (let i = 0; i < 50; i += 1) check([piece(), piece(), piece()]);
  });

  it('handles words that end in, start with or are only rare bytes', () => {
    for (const words of [
      ['v3'],
      ['product-demo-v3'],
      ['status:failed'],
      ['workflow', 'task'],
      ['kflow'],
      ['zz-no-such-word'],
      ['q'],
      ['3'],
      ['mp4', 'snapshot'],
      ['转码'],
      ['transcode', 'zzz'],
    ]) {
      check(words);
    }
  });
});
