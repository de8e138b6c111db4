import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { FeedQuery } from '../../../preload/contract';
import { FilterBar } from '../../../renderer/filters/FilterBar';
import { activeFilterCount } from '../../../renderer/filters/query-edit';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import type { Language } from '../../../renderer/i18n/translate';
import { emptyCounts } from '../support/fake-api';

function show(query: FeedQuery, language: Language = 'en') {
  const onChange = vi.fn();
  render(
    <I18nProvider language={language}>
      <FilterBar
        compact
        query={query}
        counts={emptyCounts()}
        total={15}
        journalSize={1200}
        savedFilters={[]}
        accountNames={{}}
        onChange={onChange}
        onSaveFilter={vi.fn()}
        onDeleteSavedFilter={vi.fn()}
      />
    </I18nProvider>,
  );
  return onChange;
}

describe('compact FilterBar', () => {
  it('keeps search, the count and Clear in view, the rest behind "Filters"', () => {
    const onChange = show({ text: 'abc', outcomes: ['failure'], from: 1, limit: 100 });
    const bar = screen.getByRole('region', { name: 'Filters' });
    expect(within(bar).getByRole('searchbox', { name: 'Search' })).toBeTruthy();
    expect(within(bar).getByText('15 of 1,200 events')).toBeTruthy();
    expect(within(bar).queryByRole('group', { name: 'Step' })).toBeNull();
    expect(within(bar).queryByRole('button', { name: /^Event type/ })).toBeNull();

    const toggle = within(bar).getByRole('button', { name: 'Filters (2 active)' });
    expect(toggle.getAttribute('aria-controls')).toBe(bar.querySelector('.filter-bar__panel')?.id);
    fireEvent.click(toggle);
    expect(within(bar).getByRole('group', { name: 'Step' })).toBeTruthy();
    expect(within(bar).getByRole('button', { name: /^Event type/ })).toBeTruthy();

    fireEvent.click(within(bar).getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenCalledWith({ limit: 100 });
  });

  it('shows no count while nothing is filtered, and speaks Chinese', () => {
    show({}, 'zh-CN');
    expect(screen.getByRole('button', { name: '筛选', expanded: false })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索' })).toBeTruthy();
  });
});

describe('activeFilterCount', () => {
  it('counts chosen values, the time range and the asset, but not the search text', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ text: 'abc', limit: 100, offset: 200 })).toBe(0);
    expect(
      activeFilterCount({
        outcomes: ['failure', 'partial'],
        queues: ['q'],
        from: 1,
        to: 2,
        correlationKey: 'video:1',
      }),
    ).toBe(5);
  });
});
