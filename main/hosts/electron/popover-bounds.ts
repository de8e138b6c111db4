// Where the tray popover opens: against the icon, on the side away from the taskbar or menu bar,
// kept inside the work area. Linux trays (and hidden icons) report empty bounds; the popover then
// opens in the corner where tray icons usually live.
import { clamp } from './geometry';
import type { Rect, Size } from './geometry';

/** Pixels between the icon and the popover. */
export const POPOVER_GAP = 6;

type Edge = 'top' | 'bottom' | 'left' | 'right';

/** The popover's bounds for an icon at `trayBounds` on a display with `workArea`. */
export function popoverBounds(
  trayBounds: Rect,
  workArea: Rect,
  size: Size,
  platform: NodeJS.Platform,
): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  const right = workArea.x + workArea.width;
  const bottom = workArea.y + workArea.height;
  let x: number;
  let y: number;
  if (trayBounds.width <= 0 || trayBounds.height <= 0) {
    // Windows keeps the notification area bottom right; macOS and most Linux panels top right.
    x = right - width - POPOVER_GAP;
    y = platform === 'win32' ? bottom - height - POPOVER_GAP : workArea.y + POPOVER_GAP;
  } else {
    const cx = trayBounds.x + trayBounds.width / 2;
    const cy = trayBounds.y + trayBounds.height / 2;
    switch (edgeOf(cx, cy, workArea)) {
      case 'top':
        x = cx - width / 2;
        y = trayBounds.y + trayBounds.height + POPOVER_GAP;
        break;
      case 'bottom':
        x = cx - width / 2;
        y = trayBounds.y - height - POPOVER_GAP;
        break;
      case 'left':
        x = trayBounds.x + trayBounds.width + POPOVER_GAP;
        y = cy - height / 2;
        break;
      case 'right':
        x = trayBounds.x - width - POPOVER_GAP;
        y = cy - height / 2;
        break;
    }
  }
  return {
    x: Math.round(clamp(x, workArea.x, right - width)),
    y: Math.round(clamp(y, workArea.y, bottom - height)),
    width,
    height,
  };
}

/** Which side of the work area the icon sits on (its bar lies outside the work area). */
function edgeOf(cx: number, cy: number, workArea: Rect): Edge {
  if (cy < workArea.y) return 'top';
  if (cy >= workArea.y + workArea.height) return 'bottom';
  if (cx < workArea.x) return 'left';
  if (cx >= workArea.x + workArea.width) return 'right';
  // An auto-hiding bar leaves the icon inside the work area: open away from the nearer edge.
  return cy < workArea.y + workArea.height / 2 ? 'top' : 'bottom';
}
