import type { ReactNode } from 'react';

import type { EventDetail } from '../../preload/contract';
import { useLanguage, useT } from '../i18n/i18n-context';
import { formatExact } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';
import { CopyButton } from './CopyButton';
import { Section } from './Section';

/** The Properties tab: MNS system properties, where the message lives, and what MNS Watch saw. */
export function PropertiesTab({
  detail,
  timeZone,
}: {
  detail: EventDetail;
  timeZone: TimeZoneChoice;
}) {
  const t = useT();
  const language = useLanguage();
  const { properties: p, row } = detail;
  const time = (ms: number | undefined, missing: string): ReactNode =>
    ms === undefined ? (
      <span className="detail-muted">{missing}</span>
    ) : (
      <>
        <span>{formatExact(ms, timeZone)}</span>{' '}
        <span className="detail-epoch mono" title={t('detail.props.epochHint')}>
          {ms}
        </span>
      </>
    );

  return (
    <div className="detail-properties">
      <Section title={t('detail.props.system')}>
        <PropertyTable>
          <Property label={t('detail.props.messageId')}>
            <code>{p.messageId}</code>{' '}
            <CopyButton text={p.messageId} label={t('detail.props.copyId')} />
          </Property>
          <Property label={t('detail.props.enqueueTime')}>{time(p.enqueueTime, '—')}</Property>
          <Property label={t('detail.props.firstDequeueTime')}>
            {time(p.firstDequeueTime, '—')}
          </Property>
          <Property label={t('detail.props.nextVisibleTime')}>
            {time(p.nextVisibleTime, t('detail.props.nextVisibleUnknown'))}
          </Property>
          <Property label={t('detail.props.dequeueCount')}>
            <span className="mono">{p.dequeueCount}</span>
            {p.dequeueCount > 1 && (
              <span className="detail-muted"> · {t('detail.props.redelivered')}</span>
            )}
          </Property>
          <Property label={t('detail.props.priority')}>
            <span className="mono">{p.priority}</span>
            <span className="detail-muted"> · {t('detail.props.priorityHint')}</span>
          </Property>
          <Property label={t('detail.props.bodyMd5')}>
            <code>{p.bodyMd5}</code>{' '}
            <CopyButton text={p.bodyMd5} label={t('detail.props.copyMd5')} />
          </Property>
        </PropertyTable>
      </Section>
      <Section title={t('detail.props.location')}>
        <PropertyTable>
          <Property label={t('detail.props.account')}>
            <code>{row.accountId}</code>
          </Property>
          <Property label={t('detail.props.region')}>
            <code>{row.regionId}</code>
          </Property>
          <Property label={t('detail.props.queue')}>
            <code>{row.queue}</code>
          </Property>
        </PropertyTable>
      </Section>
      <Section title={t('detail.props.seen')}>
        <PropertyTable>
          <Property label={t('detail.props.firstSeen')}>{time(row.firstSeenAt, '—')}</Property>
          <Property label={t('detail.props.lastSeen')}>{time(row.lastSeenAt, '—')}</Property>
          <Property label={t('detail.props.deliveries')}>
            <span className="mono">{row.deliveries.toLocaleString(language)}</span>
          </Property>
          <Property label={t('detail.props.state')}>{t(`state.${row.state}`)}</Property>
          {row.leaseExpiresAt !== undefined && (
            <Property label={t('detail.props.leaseEnds')}>{time(row.leaseExpiresAt, '—')}</Property>
          )}
          <Property label={t('detail.props.correlation')}>
            <code>{row.correlationKey}</code>
          </Property>
        </PropertyTable>
      </Section>
    </div>
  );
}

/** A two-column label/value table. */
export function PropertyTable({ children }: { children: ReactNode }) {
  return (
    <table className="detail-table detail-table--properties">
      <tbody>{children}</tbody>
    </table>
  );
}

/** One row of a property table. */
export function Property({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}
