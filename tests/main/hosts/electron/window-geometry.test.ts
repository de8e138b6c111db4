import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { popoverBounds, POPOVER_GAP } from '../../../../main/hosts/electron/popover-bounds';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreWindowBounds,
} from '../../../../main/hosts/electron/window-state';
import {
  loadWindowState,
  saveWindowState,
  windowStatePath,
} from '../../../../main/hosts/electron/window-state-file';

const size = { width: 400, height: 600 };

describe('popoverBounds', () => {
  it('hangs under a macOS menu-bar icon, centred on it', () => {
    const workArea = { x: 0, y: 25, width: 1440, height: 875 };
    const tray = { x: 1000, y: 0, width: 24, height: 24 };
    expect(popoverBounds(tray, workArea, size, 'darwin')).toEqual({
      x: 812,
      y: 24 + POPOVER_GAP,
      width: 400,
      height: 600,
    });
  });

  it('stands above a Windows taskbar icon and stays on screen at the corner', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const tray = { x: 1880, y: 1044, width: 32, height: 32 };
    expect(popoverBounds(tray, workArea, size, 'win32')).toEqual({
      x: 1520,
      y: 1044 - 600 - POPOVER_GAP,
      width: 400,
      height: 600,
    });
  });

  it('opens beside a taskbar on the left or right', () => {
    const workArea = { x: 60, y: 0, width: 1860, height: 1080 };
    const left = popoverBounds({ x: 14, y: 1000, width: 32, height: 32 }, workArea, size, 'win32');
    // Right of the bar: the gap falls inside the bar, so the popover starts at the work area.
    expect(left.x).toBe(60);
    expect(left.y).toBe(1080 - 600);
    const rightArea = { x: 0, y: 0, width: 1860, height: 1080 };
    const right = popoverBounds(
      { x: 1874, y: 500, width: 32, height: 32 },
      rightArea,
      size,
      'win32',
    );
    expect(right.x).toBe(1860 - 400);
    expect(right.y).toBe(216);
  });

  it('falls back to the usual tray corner when the tray reports no bounds (Linux)', () => {
    const workArea = { x: 0, y: 32, width: 1920, height: 1048 };
    const none = { x: 0, y: 0, width: 0, height: 0 };
    expect(popoverBounds(none, workArea, size, 'linux')).toEqual({
      x: 1920 - 400 - POPOVER_GAP,
      y: 32 + POPOVER_GAP,
      width: 400,
      height: 600,
    });
    expect(popoverBounds(none, workArea, size, 'win32').y).toBe(32 + 1048 - 600 - POPOVER_GAP);
  });

  it('shrinks to a small screen and never leaves the work area', () => {
    const workArea = { x: 0, y: 0, width: 360, height: 500 };
    const bounds = popoverBounds(
      { x: 340, y: 480, width: 20, height: 20 },
      workArea,
      size,
      'linux',
    );
    expect(bounds).toEqual({ x: 0, y: 0, width: 360, height: 500 });
  });
});

describe('restoreWindowBounds', () => {
  const primary = { x: 0, y: 25, width: 1440, height: 875 };
  const second = { x: 1440, y: 0, width: 1920, height: 1080 };

  it('opens centred at the default size the first time', () => {
    expect(restoreWindowBounds(undefined, [primary])).toEqual({
      x: 80,
      y: 63,
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
      maximized: false,
    });
  });

  it('puts the window back where it was, on the display it was on', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700, maximized: true };
    expect(restoreWindowBounds(saved, [primary, second])).toEqual(saved);
  });

  it('centres it on the primary display when its display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700, maximized: false };
    expect(restoreWindowBounds(saved, [primary])).toEqual({
      x: 220,
      y: 113,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('pulls a window hanging off the edge fully back in and shrinks what cannot fit', () => {
    const hanging = { x: 1300, y: 600, width: 800, height: 600, maximized: false };
    expect(restoreWindowBounds(hanging, [primary])).toEqual({
      x: 640,
      y: 300,
      width: 800,
      height: 600,
      maximized: false,
    });
    const huge = { x: 0, y: 25, width: 5000, height: 4000, maximized: false };
    expect(restoreWindowBounds(huge, [primary])).toMatchObject({ width: 1440, height: 875 });
    const tiny = { x: 10, y: 30, width: 100, height: 80, maximized: false };
    expect(restoreWindowBounds(tiny, [primary])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('does not trust a title bar that is only a sliver on screen', () => {
    const sliver = { x: -990, y: 100, width: 1000, height: 700, maximized: false };
    expect(restoreWindowBounds(sliver, [primary])).toMatchObject({ x: 220, y: 113 });
  });
});

describe('window state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mns-watch-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through userData and ignores a damaged file', () => {
    const path = windowStatePath(dir);
    expect(loadWindowState(path)).toBeUndefined();
    const state = { x: 10, y: 20, width: 900, height: 700, maximized: false };
    expect(saveWindowState(path, state)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(state);
    expect(loadWindowState(path)).toEqual(state);
    writeFileSync(path, '{"x": 1, "y": ');
    expect(loadWindowState(path)).toBeUndefined();
    expect(parseWindowState({ ...state, width: 'wide' })).toBeUndefined();
    expect(parseWindowState({ ...state, x: 1.5 })).toBeUndefined();
    expect(saveWindowState(join(dir, 'missing', 'state.json'), state)).toBe(false);
  });
});
