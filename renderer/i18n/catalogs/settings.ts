import { defineCatalog } from '../translate';

/** Messages of the settings area. Keys start with "settings.". */
export const settingsCatalog = defineCatalog(
  { 'settings.title': 'Settings' },
  { 'settings.title': 'Settings' },
);
