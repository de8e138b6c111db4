// Plain rectangles, as Electron's screen and window APIs report them (pixels in screen DIPs).

/** A rectangle on the screen. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A width and height. */
export interface Size {
  width: number;
  height: number;
}

/** The area two rectangles share (0 when they do not meet). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** `value` limited to [min, max] (min wins when the range is empty). */
export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
