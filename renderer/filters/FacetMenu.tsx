import { useId, useRef, useState } from 'react';

import { useT } from '../i18n/i18n-context';
import type { ChipOption } from './ChipGroup';
import { useCountFormat } from './count-format';
import { useDismiss } from './use-dismiss';

/** A dropdown of checkboxes for a facet with open-ended values (event type, account, queue…). */
export function FacetMenu({
  label,
  options,
  selected,
  onChange,
}: {
  label: string;
  options: readonly ChipOption<string>[];
  selected: readonly string[];
  onChange(values: string[]): void;
}) {
  const t = useT();
  const formatCount = useCountFormat();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, () => setOpen(false), container, trigger);

  const only = selected.length === 1 ? options.find((o) => o.value === selected[0]) : undefined;
  const toggle = (value: string): void =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <div className="facet" ref={container}>
      <button
        ref={trigger}
        type="button"
        className={`btn btn--small facet__trigger${selected.length > 0 ? ' facet__trigger--active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={
          selected.length > 0
            ? t('filters.facet.selected', { name: label, count: selected.length })
            : label
        }
        title={only?.label}
        onClick={() => setOpen((was) => !was)}
      >
        <span>{label}</span>
        {only !== undefined && <span className="facet__value">{only.label}</span>}
        {selected.length > 1 && <span className="facet__badge">{selected.length}</span>}
        <span className="facet__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div id={panelId} className="facet__panel filter-popover" role="group" aria-label={label}>
          {options.length === 0 ? (
            <p className="facet__empty">{t('filters.facet.none')}</p>
          ) : (
            <ul className="facet__list">
              {options.map((option) => (
                <li key={option.value}>
                  <label
                    className={`facet__option${option.count === 0 ? ' facet__option--empty' : ''}`}
                  >
                    <input
                      type="checkbox"
                      checked={selected.includes(option.value)}
                      onChange={() => toggle(option.value)}
                    />
                    <span className="facet__option-label" title={option.label}>
                      {option.label}
                    </span>
                    {option.count !== undefined && (
                      <span className="facet__option-count">{formatCount(option.count)}</span>
                    )}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {selected.length > 0 && (
            <div className="facet__footer">
              <button
                type="button"
                className="btn btn--small btn--ghost"
                onClick={() => onChange([])}
              >
                {t('filters.facet.clear')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
