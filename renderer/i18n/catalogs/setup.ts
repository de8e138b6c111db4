import { defineCatalog } from '../translate';

/** Messages of the setup area. Keys start with "setup.". */
export const setupCatalog = defineCatalog({ 'setup.title': 'Setup' }, { 'setup.title': 'Setup' });
