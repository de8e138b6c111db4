// All catalogs merged per language. Each area owns its own catalog file, so areas never collide.
import { commonCatalog } from './catalogs/common';
import { detailCatalog } from './catalogs/detail';
import { feedCatalog } from './catalogs/feed';
import { filtersCatalog } from './catalogs/filters';
import { settingsCatalog } from './catalogs/settings';
import { setupCatalog } from './catalogs/setup';
import { statusCatalog } from './catalogs/status';
import type { Language } from './translate';

const catalogs = [
  commonCatalog,
  feedCatalog,
  filtersCatalog,
  detailCatalog,
  setupCatalog,
  settingsCatalog,
  statusCatalog,
] as const;

type KeysOf<C> = C extends { en: Record<infer K, string> } ? K : never;

/** Every message key the UI may use. */
export type MessageKey = KeysOf<(typeof catalogs)[number]>;

/** The merged messages of one language. */
export function messagesFor(language: Language): Readonly<Record<MessageKey, string>> {
  return Object.assign({}, ...catalogs.map((catalog) => catalog[language])) as Record<
    MessageKey,
    string
  >;
}

/** Every catalog, for the completeness test. */
export const ALL_CATALOGS = catalogs;
