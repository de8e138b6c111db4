import { useId, useState } from 'react';

import type { SavedFilterView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { validateFilterName } from './saved-filters';
import type { FilterNameProblem } from './saved-filters';

/** "Save filter…": a button that turns into an inline name field with Save and Cancel. */
export function SaveFilterForm({
  saved,
  disabled,
  onSave,
}: {
  saved: readonly SavedFilterView[];
  /** True when there is nothing to save (no filter set). */
  disabled: boolean;
  onSave(name: string): void;
}) {
  const t = useT();
  const inputId = useId();
  const errorId = useId();
  const [editing, setEditing] = useState(false);
  // After Save or Cancel the button comes back; keyboard focus goes back to it, not to the page.
  const [returning, setReturning] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<FilterNameProblem>(undefined);

  const close = (): void => {
    setEditing(false);
    setReturning(true);
    setName('');
    setProblem(undefined);
  };
  const submit = (): void => {
    const found = validateFilterName(name, saved);
    setProblem(found);
    if (found !== undefined) return;
    onSave(name.trim());
    close();
  };

  if (!editing) {
    return (
      <button
        type="button"
        className="btn btn--small"
        disabled={disabled}
        autoFocus={returning}
        onClick={() => setEditing(true)}
      >
        {t('filters.save.open')}
      </button>
    );
  }
  return (
    <form
      className="save-filter"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('filters.save.nameLabel')}
      </label>
      <input
        id={inputId}
        className="input filter-input save-filter__name"
        placeholder={t('filters.save.placeholder')}
        value={name}
        maxLength={80}
        // The form appears because the user asked for it: the name field is the next thing to fill.
        autoFocus
        aria-invalid={problem !== undefined}
        aria-describedby={problem !== undefined ? errorId : undefined}
        onChange={(event) => {
          setName(event.target.value);
          if (problem !== undefined) setProblem(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close();
          }
        }}
      />
      <button type="submit" className="btn btn--small btn--primary">
        {t('common.save')}
      </button>
      <button type="button" className="btn btn--small btn--ghost" onClick={close}>
        {t('common.cancel')}
      </button>
      {problem !== undefined && (
        <span id={errorId} role="alert" className="save-filter__error">
          {problem === 'empty'
            ? t('filters.save.errorEmpty')
            : t('filters.save.errorDuplicate', { name: name.trim() })}
        </span>
      )}
    </form>
  );
}
