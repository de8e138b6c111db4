import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Language } from '../../../renderer/i18n/translate';
import { FeedRowView } from '../../../renderer/feed/FeedRowView';
import { renderIn } from '../setup/render-in-language';
import { sampleRow } from '../support/fake-api';

const row = sampleRow({
  title: 'Transcode complete: 3 renditions (LD, SD and HD)',
  subtitle: 'launch.mp4 · Job 394e6e1d2c3b4a59',
});

function show(language: Language) {
  renderIn(
    <div role="grid">
      <FeedRowView
        row={row}
        index={0}
        top={0}
        height={56}
        demo={false}
        selected={false}
        active={false}
        timeZone="utc"
        now={row.time + 60_000}
        onClick={() => undefined}
      />
    </div>,
    language,
  );
}

describe('feed row text', () => {
  it('shows the classifier title and subtitle as they came in English', () => {
    show('en');
    expect(screen.getByText('Transcode complete: 3 renditions (LD, SD and HD)')).toBeTruthy();
    expect(screen.getByText('launch.mp4 · Job 394e6e1d2c3b4a59')).toBeTruthy();
  });

  it('shows them in Chinese, in the text and in the row and checkbox names', () => {
    show('zh-CN');
    expect(screen.getByText('转码完成：3 个清晰度（LD、SD 和 HD）')).toBeTruthy();
    expect(screen.getByText('launch.mp4 · 作业 394e6e1d2c3b4a59')).toBeTruthy();
    expect(screen.getByRole('row').getAttribute('aria-label')).toContain(
      '转码完成：3 个清晰度（LD、SD 和 HD） — launch.mp4 · 作业 394e6e1d2c3b4a59',
    );
    expect(
      screen.getByRole('checkbox', { name: '选择“转码完成：3 个清晰度（LD、SD 和 HD）”' }),
    ).toBeTruthy();
  });
});
