// Number formatters, made once per language and style: building an Intl.NumberFormat costs far
// more than formatting with one, and counts are formatted on every status and filter update.

const formats = new Map<string, Intl.NumberFormat>();

/** The shared formatter for `language` in `notation` ('standard': "12,345"; 'compact': "12k"). */
export function numberFormat(
  language: string,
  notation: 'standard' | 'compact' = 'standard',
): Intl.NumberFormat {
  const key = `${language} ${notation}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, { notation });
    formats.set(key, format);
  }
  return format;
}
