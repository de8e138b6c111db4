// One poller per (account, region, queue): a single loop that keeps at most one request in flight
// (poller-reliability-security.md §2.2 rule 1), paces itself from each outcome, and can be paused,
// taken offline, suspended or stopped at any moment by aborting that request.
import type { QueueClient } from '../mns/queue-client';
import { isClockJump } from './clock-jump';
import { createConsumeMode } from './consume-mode';
import { classifyPollFailure } from './error-policy';
import type { ClassifiedFailure, HaltState } from './error-policy';
import type { Poller, PollerConfig } from './poller-config';
import { StatusBoard } from './poller-status';
import type { PollerState } from './poller-status';
import type { Fetched, PollMode } from './poll-mode';
import { MAX_BATCH } from './poll-mode';
import { emptyRequestLog, projectRequestsPerMonth, recordRequest } from './request-projection';
import { RetryPacing } from './retry-pacing';
import { Sleeper, systemPollerClock } from './timers';
import { createWatchMode } from './watch-mode';

const NOTHING_RETURNED: Fetched = { returned: 0, handOver: () => Promise.resolve(0) };

/** Creates a poller; it does nothing until start(). */
export function createPoller(config: PollerConfig): Poller {
  const clock = config.clock ?? systemPollerClock;
  const random = config.random ?? Math.random;
  const mode: PollMode =
    config.mode === 'consume'
      ? createConsumeMode(config.onMessages, random, config.options)
      : createWatchMode(config.onMessages, config.options);
  const board = new StatusBoard(config.onStatus);
  const sleeper = new Sleeper(clock);
  const pacing = new RetryPacing(random, mode.minRetryDelayMs);
  let client: QueueClient = config.client;

  let loop: Promise<void> | undefined;
  let stopRequested = false;
  let restartWhenStopped = false;
  let paused = false;
  let suspended = false;
  let offline = false;
  let halted: HaltState | undefined;
  let inFlight: AbortController | undefined;
  // A scheduled next request, and the state shown while waiting for it.
  let nextAttemptAt: number | undefined;
  let waitingState: PollerState = 'idle';
  let requestLog = emptyRequestLog();
  let requestsMade = 0;
  let messagesSeen = 0;

  function blockedState(): PollerState | undefined {
    if (halted !== undefined) return halted;
    if (offline) return 'offline';
    if (paused || suspended) return 'paused';
    return undefined;
  }

  function schedule(delayMs: number, state: PollerState): void {
    nextAttemptAt = delayMs > 0 ? clock.now() + delayMs : undefined;
    waitingState = state;
  }

  function projection(): { projectedRequestsPerMonth: number } {
    return { projectedRequestsPerMonth: projectRequestsPerMonth(requestLog, clock.now()) };
  }

  function freshStart(): void {
    pacing.reset();
    nextAttemptAt = undefined;
  }

  async function run(): Promise<void> {
    while (!stopRequested) {
      const blocked = blockedState();
      if (blocked !== undefined) {
        board.update({ state: blocked, nextAttemptAt: undefined, ...projection() });
        await sleeper.sleep();
        continue;
      }
      if (nextAttemptAt !== undefined && nextAttemptAt > clock.now()) {
        board.update({ state: waitingState, nextAttemptAt, ...projection() });
        // A fired timer means "due", even if the wall clock was set back meanwhile.
        if ((await sleeper.sleep(nextAttemptAt - clock.now())) === 'timer')
          nextAttemptAt = undefined;
        continue;
      }
      nextAttemptAt = undefined;
      try {
        const capacity = mode.capacity();
        if (capacity <= 0) {
          board.update({ state: 'idle', nextAttemptAt: undefined, ...projection() });
          await sleeper.sleep();
          continue;
        }
        await cycle(Math.min(MAX_BATCH, capacity));
      } catch (error) {
        // Only a bug can land here (e.g. a throwing budget callback): show it and keep pacing.
        onFailure(classifyPollFailure(error), clock.now());
      }
    }
    inFlight = undefined;
    board.update({ state: 'stopped', nextAttemptAt: undefined });
  }

  async function cycle(max: number): Promise<void> {
    const controller = new AbortController();
    inFlight = controller;
    const startedAt = clock.now();
    requestsMade += 1;
    requestLog = recordRequest(requestLog, startedAt);
    board.update({ state: 'polling', nextAttemptAt: undefined, requestsMade, ...projection() });
    let fetched: Fetched | undefined;
    let failure: unknown;
    try {
      fetched = await mode.fetch(client, config.queue, max, controller.signal);
    } catch (error) {
      failure = error;
    }
    if (inFlight === controller) inFlight = undefined;
    const answeredAt = clock.now();
    const jumped = isClockJump(startedAt, answeredAt, mode.readTimeoutMs);
    if (jumped) {
      // Treated like resumeFromSleep(): sockets from before the sleep are likely dead.
      client.dropConnections();
      freshStart();
      config.onClockJump?.();
    }
    if (fetched === undefined) {
      // A request this poller aborted (stop, pause, offline, suspend) is not a failure.
      if (controller.signal.aborted) return;
      const failed = classifyPollFailure(failure);
      if (failed.action.action !== 'empty') return onFailure(failed, answeredAt);
      fetched = NOTHING_RETURNED;
    }
    pacing.requestSucceeded();
    board.update({ lastSuccessAt: answeredAt });
    try {
      messagesSeen += await fetched.handOver();
      pacing.handOverSucceeded();
    } catch (error) {
      // Leased messages stay leased: MNS delivers them again, with a new handle, once their
      // visibility timeout runs out, so nothing is lost by not retrying this batch here.
      const detail = error instanceof Error ? error.message : String(error);
      const at = clock.now();
      board.update({
        messagesSeen,
        lastError: { kind: 'handler-failed', message: `Could not record messages: ${detail}`, at },
      });
      schedule(pacing.handOverFailed(), 'backing-off');
      return;
    }
    board.update({ messagesSeen });
    const now = clock.now();
    const returned = fetched.returned;
    schedule(jumped ? 0 : mode.delayAfterSuccess({ startedAt, answeredAt, now, returned }), 'idle');
  }

  function onFailure(failure: ClassifiedFailure, at: number): void {
    if (failure.action.action === 'halt') {
      halted = failure.action.state;
      nextAttemptAt = undefined;
      board.update({ lastError: { kind: failure.kind, message: failure.message, at } });
      return;
    }
    const { delayMs, message } = pacing.requestFailed(failure, at);
    board.update({ lastError: { kind: failure.kind, message, at } });
    schedule(delayMs, 'backing-off');
  }

  function interrupt(): void {
    inFlight?.abort();
    sleeper.wake();
  }

  const poller: Poller = {
    start() {
      if (loop !== undefined) {
        // A start during a stop that is still winding down takes effect once it has.
        restartWhenStopped = stopRequested;
        return;
      }
      stopRequested = false;
      halted = undefined;
      freshStart();
      loop = run().finally(() => {
        loop = undefined;
        if (restartWhenStopped) {
          restartWhenStopped = false;
          poller.start();
        }
      });
    },
    stop() {
      stopRequested = true;
      restartWhenStopped = false;
      interrupt();
      if (loop === undefined) board.update({ state: 'stopped', nextAttemptAt: undefined });
      return loop ?? Promise.resolve();
    },
    pause() {
      paused = true;
      interrupt();
    },
    resume() {
      paused = false;
      sleeper.wake();
    },
    setOnline(online) {
      if (online === !offline) return;
      offline = !online;
      // Time spent offline says nothing about the endpoint, and must not grow the backoff.
      freshStart();
      interrupt();
    },
    suspend() {
      suspended = true;
      interrupt();
      client.dropConnections();
    },
    resumeFromSleep() {
      suspended = false;
      client.dropConnections();
      freshStart();
      sleeper.wake();
    },
    credentialsChanged(next) {
      if (next !== undefined) client = next;
      if (halted !== 'auth-error') return;
      halted = undefined;
      freshStart();
      sleeper.wake();
    },
    retry() {
      halted = undefined;
      freshStart();
      sleeper.wake();
    },
    budgetChanged() {
      sleeper.wake();
    },
    status: () => board.current,
  };
  return poller;
}
