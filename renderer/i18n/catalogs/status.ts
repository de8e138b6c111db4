import { defineCatalog } from '../translate';

/** Messages of the status area. Keys start with "status.". */
export const statusCatalog = defineCatalog(
  { 'status.title': 'Status' },
  { 'status.title': 'Status' },
);
