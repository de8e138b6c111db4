import { describe, expect, it } from 'vitest';

import { Sleeper } from '../../../../main/engine/pollers/timers';
import { createManualClock } from '../../../../main/local-mns';
import { pollerClockOf } from './poller-kit';

describe('Sleeper', () => {
  it('ends on its timer', async () => {
    const clock = createManualClock(0);
    const sleeping = new Sleeper(pollerClockOf(clock)).sleep(1_000);
    clock.advance(1_000);
    expect(await sleeping).toBe('timer');
  });

  it('ends early on wake() and clears its timer', async () => {
    const clock = createManualClock(0);
    const sleeper = new Sleeper(pollerClockOf(clock));
    const sleeping = sleeper.sleep(60_000);
    sleeper.wake();
    expect(await sleeping).toBe('woken');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('sleeps until woken when given no duration; a new sleep ends the previous one', async () => {
    const clock = createManualClock(0);
    const sleeper = new Sleeper(pollerClockOf(clock));
    const first = sleeper.sleep();
    const second = sleeper.sleep(5);
    expect(await first).toBe('woken');
    clock.advance(5);
    expect(await second).toBe('timer');
    sleeper.wake();
  });
});
