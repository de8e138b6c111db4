import { useId, useState } from 'react';

import type { FeedCounts, FeedQuery, SavedFilterView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { ChipGroup } from './ChipGroup';
import { useCountFormat } from './count-format';
import { FacetMenu } from './FacetMenu';
import { facetOptions, fixedOptions } from './facet-options';
import {
  activeFilterCount,
  clearFilters,
  isFilterActive,
  toggleValue,
  withList,
  withText,
  withTimeRange,
} from './query-edit';
import { SavedFilterMenu } from './SavedFilterMenu';
import { SaveFilterForm } from './SaveFilterForm';
import { SearchField } from './SearchField';
import { TimeRangePicker } from './TimeRangePicker';
import { EVENT_KINDS, EVENT_OUTCOMES, EVENT_SOURCES } from '../ui/event-vocabulary';
import './filters.css';

const OUTCOMES = EVENT_OUTCOMES;
const KINDS = EVENT_KINDS;
const SOURCES = EVENT_SOURCES;

/** The list filters whose values are open-ended strings, chosen from dropdowns. */
type OpenFacetKey = 'eventTypes' | 'accountIds' | 'regionIds' | 'queues';

/** Props of the filter bar. */
export interface FilterBarProps {
  query: FeedQuery;
  /** Per-value counts over the text and time matches; undefined until the first page arrives. */
  counts: FeedCounts | undefined;
  /** Entries matching the whole query. */
  total: number;
  /** Entries in the journal, matching or not. */
  journalSize: number;
  savedFilters: SavedFilterView[];
  accountNames: Record<string, string>;
  onChange(query: FeedQuery): void;
  onSaveFilter(name: string): void;
  onDeleteSavedFilter(name: string): void;
  /** The narrow layout: search and counts stay, the other filters fold behind a "Filters" button. */
  compact?: boolean;
}

/** Search, filter chips, facets, time range and saved filters above the feed. */
export function FilterBar(props: FilterBarProps) {
  const { query, counts, onChange, compact = false } = props;
  const t = useT();
  const formatCount = useCountFormat();
  const [expanded, setExpanded] = useState(false);
  const panelId = useId();
  const active = isFilterActive(query);
  const setList = (key: OpenFacetKey, values: string[]): void =>
    onChange(withList(query, key, values));

  const search = (
    <SearchField value={query.text ?? ''} onCommit={(text) => onChange(withText(query, text))} />
  );
  const timeRange = (
    <TimeRangePicker
      from={query.from}
      to={query.to}
      onChange={(range) => onChange(withTimeRange(query, range))}
    />
  );
  const saved = (
    <>
      <SavedFilterMenu
        saved={props.savedFilters}
        query={query}
        accountNames={props.accountNames}
        onApply={onChange}
        onDelete={props.onDeleteSavedFilter}
      />
      <SaveFilterForm saved={props.savedFilters} disabled={!active} onSave={props.onSaveFilter} />
    </>
  );
  const chips = (
    <>
      <ChipGroup
        label={t('filters.group.outcome')}
        options={fixedOptions(OUTCOMES, counts?.outcome, (v) => t(`outcome.${v}`))}
        selected={query.outcomes ?? []}
        onToggle={(value) => onChange(toggleValue(query, 'outcomes', value))}
      />
      <ChipGroup
        label={t('filters.group.kind')}
        options={fixedOptions(KINDS, counts?.kind, (v) => t(`kind.${v}`))}
        selected={query.kinds ?? []}
        onToggle={(value) => onChange(toggleValue(query, 'kinds', value))}
      />
      <ChipGroup
        label={t('filters.group.source')}
        options={fixedOptions(SOURCES, counts?.source, (v) => t(`source.${v}`))}
        selected={query.sources ?? []}
        onToggle={(value) => onChange(toggleValue(query, 'sources', value))}
      />
    </>
  );
  const facets = (
    <>
      <FacetMenu
        label={t('filters.facet.eventType')}
        options={facetOptions(counts?.eventType, query.eventTypes ?? [])}
        selected={query.eventTypes ?? []}
        onChange={(values) => setList('eventTypes', values)}
      />
      <FacetMenu
        label={t('filters.facet.account')}
        options={facetOptions(
          counts?.account,
          query.accountIds ?? [],
          (id) => props.accountNames[id] ?? id,
        )}
        selected={query.accountIds ?? []}
        onChange={(values) => setList('accountIds', values)}
      />
      <FacetMenu
        label={t('filters.facet.region')}
        options={facetOptions(counts?.region, query.regionIds ?? [])}
        selected={query.regionIds ?? []}
        onChange={(values) => setList('regionIds', values)}
      />
      <FacetMenu
        label={t('filters.facet.queue')}
        options={facetOptions(counts?.queue, query.queues ?? [])}
        selected={query.queues ?? []}
        onChange={(values) => setList('queues', values)}
      />
    </>
  );
  const summary = (
    <>
      <span className="filter-bar__summary" role="status">
        {t('filters.summary', {
          shown: formatCount(props.total),
          total: formatCount(props.journalSize),
        })}
      </span>
      {active && (
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => onChange(clearFilters(query))}
        >
          {t('filters.clear')}
        </button>
      )}
    </>
  );

  if (compact) {
    // The narrow layout: search and the match count stay in view; the rest folds away.
    const count = activeFilterCount(query);
    return (
      <section className="filter-bar filter-bar--compact" aria-label={t('filters.title')}>
        <div className="filter-bar__row filter-bar__row--top">
          {search}
          <button
            type="button"
            className={
              count > 0 ? 'btn filter-bar__toggle facet__trigger--active' : 'btn filter-bar__toggle'
            }
            aria-expanded={expanded}
            aria-controls={panelId}
            onClick={() => setExpanded((was) => !was)}
          >
            {t('filters.title')}
            {count > 0 && (
              <>
                <span className="facet__badge" aria-hidden="true">
                  {count}
                </span>{' '}
                <span className="visually-hidden">{t('filters.toggle.active', { count })}</span>
              </>
            )}
            <span className="facet__caret" aria-hidden="true">
              {expanded ? '▴' : '▾'}
            </span>
          </button>
        </div>
        <div className="filter-bar__row filter-bar__row--summary">{summary}</div>
        <div id={panelId} className="filter-bar__panel" hidden={!expanded}>
          <div className="filter-bar__row">{timeRange}</div>
          <div className="filter-bar__row filter-bar__row--chips">{chips}</div>
          <div className="filter-bar__row">{facets}</div>
          <div className="filter-bar__row">{saved}</div>
        </div>
      </section>
    );
  }

  return (
    <section className="filter-bar" aria-label={t('filters.title')}>
      <div className="filter-bar__row">
        {search}
        {timeRange}
        <div className="filter-bar__spacer" />
        {saved}
      </div>
      <div className="filter-bar__row filter-bar__row--chips">{chips}</div>
      <div className="filter-bar__row">
        {facets}
        <div className="filter-bar__spacer" />
        {summary}
      </div>
    </section>
  );
}
