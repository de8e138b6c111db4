// A synthetic journal behind the fake Api: `total` entries, newest first, answered page by page
// exactly as the engine would, so tests can check paging without holding 100,000 rows.
import type {
  Api,
  FeedPage,
  FeedQuery,
  FeedRow,
  QueueMode,
  QueueStatusView,
} from '../../../../preload/contract';
import { emptyCounts, sampleRow } from '../../support/fake-api';

/** The entry numbered `n` (0 is the oldest). */
export function journalRow(n: number, overrides: Partial<FeedRow> = {}): FeedRow {
  return sampleRow({
    messageId: `MSG-${n}`,
    title: `Event ${n}`,
    subtitle: `asset-${n}.mp4`,
    time: 1_790_000_000_000 + n * 1000,
    ...overrides,
  });
}

/** A journal the tests can grow. */
export interface Journal {
  total: number;
  /** Overrides for individual entries by number. */
  overrides: Map<number, Partial<FeedRow>>;
  /** What queryFeed answers. */
  queryFeed: Api['queryFeed'];
  /** The row at a list position (0 = newest). */
  rowAtIndex(index: number): FeedRow;
}

/** A journal of `total` entries. */
export function createJournal(total: number): Journal {
  const journal: Journal = {
    total,
    overrides: new Map(),
    rowAtIndex: (index) => {
      const n = journal.total - 1 - index;
      return journalRow(n, journal.overrides.get(n));
    },
    queryFeed: async (query: FeedQuery): Promise<FeedPage> => {
      const offset = query.offset ?? 0;
      const limit = Math.min(query.limit ?? 200, 1000);
      const rows: FeedRow[] = [];
      for (let i = offset; i < Math.min(journal.total, offset + limit); i += 1) {
        rows.push(journal.rowAtIndex(i));
      }
      return { rows, total: journal.total, counts: emptyCounts(), journalSize: journal.total };
    },
  };
  return journal;
}

/** A status for the sample rows' queue (account 1234567890123456, cn-shanghai, vod-events). */
export function sampleStatus(
  mode: QueueMode,
  overrides: Partial<QueueStatusView> = {},
): QueueStatusView {
  return {
    key: 'profile-1/cn-shanghai/vod-events',
    profileId: 'profile-1',
    accountName: 'Production',
    accountId: '1234567890123456',
    regionId: 'cn-shanghai',
    queue: 'vod-events',
    mode,
    demo: false,
    state: 'polling',
    lastSuccessAt: undefined,
    lastError: undefined,
    nextAttemptAt: undefined,
    messagesSeen: 0,
    requestsMade: 0,
    projectedRequestsPerMonth: 0,
    ...overrides,
  };
}
