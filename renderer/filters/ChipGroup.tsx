import { useT } from '../i18n/i18n-context';
import { useCountFormat } from './count-format';

/** One choice of a chip group. */
export interface ChipOption<V extends string> {
  value: V;
  label: string;
  /** Matching events; undefined while counts are loading. */
  count: number | undefined;
}

/** A labelled row of toggle chips with per-value counts; zero-count values stay selectable. */
export function ChipGroup<V extends string>({
  label,
  options,
  selected,
  onToggle,
}: {
  label: string;
  options: readonly ChipOption<V>[];
  selected: readonly V[];
  onToggle(value: V): void;
}) {
  const t = useT();
  const formatCount = useCountFormat();
  return (
    <div className="filter-chips" role="group" aria-label={label}>
      <span className="filter-chips__label" aria-hidden="true">
        {label}
      </span>
      {options.map((option) => {
        const pressed = selected.includes(option.value);
        const empty = option.count === 0 && !pressed;
        return (
          <button
            key={option.value}
            type="button"
            className={`filter-chip${empty ? ' filter-chip--empty' : ''}`}
            aria-pressed={pressed}
            aria-label={
              option.count === undefined
                ? option.label
                : t('filters.chip.label', { value: option.label, count: option.count })
            }
            onClick={() => onToggle(option.value)}
          >
            <span>{option.label}</span>
            {option.count !== undefined && (
              <span className="filter-chip__count" aria-hidden="true">
                {formatCount(option.count)}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
