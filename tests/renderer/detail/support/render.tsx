// Renders the detail components inside the i18n provider, with every callback a spy.
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { vi } from 'vitest';
import type { Mock } from 'vitest';

import type { EventDetail } from '../../../../preload/contract';
import { DetailPane } from '../../../../renderer/detail/DetailPane';
import type { DetailPaneProps } from '../../../../renderer/detail/DetailPane';
import { I18nProvider } from '../../../../renderer/i18n/i18n-context';
import type { Language } from '../../../../renderer/i18n/translate';
import { makeRow, T0 } from './details';

/** The pane's callbacks as spies. */
export interface PaneSpies {
  onDelete: Mock<() => void>;
  onRelease: Mock<() => void>;
  onExtend: Mock<(seconds: number) => void>;
  onCompare: Mock<() => void>;
  onClose: Mock<() => void>;
}

/** Renders DetailPane for a detail (or just a row), in UTC, with spies for the callbacks. */
export function renderPane(
  detail: EventDetail | undefined,
  overrides: Partial<DetailPaneProps> = {},
  language: Language = 'en',
): RenderResult & { spies: PaneSpies } {
  const spies: PaneSpies = {
    onDelete: vi.fn<() => void>(),
    onRelease: vi.fn<() => void>(),
    onExtend: vi.fn<(seconds: number) => void>(),
    onCompare: vi.fn<() => void>(),
    onClose: vi.fn<() => void>(),
  };
  const props: DetailPaneProps = {
    row: detail?.row ?? makeRow(),
    detail,
    error: undefined,
    mode: 'watch',
    timeZone: 'utc',
    now: T0 + 60_000,
    ...spies,
    ...overrides,
  };
  const result = render(
    <I18nProvider language={language}>
      <DetailPane {...props} />
    </I18nProvider>,
  );
  return { ...result, spies };
}

/** Installs a fake clipboard and returns its writeText spy. */
export function mockClipboard(): Mock<(text: string) => Promise<void>> {
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText },
    configurable: true,
  });
  return writeText;
}
