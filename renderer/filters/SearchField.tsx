import { useEffect, useEffectEvent, useState } from 'react';

import { useT } from '../i18n/i18n-context';

/** How long typing must pause before the search runs (each search scans the journal). */
export const SEARCH_DEBOUNCE_MS = 200;

/**
 * The full-text search box: reports its text after a short pause in typing; Esc clears it at once.
 *
 * `value` is the committed text; the box follows it when it changes from outside (a saved filter
 * applied, filters cleared), but not when it merely catches up with what was typed.
 */
export function SearchField({ value, onCommit }: { value: string; onCommit(text: string): void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState({ value, sent: value });
  if (value !== seen.value) {
    setSeen({ value, sent: seen.sent });
    // Compared trimmed: the query keeps trimmed text, and a space just typed must survive.
    if (value.trim() !== seen.sent.trim()) setDraft(value);
  }

  const commit = useEffectEvent((text: string) => {
    setSeen((current) => ({ ...current, sent: text }));
    onCommit(text);
  });

  useEffect(() => {
    if (draft.trim() === value.trim()) return undefined;
    const timer = setTimeout(() => commit(draft), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <div className="filter-search" role="search">
      <label htmlFor="feed-search" className="visually-hidden">
        {t('filters.search.label')}
      </label>
      <span className="filter-search__icon" aria-hidden="true">
        ⌕
      </span>
      <input
        id="feed-search"
        type="search"
        className="input filter-search__input"
        placeholder={t('filters.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || draft === '') return;
          // Handled here so the Esc does not also close a surrounding panel.
          event.preventDefault();
          event.stopPropagation();
          setDraft('');
          setSeen((current) => ({ ...current, sent: '' }));
          if (value !== '') onCommit('');
        }}
      />
    </div>
  );
}
