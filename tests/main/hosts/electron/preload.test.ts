import { EventEmitter } from 'node:events';

import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Api, EngineEvent } from '../../../../preload/contract';
import { ENGINE_METHODS } from '../../../../preload/engine-methods';

// The sandboxed preload, run against a stand-in for Electron's renderer-side modules.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: undefined as ((channel: string, ...args: unknown[]) => Promise<unknown>) | undefined,
  channel: undefined as EventEmitter | undefined,
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) =>
      bridge.invoke?.(channel, ...args) ?? Promise.resolve(undefined),
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      bridge.channel?.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      bridge.channel?.removeListener(channel, listener),
  },
}));

async function loadPreload(): Promise<Api> {
  vi.resetModules();
  bridge.exposed.clear();
  bridge.channel = new EventEmitter();
  await import('../../../../preload/index');
  const api = bridge.exposed.get('mnsWatch') as Api | undefined;
  if (api === undefined) throw new Error('the preload exposed nothing');
  return api;
}

const push = (batch: EngineEvent[]) => bridge.channel?.emit('engine:event', {}, batch);
const notice = (message: string): EngineEvent => ({
  type: 'notice',
  level: 'info',
  queueKey: undefined,
  message,
});

describe('preload', () => {
  beforeEach(() => {
    bridge.invoke = undefined;
  });

  it('exposes one verb per engine call and the subscriptions, never ipcRenderer', async () => {
    const api = await loadPreload();
    expect([...bridge.exposed.keys()]).toEqual(['mnsWatch']);
    expect(Object.keys(api).sort()).toEqual([...ENGINE_METHODS, 'onConnection', 'onEvent'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes the channel named after the method, with null for no argument', async () => {
    const calls: unknown[][] = [];
    bridge.invoke = async (...args) => {
      calls.push(args);
      return 'ok';
    };
    const api = await loadPreload();
    await expect(api.getEvent({ id: 'x' })).resolves.toBe('ok');
    await api.statuses();
    expect(calls).toEqual([
      ['getEvent', { id: 'x' }],
      ['statuses', null],
    ]);
  });

  it("passes on the engine's own error message, without Electron's prefix", async () => {
    bridge.invoke = async () => {
      throw new Error(
        "Error invoking remote method 'queryFeed': Error: Invalid request to queryFeed (limit): Too big",
      );
    };
    const api = await loadPreload();
    await expect(api.queryFeed({ limit: 5000 })).rejects.toThrow(
      /^Invalid request to queryFeed \(limit\): Too big$/,
    );
  });

  it('unpacks batches, and keeps what arrives before the page subscribes', async () => {
    const api = await loadPreload();
    push([notice('early'), { type: 'open-event', id: 'a' }]);
    const seen: EngineEvent[] = [];
    const unsubscribe = api.onEvent((event) => seen.push(event));
    expect(seen).toEqual([notice('early'), { type: 'open-event', id: 'a' }]);
    push([notice('live 1'), notice('live 2')]);
    expect(seen).toHaveLength(4);
    unsubscribe();
    push([notice('after')]);
    expect(seen).toHaveLength(4);
  });

  it('gives listeners the event only, not the IPC event with its sender', async () => {
    const api = await loadPreload();
    const seen: unknown[][] = [];
    api.onEvent((...args: unknown[]) => seen.push(args));
    push([notice('x')]);
    expect(seen).toEqual([[notice('x')]]);
  });
});
