import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { CompareView } from '../../../renderer/detail/CompareView';
import { detailCatalog } from '../../../renderer/i18n/catalogs/detail';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import { BODIES } from './support/fixtures';
import { makeDetail, T0 } from './support/details';
import { renderPane } from './support/render';

describe('detail pane in 简体中文', () => {
  it('names the tabs in Chinese', () => {
    renderPane(makeDetail(BODIES.transcodePartial), {}, 'zh-CN');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '摘要',
      'JSON',
      'XML',
      '原始内容',
      '属性',
    ]);
  });

  it('shows the event title, subtitle and decoding problem in Chinese', () => {
    const detail = makeDetail(BODIES.transcodePartial, {
      row: {
        title: 'Transcode partially failed: 1 of 2 renditions (HD failed)',
        subtitle: 'launch.mp4 · Job 394e6e1d2c3b4a59',
        problem: 'The body is empty.',
      },
    });
    renderPane(detail, {}, 'zh-CN');
    expect(
      screen.getByRole('heading', { name: '转码部分失败：2 个清晰度中 1 个成功（HD 失败）' }),
    ).toBeTruthy();
    expect(screen.getByText('launch.mp4 · 作业 394e6e1d2c3b4a59')).toBeTruthy();
    expect(screen.getByText('消息体为空。')).toBeTruthy();
  });

  it('explains watch mode and labels actions in Chinese', () => {
    renderPane(makeDetail(BODIES.transcodePartial), { mode: 'watch' }, 'zh-CN');
    expect(
      screen.getByText('此队列处于观察模式：MNS Watch 只查看消息，从不改动队列。'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '对比…' })).toBeTruthy();
  });

  it('shows lease actions in Chinese', () => {
    const leased = makeDetail(BODIES.transcodePartial, {
      row: { state: 'leased', leaseExpiresAt: T0 + 90_000 },
    });
    renderPane(leased, { mode: 'consume' }, 'zh-CN');
    expect(screen.getByRole('button', { name: '删除' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '释放' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '延长租期' }));
    expect(screen.getByRole('button', { name: '30 分钟' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('租约剩余 0:30');
  });

  it('renders the compare view in Chinese', () => {
    render(
      <I18nProvider language="zh-CN">
        <CompareView
          left={makeDetail(BODIES.transcodePartial)}
          right={makeDetail(BODIES.transcodeSuccessHls)}
          onClose={() => undefined}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: '对比消息' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '只看差异' })).toBeTruthy();
  });

  it('has a Chinese message for every key, differing from English where words are involved', () => {
    const en = detailCatalog.en;
    const zh = detailCatalog['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(key.startsWith('detail.')).toBe(true);
      expect(zh[key as keyof typeof zh].trim()).not.toBe('');
    }
    // Placeholders survive translation.
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(names(zh[key])).toEqual(names(en[key]));
    }
  });
});
