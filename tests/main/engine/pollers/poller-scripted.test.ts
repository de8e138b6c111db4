import { describe, expect, it } from 'vitest';

import type { ReceivedMessage } from '../../../../main/engine/mns/queue-client';
import { createPoller, statusEquals } from '../../../../main/engine/pollers';
import type { Poller, PollerConfig } from '../../../../main/engine/pollers';
import { createManualClock } from '../../../../main/local-mns';
import { BatchLog, StatusLog, pollerClockOf } from './poller-kit';
import { ScriptedClient, mnsError, received } from './scripted-client';

function setup(overrides: Partial<PollerConfig> = {}, client = new ScriptedClient()) {
  const clock = createManualClock(1_000_000);
  const batches = new BatchLog<ReceivedMessage>();
  const statuses = new StatusLog();
  const poller: Poller = createPoller({
    client,
    queue: 'jobs',
    mode: 'consume',
    clock: pollerClockOf(clock),
    random: () => 0.999,
    onMessages: batches.handler,
    onStatus: statuses.listener,
    ...overrides,
  } as PollerConfig);
  return { clock, client, batches, statuses, poller };
}

describe('poller scenarios with a scripted client', () => {
  it('hands over a batch that arrives after stop(), and stop() waits for the hand-over', async () => {
    // This client ignores the abort, like a response already on its way.
    const { client, batches, statuses, poller } = setup({}, new ScriptedClient(false));
    poller.start();
    const call = await client.nthCall(1);
    const stopping = poller.stop();
    expect(call.signal?.aborted).toBe(true);
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    call.resolve([received('late-1'), received('late-2')]);
    await stopping;
    expect(batches.ids).toEqual(['late-1', 'late-2']);
    expect(statuses.latest).toMatchObject({ state: 'stopped', messagesSeen: 2 });
    expect(client.calls).toHaveLength(1);
  });

  it('keeps exactly one request in flight through batches, empties and errors', async () => {
    const { clock, client, statuses, poller } = setup();
    poller.start();
    (await client.nthCall(1)).resolve([received('a')]);
    (await client.nthCall(2)).resolve([]); // a fast empty (no time passed)
    clock.set((await statuses.waitForTimer(2)).nextAttemptAt);
    (await client.nthCall(3)).reject(mnsError('transient'));
    clock.set((await statuses.waitForTimer(3)).nextAttemptAt);
    const fourth = await client.nthCall(4);
    expect(client.maxInFlight).toBe(1);
    expect(client.calls.map((c) => [c.max, c.waitSeconds])).toEqual(
      Array.from({ length: 4 }, () => [16, 30]),
    );
    fourth.resolve([]);
  });

  it('grows the backoff to the 60 s cap and starts over after a success', async () => {
    const { clock, client, statuses, poller } = setup();
    poller.start();
    const delays: number[] = [];
    for (let n = 1; n <= 9; n++) {
      (await client.nthCall(n)).reject(mnsError('transient'));
      const waiting = await statuses.waitForTimer(n);
      delays.push(Math.round(waiting.nextAttemptAt - clock.now()));
      clock.set(waiting.nextAttemptAt);
    }
    expect(delays).toEqual([999, 1998, 3996, 7992, 15984, 31968, 59940, 59940, 59940]);
    (await client.nthCall(10)).resolve([received('ok')]);
    (await client.nthCall(11)).reject(mnsError('unreachable'));
    const reset = await statuses.waitForTimer(11);
    expect(reset.nextAttemptAt - clock.now()).toBe(999);
  });

  it('backs off on a non-MnsError and on a cancellation it did not ask for', async () => {
    const { clock, client, statuses, poller } = setup();
    poller.start();
    (await client.nthCall(1)).reject(new TypeError('boom'));
    const first = await statuses.waitForTimer(1);
    expect(first.lastError).toMatchObject({
      kind: 'unexpected',
      message: 'Unexpected error while polling: boom',
    });
    clock.set(first.nextAttemptAt);
    (await client.nthCall(2)).reject(mnsError('cancelled'));
    expect((await statuses.waitForTimer(2)).state).toBe('backing-off');
  });

  it('retry() leaves a halted state; credentialsChanged() leaves only auth-error', async () => {
    const { client, statuses, poller } = setup();
    poller.start();
    (await client.nthCall(1)).reject(mnsError('queue-missing'));
    await statuses.waitFor((s) => s.state === 'queue-missing');
    poller.credentialsChanged();
    expect(poller.status().state).toBe('queue-missing');
    poller.retry();
    (await client.nthCall(2)).reject(mnsError('auth'));
    await statuses.waitFor((s) => s.state === 'auth-error');
    const replacement = new ScriptedClient();
    poller.credentialsChanged(replacement);
    await replacement.nthCall(1);
    expect(client.calls).toHaveLength(2);
  });

  it('treats a failed request that outlasted its read timeout as a wake: fresh, short backoff', async () => {
    let jumps = 0;
    const { clock, client, statuses, poller } = setup({ onClockJump: () => (jumps += 1) });
    poller.start();
    for (let n = 1; n <= 4; n++) {
      (await client.nthCall(n)).reject(mnsError('transient'));
      clock.set((await statuses.waitForTimer(n)).nextAttemptAt);
    }
    const slept = await client.nthCall(5);
    clock.advance(3 * 3_600_000);
    slept.reject(mnsError('transient'));
    const waiting = await statuses.waitForTimer(5);
    expect(waiting.nextAttemptAt - clock.now()).toBe(999);
    expect(jumps).toBe(1);
    expect(client.drops).toBe(1);
  });

  it('holds receiving while the budget is 0 and asks for at most the budget', async () => {
    let budget = 0;
    const { client, poller } = setup({ options: { budget: () => budget } });
    poller.start();
    await Promise.resolve();
    expect(poller.status()).toMatchObject({ state: 'idle', requestsMade: 0 });
    expect(client.calls).toHaveLength(0);
    budget = 5.7;
    poller.budgetChanged();
    expect((await client.nthCall(1)).max).toBe(5);
  });

  it('emits a status only when something changed, and survives a throwing listener', async () => {
    const { clock, client, statuses, poller } = setup();
    let calls = 0;
    const angry = createPoller({
      client: new ScriptedClient(),
      queue: 'jobs',
      mode: 'consume',
      clock: pollerClockOf(clock),
      onMessages: () => Promise.resolve(),
      onStatus: () => {
        calls += 1;
        throw new Error('listener bug');
      },
    });
    angry.start();
    poller.start();
    (await client.nthCall(1)).resolve([received('a')]);
    (await client.nthCall(2)).reject(mnsError('throttled'));
    clock.set((await statuses.waitForTimer(2)).nextAttemptAt);
    await client.nthCall(3);
    for (let i = 1; i < statuses.all.length; i++) {
      const [before, after] = [statuses.all[i - 1], statuses.all[i]];
      if (before !== undefined && after !== undefined)
        expect(statusEquals(before, after)).toBe(false);
    }
    expect(calls).toBeGreaterThan(0);
    expect(angry.status().state).toBe('polling');
    await angry.stop();
  });

  it('reports a throwing budget callback and keeps pacing instead of dying', async () => {
    let broken = true;
    const budget = (): number => {
      if (broken) throw new Error('budget bug');
      return 16;
    };
    const { clock, client, statuses, poller } = setup({ options: { budget } });
    poller.start();
    const waiting = await statuses.waitFor((s) => s.state === 'backing-off');
    expect(waiting.lastError?.message).toBe('Unexpected error while polling: budget bug');
    broken = false;
    clock.set(waiting.nextAttemptAt ?? 0);
    await client.nthCall(1);
  });

  it('honours start() during a stop that is winding down, unless stopped again', async () => {
    const { client, batches, poller } = setup({}, new ScriptedClient(false));
    poller.start();
    const call = await client.nthCall(1);
    const stopping = poller.stop();
    poller.start();
    call.resolve([received('x')]);
    await stopping;
    await client.nthCall(2);
    expect(batches.ids).toEqual(['x']);
    const again = poller.stop();
    poller.start();
    const final = poller.stop();
    (await client.nthCall(2)).resolve([]);
    await Promise.all([again, final]);
    expect(poller.status().state).toBe('stopped');
    expect(client.calls).toHaveLength(2);
  });

  it('can be stopped before it starts and started again after a stop', async () => {
    const { client, statuses, poller } = setup();
    await poller.stop();
    expect(statuses.latest.state).toBe('stopped');
    poller.start();
    await client.nthCall(1);
    await poller.stop();
    poller.start();
    await client.nthCall(2);
    expect(statuses.latest.state).toBe('polling');
    await poller.stop();
  });
});
