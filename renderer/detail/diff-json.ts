// Structural diff of two JSON values, for the compare view. It walks both values at once with an
// explicit stack (payloads may nest thousands of levels deep) and reports leaves in document
// order: left's keys first, then keys only the right has.
import type { JsonValue } from '../../preload/contract';

/** How one path differs between the left and the right value. */
export type DiffStatus = 'added' | 'removed' | 'changed' | 'same';

/** One step of a path: an object key or an array index. */
export type PathStep = string | number;

/** One compared path. Added and removed subtrees are reported once, at their root. */
export interface DiffEntry {
  path: PathStep[];
  status: DiffStatus;
  left: JsonValue | undefined;
  right: JsonValue | undefined;
}

interface PathNode {
  parent: PathNode | undefined;
  step: PathStep;
}

interface Frame {
  path: PathNode | undefined;
  left: JsonValue | undefined;
  right: JsonValue | undefined;
}

type JsonObject = { [key: string]: JsonValue };

/** Compares two JSON values path by path; arrays are compared index by index. */
export function diffJson(left: JsonValue | undefined, right: JsonValue | undefined): DiffEntry[] {
  const entries: DiffEntry[] = [];
  const stack: Frame[] = [{ path: undefined, left, right }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined) break;
    const children = compareFrame(frame, entries);
    // Reverse so that the first child is popped first and output stays in document order.
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return entries;
}

/** Counts entries per status. */
export function countDiff(entries: readonly DiffEntry[]): Record<DiffStatus, number> {
  const counts: Record<DiffStatus, number> = { added: 0, removed: 0, changed: 0, same: 0 };
  for (const entry of entries) counts[entry.status] += 1;
  return counts;
}

/** "$.StreamInfos[1].Status"; keys that are not plain identifiers are quoted: `$["a b"]`. */
export function formatPath(path: readonly PathStep[]): string {
  let text = '$';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) text += `.${step}`;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text;
}

/** Emits the entry for a frame, or returns the child frames to compare next. */
function compareFrame(frame: Frame, entries: DiffEntry[]): Frame[] {
  const { left, right } = frame;
  const emit = (status: DiffStatus): Frame[] => {
    entries.push({ path: materialize(frame.path), status, left, right });
    return [];
  };
  if (left === undefined && right === undefined) return [];
  if (left === undefined) return emit('added');
  if (right === undefined) return emit('removed');
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length === 0 && right.length === 0) return emit('same');
    const children: Frame[] = [];
    const length = Math.max(left.length, right.length);
    for (let index = 0; index < length; index += 1) {
      children.push({
        path: { parent: frame.path, step: index },
        left: left[index],
        right: right[index],
      });
    }
    return children;
  }
  if (isObject(left) && isObject(right)) {
    const keys = unionKeys(left, right);
    if (keys.length === 0) return emit('same');
    return keys.map((key) => ({
      path: { parent: frame.path, step: key },
      left: ownValue(left, key),
      right: ownValue(right, key),
    }));
  }
  if (typeof left === 'object' && left !== null) return emit('changed');
  if (typeof right === 'object' && right !== null) return emit('changed');
  return emit(left === right ? 'same' : 'changed');
}

function isObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Left's keys in order, then right's new ones. A Set, so "__proto__" is just another key. */
function unionKeys(left: JsonObject, right: JsonObject): string[] {
  const keys = new Set(Object.keys(left));
  for (const key of Object.keys(right)) keys.add(key);
  return [...keys];
}

function ownValue(object: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function materialize(node: PathNode | undefined): PathStep[] {
  const steps: PathStep[] = [];
  for (let at = node; at !== undefined; at = at.parent) steps.push(at.step);
  return steps.reverse();
}
