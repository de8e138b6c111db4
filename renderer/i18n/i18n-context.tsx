import { createContext, useCallback, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';

import { localizeEventText } from './event-text';
import { messagesFor } from './messages';
import type { MessageKey } from './messages';
import { formatMessage } from './translate';
import type { Language, MessageValues } from './translate';

/** Looks up a message of the current language and fills its placeholders. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

interface I18n {
  language: Language;
  t: Translate;
}

/** Builds the translate function for one language (also for code outside React). */
export function createTranslate(language: Language): Translate {
  const messages = messagesFor(language);
  return (key, values) => formatMessage(messages[key] ?? key, values);
}

const I18nContext = createContext<I18n>({ language: 'en', t: createTranslate('en') });

/** Provides the UI language to everything below it. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: createTranslate(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** The current UI language. */
export function useLanguage(): Language {
  return useContext(I18nContext).language;
}

/** Puts an event's title or subtitle (the engine's English) into the current language. */
export function useEventText(): (text: string) => string {
  const language = useLanguage();
  return useCallback((text: string) => localizeEventText(text, language), [language]);
}
