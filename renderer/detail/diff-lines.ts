// Line diff of two texts, for comparing bodies that are not JSON. Common head and tail lines are
// matched first; the middle gets a longest-common-subsequence pass when it is small enough, and
// otherwise is shown as removed-then-added (correct, just less tidy) so huge bodies stay fast.

/** One row of a line diff; a line number is undefined on the side that lacks the line. */
export interface LineDiffRow {
  status: 'same' | 'added' | 'removed';
  leftNumber: number | undefined;
  rightNumber: number | undefined;
  text: string;
}

/** Above this many cells (left lines × right lines) the middle is not aligned. */
export const MAX_LCS_CELLS = 4_000_000;

/** Diffs two texts line by line (LF or CRLF). */
export function diffLines(left: string, right: string): LineDiffRow[] {
  const a = left.split(/\r?\n/);
  const b = right.split(/\r?\n/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail += 1;
  }
  const rows: LineDiffRow[] = [];
  for (let i = 0; i < head; i += 1) rows.push(same(a[i] ?? '', i, i));
  const aMid = a.slice(head, a.length - tail);
  const bMid = b.slice(head, b.length - tail);
  rows.push(...diffMiddle(aMid, bMid, head));
  for (let k = tail; k > 0; k -= 1) {
    rows.push(same(a[a.length - k] ?? '', a.length - k, b.length - k));
  }
  return rows;
}

function same(text: string, leftIndex: number, rightIndex: number): LineDiffRow {
  return { status: 'same', leftNumber: leftIndex + 1, rightNumber: rightIndex + 1, text };
}

function diffMiddle(a: string[], b: string[], offset: number): LineDiffRow[] {
  const removed = (i: number): LineDiffRow => ({
    status: 'removed',
    leftNumber: offset + i + 1,
    rightNumber: undefined,
    text: a[i] ?? '',
  });
  const added = (j: number): LineDiffRow => ({
    status: 'added',
    leftNumber: undefined,
    rightNumber: offset + j + 1,
    text: b[j] ?? '',
  });
  if (a.length * b.length > MAX_LCS_CELLS || a.length === 0 || b.length === 0) {
    return [...a.map((_, i) => removed(i)), ...b.map((_, j) => added(j))];
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const rows: LineDiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      rows.push(same(a[i] ?? '', offset + i, offset + j));
      i += 1;
      j += 1;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      rows.push(removed(i));
      i += 1;
    } else {
      rows.push(added(j));
      j += 1;
    }
  }
  for (; i < a.length; i += 1) rows.push(removed(i));
  for (; j < b.length; j += 1) rows.push(added(j));
  return rows;
}
