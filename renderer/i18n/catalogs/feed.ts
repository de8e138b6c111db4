import { defineCatalog } from '../translate';

/** Messages of the feed area. Keys start with "feed.". */
export const feedCatalog = defineCatalog({ 'feed.title': 'Feed' }, { 'feed.title': 'Feed' });
