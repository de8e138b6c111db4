import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { EventDetail } from '../../../preload/contract';
import { CompareView } from '../../../renderer/detail/CompareView';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import { BODIES } from './support/fixtures';
import { makeDetail, T0 } from './support/details';

const renderCompare = (left: EventDetail, right: EventDetail) => {
  const onClose = vi.fn<() => void>();
  render(
    <I18nProvider language="en">
      <CompareView left={left} right={right} onClose={onClose} timeZone="utc" />
    </I18nProvider>,
  );
  return onClose;
};

const rowsOf = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));

const partial = makeDetail(BODIES.transcodePartial);
const hls = makeDetail(BODIES.transcodeSuccessHls, {
  row: { outcome: 'success', title: 'Transcode complete: 3 renditions' },
  properties: { dequeueCount: 3, messageId: 'OTHER-ID' },
});

describe('CompareView', () => {
  it('shows both messages side by side and closes', () => {
    const onClose = renderCompare(partial, hls);
    expect(screen.getByRole('heading', { name: 'Compare messages' })).toBeTruthy();
    expect(screen.getByText('Transcode partially failed: 1 of 2 renditions')).toBeTruthy();
    expect(screen.getByText('Transcode complete: 3 renditions')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('diffs properties, marking differences with a symbol and a word', () => {
    renderCompare(partial, hls);
    const table = within(screen.getByRole('region', { name: 'Properties' })).getByRole('table');
    const rows = rowsOf(table);
    expect(rows).toContainEqual(['≠changed', 'Outcome', 'Partly failed', 'Succeeded']);
    expect(rows).toContainEqual(['≠changed', 'Dequeue count', '1', '3']);
    expect(rows).toContainEqual([
      '≠changed',
      'MessageId',
      '5F290C926D472878-2-18F7A3C5D30-200000007',
      'OTHER-ID',
    ]);
    // Only differences is on by default: equal properties are hidden.
    expect(rows.some((row) => row[1] === 'Event type')).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Only differences' }));
    const all = rowsOf(table);
    expect(all).toContainEqual(['=same', 'Event type', 'TranscodeComplete', 'TranscodeComplete']);
    expect(all).toContainEqual([
      '=same',
      'Enqueue time',
      '2024-05-14 08:31:08.000 UTC',
      '2024-05-14 08:31:08.000 UTC',
    ]);
  });

  it('diffs the payloads structurally, with counts', () => {
    renderCompare(partial, hls);
    const region = screen.getByRole('region', { name: 'Payload' });
    expect(region.textContent).toMatch(/\d+ changed · \d+ added · \d+ removed · \d+ same/);
    const rows = rowsOf(within(region).getByRole('table'));
    expect(rows).toContainEqual(['~changed', '$.StreamInfos[0].Definition', '"SD"', '"LD"']);
    expect(rows).toContainEqual([
      '−removed',
      '$.StreamInfos[1].ErrorCode',
      '"InvalidParameter.ResourceContentBad"',
      '(absent)',
    ]);
    expect(rows).toContainEqual(['+added', '$.StreamInfos[0].Codec', '(absent)', '"H.264"']);
    expect(rows.some((row) => row[0] === '=same')).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Only differences' }));
    const all = rowsOf(within(region).getByRole('table'));
    expect(all).toContainEqual([
      '=same',
      '$.EventType',
      '"TranscodeComplete"',
      '"TranscodeComplete"',
    ]);
  });

  it('says when two payloads are identical', () => {
    renderCompare(
      partial,
      makeDetail(BODIES.transcodePartial, { properties: { dequeueCount: 2 } }),
    );
    expect(screen.getByText('The payloads are identical.')).toBeTruthy();
  });

  it('diffs raw bodies line by line when a payload is missing', () => {
    const left = makeDetail('line one\nline two\nline three', { payload: null });
    const right = makeDetail('line one\nline 2\nline three\nline four', { payload: null });
    renderCompare(left, right);
    expect(screen.queryByRole('region', { name: 'Payload' })).toBeNull();
    const region = screen.getByRole('region', { name: 'Body, line by line' });
    expect(region.textContent).toContain('At least one body is not JSON');
    expect(rowsOf(within(region).getByRole('table'))).toEqual([
      ['−removed', '2', 'line two', '', ''],
      ['+added', '', '', '2', 'line 2'],
      ['+added', '', '', '4', 'line four'],
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only differences' }));
    expect(rowsOf(within(region).getByRole('table'))[0]).toEqual([
      '=same',
      '1',
      'line one',
      '1',
      'line one',
    ]);
  });

  it('compares times in the chosen zone', () => {
    const later = makeDetail(BODIES.transcodePartial, { row: { eventTime: T0 + 5000 } });
    renderCompare(partial, later);
    const rows = rowsOf(
      within(screen.getByRole('region', { name: 'Properties' })).getByRole('table'),
    );
    expect(rows).toContainEqual([
      '≠changed',
      'Event time',
      '2024-05-14 08:31:07.000 UTC',
      '2024-05-14 08:31:12.000 UTC',
    ]);
  });
});
