import { useMemo } from 'react';

import { useLanguage } from '../i18n/i18n-context';
import { numberFormat } from '../ui/number-format';

/** Formats counts with the UI language's digit grouping ("12,345"). */
export function useCountFormat(): (count: number) => string {
  const language = useLanguage();
  return useMemo(() => {
    const format = numberFormat(language);
    return (count: number) => format.format(count);
  }, [language]);
}
