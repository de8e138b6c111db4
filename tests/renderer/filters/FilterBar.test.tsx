import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { FeedCounts, FeedQuery, SavedFilterView } from '../../../preload/contract';
import { FilterBar } from '../../../renderer/filters/FilterBar';
import type { FilterBarProps } from '../../../renderer/filters/FilterBar';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import type { Language } from '../../../renderer/i18n/translate';
import { emptyCounts } from '../support/fake-api';

function counts(): FeedCounts {
  const base = emptyCounts();
  return {
    ...base,
    outcome: { ...base.outcome, failure: 3, success: 12 },
    kind: { ...base.kind, transcode: 9, upload: 6 },
    source: { ...base.source, vod: 15 },
    eventType: { TranscodeComplete: 5, FileUploadComplete: 6 },
    account: { '1234567890123456': 15 },
    region: { 'cn-shanghai': 15 },
    queue: { 'vod-events': 15 },
  };
}

function setup(overrides: Partial<FilterBarProps> = {}, language: Language = 'en') {
  const props: FilterBarProps = {
    query: {},
    counts: counts(),
    total: 15,
    journalSize: 1200,
    savedFilters: [],
    accountNames: { '1234567890123456': 'Production' },
    onChange: vi.fn(),
    onSaveFilter: vi.fn(),
    onDeleteSavedFilter: vi.fn(),
    ...overrides,
  };
  const view = render(
    <I18nProvider language={language}>
      <FilterBar {...props} />
    </I18nProvider>,
  );
  return { props, view };
}

/** A FilterBar that applies its own changes, as the app does. */
function StatefulBar({ initial, onChange }: { initial: FeedQuery; onChange(q: FeedQuery): void }) {
  const [query, setQuery] = useState(initial);
  return (
    <FilterBar
      query={query}
      counts={counts()}
      total={1}
      journalSize={1}
      savedFilters={[]}
      accountNames={{}}
      onChange={(next) => {
        setQuery(next);
        onChange(next);
      }}
      onSaveFilter={() => undefined}
      onDeleteSavedFilter={() => undefined}
    />
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('FilterBar search', () => {
  it('is the "Search" box the shortcut focuses, and hints what it searches', () => {
    setup();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box.id).toBe('feed-search');
    expect(box.getAttribute('placeholder')).toContain('VideoId');
  });

  it('calls onChange with the text as it is typed, without waiting for a pause', () => {
    vi.useFakeTimers();
    const { props } = setup({ query: { kinds: ['upload'] } });
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'v' } });
    expect(props.onChange).toHaveBeenLastCalledWith({ kinds: ['upload'], text: 'v' });
    fireEvent.change(box, { target: { value: 'video 42' } });
    expect(props.onChange).toHaveBeenLastCalledWith({ kinds: ['upload'], text: 'video 42' });
    act(() => vi.advanceTimersByTime(1000));
    expect(props.onChange).toHaveBeenCalledTimes(2);
  });

  it('clears the search at once on Esc', () => {
    vi.useFakeTimers();
    const { props } = setup({ query: { text: 'abc', outcomes: ['failure'] } });
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect((box as HTMLInputElement).value).toBe('abc');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(props.onChange).toHaveBeenCalledWith({ outcomes: ['failure'] });
  });

  it('follows the query when its text changes from outside', () => {
    const { view } = setup({ query: { text: 'old' } });
    view.rerender(
      <I18nProvider language="en">
        <FilterBar
          query={{ text: 'from saved filter' }}
          counts={undefined}
          total={0}
          journalSize={0}
          savedFilters={[]}
          accountNames={{}}
          onChange={vi.fn()}
          onSaveFilter={vi.fn()}
          onDeleteSavedFilter={vi.fn()}
        />
      </I18nProvider>,
    );
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('from saved filter');
  });
});

