// Renders a component inside the i18n provider, as the app does.
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';

import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import type { Language } from '../../../renderer/i18n/translate';

/** Renders `ui` in `language` (English unless told). */
export function renderIn(ui: ReactElement, language: Language = 'en'): RenderResult {
  return render(<I18nProvider language={language}>{ui}</I18nProvider>);
}

/** A promise the test settles by hand, to observe busy states. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
} {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
