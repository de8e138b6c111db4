// A fixed-row-height virtual list: only the rows in view (plus overscan) exist in the DOM, laid
// out absolutely inside a spacer as tall as all rows together.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

/** Viewport height assumed until the list can measure itself (and in jsdom, which cannot). */
export const FALLBACK_HEIGHT = 600;

/** What the list shows and how it reports scrolling. */
export interface VirtualListProps {
  total: number;
  /** The rows are about to be replaced (a new query is loading): announced as aria-busy. */
  busy?: boolean;
  /** Every row's height; it may change (with the layout), the top row then stays in view. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  renderRow(index: number, top: number): ReactNode;
  /** The rows in view changed (inclusive indices), and whether the list is at the top; keep it stable. */
  onRangeChange(first: number, last: number, atTop: boolean): void;
  /** When seq changes, scroll down by `rows` so the rows in view stay put above new arrivals. */
  shift: { seq: number; rows: number };
  /** When it changes, scroll back to the top. */
  topSeq: number;
  /** When seq changes, scroll just enough to show row `index`. */
  reveal: { seq: number; index: number };
  label: string;
  /** The row the keyboard is on; announced as the active descendant while it is rendered. */
  activeIndex: number | undefined;
  /** The DOM id a rendered row carries. */
  rowDomId(index: number): string;
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
}

/** Which rows are in view for a scroll position. */
export function visibleRange(
  scrollTop: number,
  height: number,
  rowHeight: number,
  total: number,
): { first: number; last: number } {
  if (total === 0) return { first: 0, last: -1 };
  const first = Math.min(total - 1, Math.max(0, Math.floor(scrollTop / rowHeight)));
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / rowHeight) - 1);
  return { first, last: Math.max(first, last) };
}

/** A scrollable grid that renders only what is in view. */
export function VirtualList(props: VirtualListProps) {
  const { total, rowHeight, overscan, shift, topSeq, reveal } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const { onRangeChange } = props;

  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = (): void => setHeight(element.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The row height changed with the layout (narrow ↔ wide): keep the same row at the top.
  const appliedRowHeight = useRef(rowHeight);
  useLayoutEffect(() => {
    const element = ref.current;
    const previous = appliedRowHeight.current;
    if (element === null || previous === rowHeight) return;
    appliedRowHeight.current = rowHeight;
    element.scrollTop = Math.round((element.scrollTop / previous) * rowHeight);
    setScrollTop(element.scrollTop);
  }, [rowHeight]);

  // Rows arrived above while the user reads further down: keep their rows where they are.
  const appliedShift = useRef(shift.seq);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || appliedShift.current === shift.seq) return;
    appliedShift.current = shift.seq;
    element.scrollTop += shift.rows * rowHeight;
    setScrollTop(element.scrollTop);
  }, [shift, rowHeight]);

  const appliedTop = useRef(topSeq);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || appliedTop.current === topSeq) return;
    appliedTop.current = topSeq;
    element.scrollTop = 0;
    setScrollTop(0);
  }, [topSeq]);

  const appliedReveal = useRef(reveal.seq);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || appliedReveal.current === reveal.seq) return;
    appliedReveal.current = reveal.seq;
    const rowTop = reveal.index * rowHeight;
    if (rowTop < element.scrollTop) element.scrollTop = rowTop;
    else if (rowTop + rowHeight > element.scrollTop + height) {
      element.scrollTop = rowTop + rowHeight - height;
    }
    setScrollTop(element.scrollTop);
  }, [reveal, rowHeight, height]);

  const { first, last } = visibleRange(scrollTop, height, rowHeight, total);
  const atTop = scrollTop < rowHeight / 2;
  useEffect(() => {
    onRangeChange(first, Math.max(first, last), atTop);
  }, [onRangeChange, first, last, atTop]);

  const rows: ReactNode[] = [];
  const from = Math.max(0, first - overscan);
  const to = Math.min(total - 1, last + overscan);
  for (let index = from; index <= to; index += 1)
    rows.push(props.renderRow(index, index * rowHeight));

  return (
    <div
      ref={ref}
      className="vlist"
      role="grid"
      aria-label={props.label}
      aria-rowcount={total}
      aria-busy={props.busy === true ? true : undefined}
      aria-multiselectable="true"
      aria-activedescendant={
        props.activeIndex !== undefined && props.activeIndex >= from && props.activeIndex <= to
          ? props.rowDomId(props.activeIndex)
          : undefined
      }
      tabIndex={0}
      onKeyDown={props.onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="vlist__spacer" role="rowgroup" style={{ height: total * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
