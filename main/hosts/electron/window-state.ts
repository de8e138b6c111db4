// The main window's remembered size and position, and where to put it back: on the display it
// was on if that display is still there, otherwise centred on the primary one, never off-screen.
import { z } from 'zod';

import { clamp, overlapArea } from './geometry';
import type { Rect, Size } from './geometry';

/** What is remembered between runs. */
export interface WindowState extends Rect {
  maximized: boolean;
}

/** The first-run size. */
export const DEFAULT_WINDOW_SIZE: Size = { width: 1280, height: 800 };
/** The smallest size the window opens at (the feed and detail still fit). */
export const MIN_WINDOW_SIZE: Size = { width: 640, height: 420 };
/** How much of the title bar must be on a display for the saved spot to be usable. */
const TITLE_STRIP: Size = { width: 120, height: 32 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const stateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  maximized: z.boolean(),
});

/** The remembered state from parsed JSON, or undefined when it is not one. */
export function parseWindowState(value: unknown): WindowState | undefined {
  const parsed = stateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Where the window opens. `workAreas[0]` is the primary display. The saved rectangle is kept on
 * the display it overlaps most if its title bar can still be grabbed there; otherwise the window is
 * centred on the primary display. Either way it is shrunk to fit and moved fully inside.
 */
export function restoreWindowBounds(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  defaults: Size = DEFAULT_WINDOW_SIZE,
): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaults };
  const wanted = saved ?? { x: 0, y: 0, ...defaults, maximized: false };
  let area: Rect | undefined;
  if (saved !== undefined) {
    const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: TITLE_STRIP.height };
    let best = 0;
    for (const candidate of workAreas) {
      const shown = overlapArea(titleBar, candidate);
      if (shown >= TITLE_STRIP.width * TITLE_STRIP.height && shown > best) {
        best = shown;
        area = candidate;
      }
    }
  }
  const target = area ?? primary;
  const width = clamp(wanted.width, Math.min(MIN_WINDOW_SIZE.width, target.width), target.width);
  const height = clamp(
    wanted.height,
    Math.min(MIN_WINDOW_SIZE.height, target.height),
    target.height,
  );
  const x = area !== undefined ? wanted.x : target.x + Math.round((target.width - width) / 2);
  const y = area !== undefined ? wanted.y : target.y + Math.round((target.height - height) / 2);
  return {
    x: clamp(x, target.x, target.x + target.width - width),
    y: clamp(y, target.y, target.y + target.height - height),
    width,
    height,
    maximized: saved?.maximized ?? false,
  };
}
