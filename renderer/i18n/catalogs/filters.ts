import { defineCatalog } from '../translate';

/** Messages of the filters area. Keys start with "filters.". */
export const filtersCatalog = defineCatalog(
  { 'filters.title': 'Filters' },
  { 'filters.title': 'Filters' },
);
