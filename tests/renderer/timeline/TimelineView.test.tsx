import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { FeedRow } from '../../../preload/contract';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import type { Language } from '../../../renderer/i18n/translate';
import { CARDS_PER_PAGE, TimelineView } from '../../../renderer/timeline/TimelineView';
import { sampleRow } from '../support/fake-api';

const T0 = 1_790_000_000_000;

function show(rows: FeedRow[], selectedId?: string, language: Language = 'en') {
  const onSelect = vi.fn();
  render(
    <I18nProvider language={language}>
      <TimelineView
        rows={rows}
        selectedId={selectedId}
        timeZone="utc"
        now={T0 + 10 * 60_000}
        onSelect={onSelect}
      />
    </I18nProvider>,
  );
  return onSelect;
}

const assetRows = (): FeedRow[] => [
  sampleRow({
    id: 'up',
    kind: 'upload',
    eventType: 'FileUploadComplete',
    title: 'Video uploaded: trailer.mp4',
    time: T0,
  }),
  sampleRow({
    id: 'sd',
    final: false,
    eventType: 'StreamTranscodeComplete',
    title: 'SD mp4 ready',
    time: T0 + 60_000,
  }),
  sampleRow({
    id: 'hd',
    final: false,
    outcome: 'failure',
    eventType: 'StreamTranscodeComplete',
    title: 'HD mp4 failed',
    time: T0 + 120_000,
  }),
  sampleRow({
    id: 'all',
    outcome: 'partial',
    title: 'Transcode partially failed: 1 of 2 renditions (HD failed)',
    time: T0 + 180_000,
  }),
];

describe('TimelineView', () => {
  it('shows one card per asset with status, headline, id, span and where', () => {
    show(assetRows());
    const card = screen.getByRole('article');
    expect(within(card).getByText('Partly failed')).toBeTruthy();
    expect(
      within(card).getByRole('button', {
        name: 'Transcode partially failed: 1 of 2 renditions (HD failed)',
      }),
    ).toBeTruthy();
    expect(card.textContent).toContain('VideoIdabc123');
    expect(card.textContent).toContain('3 min from Upload to Transcode');
    expect(card.textContent).toContain('vod-events');
    expect(card.textContent).toContain('cn-shanghai');
    expect(within(card).getByText('7 min ago')).toBeTruthy();
  });

  it('shows the steps in pipeline order with their outcomes and UTC clock times', () => {
    show(assetRows());
    const steps = within(screen.getByRole('list', { name: 'Pipeline steps' }));
    const buttons = steps.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      '✓Video uploaded: trailer.mp414:13:20',
      '✓SD mp4 ready14:14:20',
      '✕HD mp4 failed14:15:20',
      '!Transcode partially failed: 1 of 2 renditions (HD failed)14:16:20',
    ]);
    expect(steps.getAllByRole('img', { name: 'Failed' }).length).toBeGreaterThan(0);
  });

  it('selects an event when its step or the card headline is clicked', () => {
    const onSelect = show(assetRows());
    fireEvent.click(screen.getByRole('button', { name: /SD mp4 ready/ }));
    expect(onSelect).toHaveBeenLastCalledWith('sd');
    fireEvent.click(screen.getByRole('button', { name: /^Transcode partially failed/ }));
    expect(onSelect).toHaveBeenLastCalledWith('all');
  });

  it('marks the selected event', () => {
    show(assetRows(), 'hd');
    expect(screen.getByRole('button', { name: /HD mp4 failed/ }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(screen.getByRole('article').className).toContain('tl-card--selected');
  });

  it('renders hostile titles as text', () => {
    show([sampleRow({ title: '<img src=x onerror=alert(1)>' })]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
  });

  it('folds long steps behind "+N more", keeping the latest (final) ones in view', () => {
    const rows = Array.from({ length: 7 }, (_, i) =>
      sampleRow({ id: `d${i}`, final: i === 6, title: `def ${i}`, time: T0 + i }),
    );
    show(rows);
    const steps = within(screen.getByRole('list', { name: 'Pipeline steps' }));
    expect(steps.queryByText('def 2')).toBeNull();
    expect(steps.getByText('def 6')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '+3 more' }));
    expect(steps.getByText('def 0')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show fewer' })).toBeTruthy();
  });

  it('renders the first 200 cards, then more on request', () => {
    const rows = Array.from({ length: CARDS_PER_PAGE + 5 }, (_, i) =>
      sampleRow({ id: `r${i}`, correlationKey: `k${i}`, time: T0 + i }),
    );
    show(rows);
    // Counted by selector: role queries over 200 cards are slow in jsdom.
    expect(document.querySelectorAll('article')).toHaveLength(CARDS_PER_PAGE);
    expect(screen.getByText('Showing 200 of 205 assets')).toBeTruthy();
    fireEvent.click(screen.getByText('Show 5 more'));
    expect(document.querySelectorAll('article')).toHaveLength(CARDS_PER_PAGE + 5);
  });

  it('shows the headline and the steps in Chinese', () => {
    show(assetRows(), undefined, 'zh-CN');
    const card = screen.getByRole('article');
    expect(
      within(card).getByRole('button', { name: '转码部分失败：2 个清晰度中 1 个成功（HD 失败）' }),
    ).toBeTruthy();
    const steps = within(screen.getByRole('list', { name: '处理环节' }));
    expect(steps.getAllByRole('button').map((button) => button.textContent)).toEqual([
      '✓视频上传完成：trailer.mp414:13:20',
      '✓SD mp4 就绪14:14:20',
      '✕HD mp4 转码失败14:15:20',
      '!转码部分失败：2 个清晰度中 1 个成功（HD 失败）14:16:20',
    ]);
  });

  it('explains the empty timeline, in Chinese too', () => {
    show([], undefined, 'zh-CN');
    expect(screen.getByText(/同一资产或作业的事件/)).toBeTruthy();
  });
});
