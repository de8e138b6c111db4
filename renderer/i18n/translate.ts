// Message lookup with `{name}` placeholders. Values are inserted as plain text: the UI renders
// the result through React, which escapes it, so a hostile queue name stays text.

/** A language the UI is complete in. */
export type Language = 'en' | 'zh-CN';

/** Every language, in the order the language picker lists them. */
export const LANGUAGES: readonly { id: Language; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'zh-CN', name: '简体中文' },
];

/** One area's messages in every language; TypeScript makes every language complete. */
export interface Catalog<K extends string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string>;
}

/** Declares an area's catalog: English defines the keys, every other language must match them. */
export function defineCatalog<const E extends Record<string, string>>(
  en: E,
  zh: Record<keyof E & string, string>,
): Catalog<keyof E & string> {
  return { en, 'zh-CN': zh };
}

/** Values a message may interpolate. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Looks a message up and fills its placeholders; an unknown placeholder is left visible. */
export function formatMessage(template: string, values?: MessageValues): string {
  if (values === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