describe('FilterBar chips', () => {
  it('shows each value with its count in its accessible name', () => {
    setup();
    const outcomes = screen.getByRole('group', { name: 'Outcome' });
    expect(within(outcomes).getByRole('button', { name: 'Failed: 3 events' })).toBeTruthy();
    expect(within(outcomes).getByRole('button', { name: 'Succeeded: 12 events' })).toBeTruthy();
  });

  it('toggles a value into and out of the query', () => {
    const onChange = vi.fn();
    render(
      <I18nProvider language="en">
        <StatefulBar initial={{}} onChange={onChange} />
      </I18nProvider>,
    );
    const chip = screen.getByRole('button', { name: 'Transcode: 9 events' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(chip);
    expect(onChange).toHaveBeenLastCalledWith({ kinds: ['transcode'] });
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'VOD: 15 events' }));
    expect(onChange).toHaveBeenLastCalledWith({ kinds: ['transcode'], sources: ['vod'] });
    fireEvent.click(chip);
    expect(onChange).toHaveBeenLastCalledWith({ sources: ['vod'] });
  });

  it('keeps zero-count values selectable but dimmed', () => {
    const { props } = setup();
    const chip = screen.getByRole('button', { name: 'Partly failed: 0 events' });
    expect(chip.className).toContain('filter-chip--empty');
    fireEvent.click(chip);
    expect(props.onChange).toHaveBeenCalledWith({ outcomes: ['partial'] });
  });

  it('shows chips without counts while counts are loading', () => {
    setup({ counts: undefined });
    expect(screen.getByRole('button', { name: 'Failed' })).toBeTruthy();
  });

  it('speaks Chinese', () => {
    setup({}, 'zh-CN');
    expect(screen.getByRole('searchbox', { name: '搜索' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '失败：3 条事件' })).toBeTruthy();
  });
});

describe('FilterBar facets', () => {
  it('lists counted values with account names and selects them', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Account' }));
    const option = screen.getByRole('checkbox', { name: /Production/ });
    fireEvent.click(option);
    expect(props.onChange).toHaveBeenCalledWith({ accountIds: ['1234567890123456'] });
  });

  it('orders event types by count and says how many are chosen', () => {
    const { props } = setup({ query: { eventTypes: ['TranscodeComplete', 'Gone'] } });
    const trigger = screen.getByRole('button', { name: 'Event type: 2 selected' });
    fireEvent.click(trigger);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => box.parentElement?.textContent)).toEqual([
      'FileUploadComplete6',
      'TranscodeComplete5',
      'Gone0',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(props.onChange).toHaveBeenCalledWith({});
  });

  it('closes on Esc and gives focus back to its button', () => {
    setup();
    const trigger = screen.getByRole('button', { name: 'Queue' });
    fireEvent.click(trigger);
    expect(screen.getByRole('checkbox', { name: /vod-events/ })).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });
});

