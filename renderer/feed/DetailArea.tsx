// The side pane: the open event's detail, or two events compared side by side. Where the window
// is too narrow for both columns, the pane covers the feed and offers a way back.
import type { ReactNode, Ref } from 'react';
import { useStore } from 'zustand';

import { CompareView } from '../detail/CompareView';
import { DetailPane } from '../detail/DetailPane';
import { useEventText, useT } from '../i18n/i18n-context';
import type { AppStore } from '../store/app-store';
import { queueFactsFor } from '../store/queue-modes';
import type { QueueFactsIndex } from '../store/queue-modes';
import { knownRow } from '../store/selection-slice';
import { BackIcon } from '../ui/icons';
import type { TimeZoneChoice } from '../ui/time-format';

/** The detail or compare pane, connected to the store; nothing while no event is open. */
export function DetailArea({
  store,
  queues,
  timeZone,
  now,
  overlay = false,
  paneRef,
}: {
  store: AppStore;
  queues: QueueFactsIndex;
  timeZone: TimeZoneChoice;
  now: number;
  /** The pane covers the feed (narrow windows): it starts with "Back to events". */
  overlay?: boolean;
  /** The pane's element, for moving focus into it. */
  paneRef?: Ref<HTMLElement>;
}) {
  const t = useT();
  const eventText = useEventText();
  const detail = useStore(store, (s) => s.detail);
  const compare = useStore(store, (s) => s.compare);
  const row = useStore(store, (s) =>
    s.detail.id === undefined ? undefined : knownRow(s, s.detail.id),
  );
  const act = store.getState;

  if (detail.id === undefined) return null;
  const id = detail.id;
  const className = (base: string): string => (overlay ? `${base} side-pane--overlay` : base);
  const back: ReactNode = overlay && (
    <div className="side-pane__bar">
      <button
        type="button"
        className="btn btn--ghost side-pane__back"
        onClick={() => act().closeDetail()}
      >
        <BackIcon />
        {t('feed.detail.back')}
      </button>
    </div>
  );

  if (compare.open && compare.base !== undefined && detail.data !== undefined) {
    return (
      <aside
        ref={paneRef}
        className={className('side-pane side-pane--wide')}
        aria-label={t('feed.compare.label')}
      >
        {back}
        <CompareView
          left={compare.base}
          right={detail.data}
          timeZone={timeZone}
          onClose={() => act().closeCompare()}
        />
      </aside>
    );
  }

  const error =
    detail.error === undefined
      ? undefined
      : detail.error.kind === 'missing'
        ? t('feed.detail.missing')
        : t('feed.detail.failed', { message: detail.error.message });

  if (row === undefined) {
    return (
      <aside ref={paneRef} className={className('side-pane')} aria-label={t('feed.detail.label')}>
        {back}
        <div className="side-pane__placeholder" role={error === undefined ? 'status' : 'alert'}>
          <p>{error ?? t('common.loading')}</p>
          <button type="button" className="btn" onClick={() => act().closeDetail()}>
            {t('common.close')}
          </button>
        </div>
      </aside>
    );
  }

  const base = compare.base;
  return (
    <aside ref={paneRef} className={className('side-pane')} aria-label={t('feed.detail.label')}>
      {back}
      {base !== undefined && (
        <div className="compare-hint" role="status">
          <span>
            {base.row.id === id
              ? t('feed.compare.baseIsThis')
              : t('feed.compare.baseIs', { title: eventText(base.row.title) })}
          </span>
          <button
            type="button"
            className="btn btn--small btn--ghost"
            onClick={() => act().closeCompare()}
          >
            {t('feed.compare.clearBase')}
          </button>
        </div>
      )}
      <DetailPane
        row={row}
        detail={detail.data}
        error={error}
        mode={queueFactsFor(queues, row).mode}
        timeZone={timeZone}
        now={now}
        onDelete={() => void act().deleteEvents([id])}
        onRelease={() => void act().releaseEvents([id])}
        onExtend={(seconds) => void act().extendLease(id, seconds)}
        onCompare={() => act().compareWithOpen()}
        onClose={() => act().closeDetail()}
      />
    </aside>
  );
}
