import { useState } from 'react';

import { useT } from '../i18n/i18n-context';

/**
 * The full-text search box: reports its text as it is typed; Esc clears it at once.
 *
 * There is no pause before the search runs: a scan of 100,000 events takes the engine tens of
 * milliseconds, so every keystroke can update the list (keystroke to list p95 <= 100 ms in
 * `npm run bench`; a 200 ms debounce alone used to miss that). The feed keeps one query on its way
 * at a time, so fast typing or a held key is coalesced there (see feed-slice ensureRows).
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

  const type = (text: string): void => {
    setDraft(text);
    if (text.trim() === value.trim()) return;
    setSeen((current) => ({ ...current, sent: text }));
    onCommit(text);
  };

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
        onChange={(event) => type(event.target.value)}
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
