import type { FeedCounts, FeedQuery, SavedFilterView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { ChipGroup } from './ChipGroup';
import { useCountFormat } from './count-format';
import { FacetMenu } from './FacetMenu';
import { facetOptions, fixedOptions } from './facet-options';
import {
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
}

/** Search, filter chips, facets, time range and saved filters above the feed. */
export function FilterBar(props: FilterBarProps) {
  const { query, counts, onChange } = props;
  const t = useT();
  const formatCount = useCountFormat();
  const active = isFilterActive(query);
  const setList = (key: OpenFacetKey, values: string[]): void =>
    onChange(withList(query, key, values));

  return (
    <section className="filter-bar" aria-label={t('filters.title')}>
      <div className="filter-bar__row">
        <SearchField
          value={query.text ?? ''}
          onCommit={(text) => onChange(withText(query, text))}
        />
        <TimeRangePicker
          from={query.from}
          to={query.to}
          onChange={(range) => onChange(withTimeRange(query, range))}
        />
        <div className="filter-bar__spacer" />
        <SavedFilterMenu
          saved={props.savedFilters}
          query={query}
          accountNames={props.accountNames}
          onApply={onChange}
          onDelete={props.onDeleteSavedFilter}
        />
        <SaveFilterForm saved={props.savedFilters} disabled={!active} onSave={props.onSaveFilter} />
      </div>
      <div className="filter-bar__row filter-bar__row--chips">
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
      </div>
      <div className="filter-bar__row">
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
        <div className="filter-bar__spacer" />
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
      </div>
    </section>
  );
}
