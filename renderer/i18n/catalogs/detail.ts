import { defineCatalog } from '../translate';

/** Messages of the detail area. Keys start with "detail.". */
export const detailCatalog = defineCatalog(
  { 'detail.title': 'Detail' },
  { 'detail.title': 'Detail' },
);
