import { useId, useRef, useState } from 'react';

import type { FeedQuery, SavedFilterView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { describeFilter } from './describe-filter';
import { sameFilter } from './query-edit';
import { useDismiss } from './use-dismiss';

/** The saved-filter dropdown: apply one (it replaces the whole query) or delete one. */
export function SavedFilterMenu({
  saved,
  query,
  accountNames,
  onApply,
  onDelete,
}: {
  saved: readonly SavedFilterView[];
  query: FeedQuery;
  accountNames: Readonly<Record<string, string>>;
  onApply(query: FeedQuery): void;
  onDelete(name: string): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, () => setOpen(false), container, trigger);

  return (
    <div className="facet" ref={container}>
      <button
        ref={trigger}
        type="button"
        className="btn btn--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        {saved.length > 0
          ? t('filters.saved.count', { count: saved.length })
          : t('filters.saved.button')}
        <span className="facet__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={panelId}
          className="facet__panel facet__panel--end filter-popover"
          role="group"
          aria-label={t('filters.saved.button')}
        >
          {saved.length === 0 ? (
            <p className="facet__empty">{t('filters.saved.empty')}</p>
          ) : (
            <ul className="saved-list">
              {saved.map((filter) => {
                const description = describeFilter(filter.query, t, accountNames);
                const active = sameFilter(filter.query, query);
                return (
                  <li key={filter.name} className="saved-list__item">
                    <button
                      type="button"
                      className="saved-list__apply"
                      title={description}
                      aria-current={active ? 'true' : undefined}
                      onClick={() => {
                        onApply({ ...filter.query });
                        setOpen(false);
                      }}
                    >
                      <span className="saved-list__name">
                        {filter.name}
                        {active && (
                          <span className="badge badge--info">{t('filters.saved.active')}</span>
                        )}
                      </span>
                      <span className="saved-list__description">{description}</span>
                    </button>
                    <button
                      type="button"
                      className="btn btn--small btn--ghost saved-list__delete"
                      aria-label={t('filters.saved.delete', { name: filter.name })}
                      title={t('filters.saved.delete', { name: filter.name })}
                      onClick={() => onDelete(filter.name)}
                    >
                      ✕
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
