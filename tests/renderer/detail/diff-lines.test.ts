import { describe, expect, it } from 'vitest';

import { diffLines, MAX_LCS_CELLS } from '../../../renderer/detail/diff-lines';
import type { LineDiffRow } from '../../../renderer/detail/diff-lines';

const show = (rows: LineDiffRow[]): string[] =>
  rows.map(
    (row) => `${row.status[0]} ${row.leftNumber ?? '-'} ${row.rightNumber ?? '-'} ${row.text}`,
  );

describe('diffLines', () => {
  it('marks identical texts as all same', () => {
    expect(show(diffLines('a\nb', 'a\nb'))).toEqual(['s 1 1 a', 's 2 2 b']);
  });

  it('aligns inserted and deleted lines', () => {
    expect(show(diffLines('a\nb\nc\nd', 'a\nc\nx\nd'))).toEqual([
      's 1 1 a',
      'r 2 - b',
      's 3 2 c',
      'a - 3 x',
      's 4 4 d',
    ]);
  });

  it('treats CRLF and LF alike', () => {
    expect(show(diffLines('a\r\nb', 'a\nb'))).toEqual(['s 1 1 a', 's 2 2 b']);
  });

  it('shows a changed single-line body as removed then added', () => {
    expect(show(diffLines('hello', 'world'))).toEqual(['r 1 - hello', 'a - 1 world']);
  });

  it('handles empty sides', () => {
    expect(show(diffLines('', 'x'))).toEqual(['r 1 - ', 'a - 1 x']);
  });

  it('skips alignment when the middle is too big, and still lists every line', () => {
    const size = Math.ceil(Math.sqrt(MAX_LCS_CELLS)) + 10;
    const left = Array.from({ length: size }, (_, i) => `l${i}`).join('\n');
    const right = Array.from({ length: size }, (_, i) => `r${i}`).join('\n');
    const rows = diffLines(`head\n${left}\ntail`, `head\n${right}\ntail`);
    expect(rows).toHaveLength(size * 2 + 2);
    expect(rows[0]?.status).toBe('same');
    expect(rows[1]?.status).toBe('removed');
    expect(rows[size + 1]?.status).toBe('added');
    expect(rows.at(-1)).toMatchObject({ status: 'same', text: 'tail' });
  });
});
