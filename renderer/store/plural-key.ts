// Picks the ".one" or ".other" form of a counted message (English needs both; Chinese does not).
import type { MessageKey } from '../i18n/messages';

type BaseOf<K> = K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;

/** A message that has ".one" and ".other" forms. */
export type PluralBase = BaseOf<MessageKey>;

/** The form of `base` for `count`. */
export function pluralKey(base: PluralBase, count: number): MessageKey {
  return count === 1 ? `${base}.one` : `${base}.other`;
}
