import { useT } from '../i18n/i18n-context';
import { pluralKey } from '../store/plural-key';

/** A consumed message's lease: seconds left (live), and how often MNS has handed it out. */
export function LeaseCountdown({
  leaseExpiresAt,
  dequeueCount,
  now,
}: {
  leaseExpiresAt: number | undefined;
  dequeueCount: number;
  now: number;
}) {
  const t = useT();
  const seconds =
    leaseExpiresAt === undefined ? undefined : Math.ceil((leaseExpiresAt - now) / 1000);
  return (
    <span className="lease">
      {seconds !== undefined && (
        <span className={seconds > 0 ? 'lease__left' : 'lease__left lease__left--over'}>
          {seconds > 0 ? t('feed.row.leaseLeft', { seconds }) : t('feed.row.leaseOver')}
        </span>
      )}
      <span className={dequeueCount > 1 ? 'lease__count' : 'lease__count lease__count--once'}>
        {t(pluralKey('feed.row.dequeued', dequeueCount), { count: dequeueCount })}
      </span>
    </span>
  );
}
