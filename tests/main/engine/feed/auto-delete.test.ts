import { describe, expect, it } from 'vitest';

import { recordChanges } from '../../../../main/engine/actions/journal-port';
import type { JournalPort } from '../../../../main/engine/actions/journal-port';
import { AUTO_DELETE_LINGER_MS, createAutoDeleter } from '../../../../main/engine/feed/auto-delete';
import type { AutoDeleteTimers } from '../../../../main/engine/feed/auto-delete';

// Timers on a hand-moved clock; advance() fires what falls due.
function manualTimers(): AutoDeleteTimers & { advance(ms: number): void } {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { due: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { due: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.due > now) continue;
        timers.delete(id);
        timer.fn();
      }
    },
  };
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('auto-delete after journal', () => {
  it('sends full batches of 16 at once and lingers with fewer', async () => {
    const timers = manualTimers();
    const sent: string[][] = [];
    const deleter = createAutoDeleter({
      send: (batch) => (sent.push(batch), Promise.resolve()),
      onError: () => undefined,
      timers,
    });
    await deleter.enqueue(ids('a', 10));
    await settle();
    expect(sent).toEqual([]);
    await deleter.enqueue(ids('b', 10));
    await settle();
    expect(sent.map((b) => b.length)).toEqual([16]);
    // The 4 left over go once the oldest of them has waited the linger time.
    timers.advance(AUTO_DELETE_LINGER_MS - 1);
    await settle();
    expect(sent).toHaveLength(1);
    timers.advance(1);
    await settle();
    expect(sent.map((b) => b.length)).toEqual([16, 4]);
    expect(sent.flat()).toEqual([...ids('a', 10), ...ids('b', 10)]);
  });

  it('holds the intake back while too many ids wait, and drain() sends the rest at once', async () => {
    const timers = manualTimers();
    const sent: string[][] = [];
    let release: () => void = () => undefined;
    const deleter = createAutoDeleter({
      send: (batch) => {
        sent.push(batch);
        return new Promise<void>((resolve) => (release = resolve));
      },
      onError: () => undefined,
      timers,
      maxPending: 32,
    });
    await deleter.enqueue(ids('a', 16)); // in flight
    await deleter.enqueue(ids('b', 16)); // 16 waiting
    let held = true;
    const third = deleter.enqueue(ids('c', 16)).then(() => (held = false));
    await settle();
    expect(held).toBe(true);
    release();
    await third;
    expect(sent).toHaveLength(2);
    const drained = deleter.drain();
    for (let i = 0; i < 3; i += 1) {
      await settle();
      release();
    }
    await drained;
    expect(sent.flat()).toEqual([...ids('a', 16), ...ids('b', 16), ...ids('c', 16)]);
  });

  it('reports a round that threw and carries on with the next', async () => {
    const timers = manualTimers();
    const failures: string[][] = [];
    const sent: string[][] = [];
    const deleter = createAutoDeleter({
      send: (batch) =>
        batch[0] === 'a0'
          ? Promise.reject(new Error('disk full'))
          : (sent.push(batch), Promise.resolve()),
      onError: (_error, batch) => failures.push(batch),
      timers,
    });
    await deleter.enqueue(ids('a', 16));
    await deleter.enqueue(ids('b', 2));
    await deleter.drain();
    expect(failures).toEqual([ids('a', 16)]);
    expect(sent).toEqual([ids('b', 2)]);
  });
});

describe('recording action outcomes', () => {
  it('uses one batched write when the journal offers it, else one update each', async () => {
    const calls: string[] = [];
    const base: JournalPort = {
      get: () => undefined,
      update: (id) => (calls.push(`update ${id}`), Promise.resolve(undefined)),
    };
    const changes = ids('m', 3).map((id) => ({ id, patch: { state: 'deleted' as const } }));
    await recordChanges(base, changes);
    expect(calls).toEqual(['update m0', 'update m1', 'update m2']);
    calls.length = 0;
    await recordChanges(
      {
        ...base,
        updateMany: (batch) => (calls.push(`many ${batch.length}`), Promise.resolve()),
      },
      changes,
    );
    expect(calls).toEqual(['many 3']);
  });
});
