import { describe, expect, it } from 'vitest';

import type { EngineEvent } from '../../../../preload/contract';
import {
  coalesceEvents,
  createEventBatcher,
  EVENT_BATCH_MS,
} from '../../../../main/hosts/electron/event-batcher';
import {
  createEventOutbox,
  EVENT_CHANNEL,
} from '../../../../main/hosts/electron/ipc-bridge-adapter';
import { FakeWebContents } from './support/fake-electron';
import { createManualTimers } from './support/manual-timers';
import { sampleRow, sampleStatus } from './support/samples';

const notice = (message: string): EngineEvent => ({
  type: 'notice',
  level: 'info',
  queueKey: undefined,
  message,
});

describe('event batching', () => {
  it('folds a frame of feed rows into one event (newest version of each row), others in order', () => {
    const events: EngineEvent[] = [
      notice('first'),
      { type: 'feed', rows: [sampleRow('a', 1), sampleRow('b', 1)] },
      { type: 'status', status: sampleStatus() },
      { type: 'feed', rows: [sampleRow('a', 1, { state: 'deleted' }), sampleRow('c', 2)] },
      notice('last'),
    ];
    const folded = coalesceEvents(events);
    expect(folded.map((e) => e.type)).toEqual(['notice', 'feed', 'status', 'notice']);
    const feed = folded[1];
    expect(feed?.type === 'feed' && feed.rows.map((r) => `${r.id}:${r.state}`)).toEqual([
      'b:leased',
      'a:deleted',
      'c:leased',
    ]);
    expect(coalesceEvents([{ type: 'feed', rows: [] }])).toEqual([]);
  });

  it('sends one IPC message per frame, however many events arrive', () => {
    const timers = createManualTimers();
    const batches: EngineEvent[][] = [];
    const batcher = createEventBatcher((batch) => batches.push(batch), timers);
    for (let i = 0; i < 500; i += 1) batcher.push({ type: 'feed', rows: [sampleRow(`r${i}`, i)] });
    batcher.push(notice('done'));
    expect(batches).toEqual([]);
    timers.advance(EVENT_BATCH_MS);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((e) => e.type)).toEqual(['feed', 'notice']);
    batcher.push(notice('later'));
    batcher.flush();
    expect(batches).toHaveLength(2);
    batcher.push(notice('dropped'));
    batcher.dispose();
    timers.advance(EVENT_BATCH_MS);
    expect(batches).toHaveLength(2);
  });

  it('holds events for a page until it has loaded, without stale feed rows', () => {
    const contents = new FakeWebContents();
    const outbox = createEventOutbox(contents);
    outbox.send([notice('keychain missing'), { type: 'feed', rows: [sampleRow('a', 1)] }]);
    outbox.send([{ type: 'open-event', id: 'a' }]);
    expect(contents.sent).toEqual([]);
    contents.emit('did-finish-load');
    expect(contents.sent).toEqual([
      {
        channel: EVENT_CHANNEL,
        args: [[notice('keychain missing'), { type: 'open-event', id: 'a' }]],
      },
    ]);
    outbox.send([notice('live')]);
    expect(contents.events()).toHaveLength(3);
    contents.emit('did-start-loading');
    outbox.send([notice('during reload')]);
    expect(contents.events()).toHaveLength(3);
    contents.emit('did-finish-load');
    expect(contents.events()).toHaveLength(4);
    contents.emit('destroyed');
    outbox.send([notice('gone')]);
    expect(contents.events()).toHaveLength(4);
  });
});
