import type { QueueStatusView } from '../../preload/contract';

/** The queues of one region of one account. */
export interface StatusGroup {
  key: string;
  accountName: string;
  regionId: string;
  statuses: QueueStatusView[];
}

/** Groups statuses by account, then region, each sorted by name so chips do not jump around. */
export function groupStatuses(statuses: readonly QueueStatusView[]): StatusGroup[] {
  const sorted = [...statuses].sort(
    (a, b) =>
      a.accountName.localeCompare(b.accountName) ||
      a.profileId.localeCompare(b.profileId) ||
      a.regionId.localeCompare(b.regionId) ||
      a.queue.localeCompare(b.queue),
  );
  const groups: StatusGroup[] = [];
  for (const status of sorted) {
    const key = `${status.profileId}/${status.regionId}`;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.key === key) last.statuses.push(status);
    else
      groups.push({
        key,
        accountName: status.accountName,
        regionId: status.regionId,
        statuses: [status],
      });
  }
  return groups;
}