describe('FilterBar time range', () => {
  it('sets an open-ended from bound for a preset', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2026, 10, 23, 12)));
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Last hour' }));
    expect(props.onChange).toHaveBeenCalledWith({ from: Date.UTC(2026, 10, 23, 11) });
  });

  it('marks the preset in use, and All removes the bounds', () => {
    const onChange = vi.fn();
    render(
      <I18nProvider language="en">
        <StatefulBar initial={{}} onChange={onChange} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'All time' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Last 24 hours' }));
    expect(screen.getByRole('button', { name: 'Last 24 hours' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'All time' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it('takes custom from/to bounds, the to bound through the end of its minute', () => {
    const onChange = vi.fn();
    render(
      <I18nProvider language="en">
        <StatefulBar initial={{}} onChange={onChange} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Custom time range' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-23T10:00' } });
    const from = new Date(2026, 10, 23, 10, 0).getTime();
    expect(onChange).toHaveBeenLastCalledWith({ from });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-23T11:30' } });
    expect(onChange).toHaveBeenLastCalledWith({
      from,
      to: new Date(2026, 10, 23, 11, 30).getTime() + 59_999,
    });
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-11-23T11:30');
  });

  it('shows bounds from a saved filter as a custom range', () => {
    setup({ query: { from: new Date(2026, 0, 1, 8, 0).getTime() } });
    expect(
      screen.getByRole('button', { name: 'Custom time range' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-01-01T08:00');
  });
});

describe('FilterBar summary and clear', () => {
  it('says how many events match out of all', () => {
    setup({ total: 15, journalSize: 1200 });
    expect(screen.getByText('15 of 1,200 events')).toBeTruthy();
  });

  it('offers "Clear filters" only when a filter is set, and keeps the page size', () => {
    setup();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    const { props } = setup({ query: { outcomes: ['failure'], text: 'x', limit: 500 } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(props.onChange).toHaveBeenCalledWith({ limit: 500 });
  });
});

describe('FilterBar saved filters', () => {
  const saved: SavedFilterView[] = [
    { name: 'Failed transcodes', query: { outcomes: ['failure'], kinds: ['transcode'] } },
    { name: 'Uploads', query: { kinds: ['upload'] } },
  ];

  it('cannot save when no filter is set', () => {
    setup();
    expect(
      (screen.getByRole('button', { name: 'Save filter…' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('saves the current filter under a new name', () => {
    const { props } = setup({ query: { outcomes: ['failure'] }, savedFilters: saved });
    fireEvent.click(screen.getByRole('button', { name: 'Save filter…' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Filter name' }), {
      target: { value: '  Only failures ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onSaveFilter).toHaveBeenCalledWith('Only failures');
    expect(screen.queryByRole('textbox', { name: 'Filter name' })).toBeNull();
  });

  it('refuses an empty or duplicate name and says why', () => {
    const { props } = setup({ query: { outcomes: ['failure'] }, savedFilters: saved });
    fireEvent.click(screen.getByRole('button', { name: 'Save filter…' }));
    const name = screen.getByRole('textbox', { name: 'Filter name' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a name.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(name, { target: { value: 'uploads' } });
    fireEvent.submit(name);
    expect(screen.getByRole('alert').textContent).toBe(
      'A saved filter named “uploads” already exists.',
    );
    expect(props.onSaveFilter).not.toHaveBeenCalled();
  });

  it('cancels with Esc', () => {
    setup({ query: { outcomes: ['failure'] } });
    fireEvent.click(screen.getByRole('button', { name: 'Save filter…' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Filter name' }), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Save filter…' })).toBeTruthy();
  });

  it('applies a saved filter, replacing the whole query', () => {
    const { props } = setup({
      query: { text: 'abc', queues: ['q'], limit: 100 },
      savedFilters: saved,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Saved filters (2)' }));
    const apply = screen.getByRole('button', { name: /^Failed transcodes/ });
    expect(apply.getAttribute('title')).toBe('Outcome: Failed · Step: Transcode');
    fireEvent.click(apply);
    expect(props.onChange).toHaveBeenCalledWith({ outcomes: ['failure'], kinds: ['transcode'] });
  });

  it('marks the saved filter in use', () => {
    setup({ query: { kinds: ['upload'] }, savedFilters: saved });
    fireEvent.click(screen.getByRole('button', { name: 'Saved filters (2)' }));
    expect(screen.getByRole('button', { name: /^Uploads/ }).getAttribute('aria-current')).toBe(
      'true',
    );
  });

  it('deletes a saved filter', () => {
    const { props } = setup({ savedFilters: saved });
    fireEvent.click(screen.getByRole('button', { name: 'Saved filters (2)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete saved filter Uploads' }));
    expect(props.onDeleteSavedFilter).toHaveBeenCalledWith('Uploads');
  });

  it('says there are none yet', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Saved filters' }));
    expect(screen.getByText(/No saved filters yet/)).toBeTruthy();
  });
});
