import type { EventDetail, SummaryView } from '../../preload/contract';
import { useEventText, useT } from '../i18n/i18n-context';
import { formatExact } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';
import { CopyButton } from './CopyButton';
import { isWebUrl } from './format';
import { JsonTree } from './JsonTree';
import { RenditionsSection, SnapshotsSection } from './MediaSections';
import { Property, PropertyTable } from './PropertiesTab';
import { AiSection, ErrorSection, ReviewSection } from './ReviewSections';
import { Section } from './Section';
import { UrlText } from './UrlText';
import { WorkflowSection } from './WorkflowSection';

/** The Summary tab: what the event says about the media, section by section. */
export function SummaryTab({
  detail,
  timeZone,
  onShowRaw,
}: {
  detail: EventDetail;
  timeZone: TimeZoneChoice;
  onShowRaw(): void;
}) {
  const t = useT();
  const eventText = useEventText();
  const { row, summary } = detail;
  return (
    <div className="detail-summary">
      {row.problem !== undefined && (
        <div className="banner banner--warning detail-problem-banner">
          <p>
            <strong>{t('detail.problem.title')}</strong> {t('detail.problem.body')}
          </p>
          <p className="detail-problem">{eventText(row.problem)}</p>
          <button type="button" className="btn btn--small" onClick={onShowRaw}>
            {t('detail.showRaw')}
          </button>
        </div>
      )}
      <IdentitySection detail={detail} timeZone={timeZone} />
      {summary.error !== undefined && <ErrorSection error={summary.error} />}
      {summary.renditions !== undefined && <RenditionsSection renditions={summary.renditions} />}
      {(summary.snapshots !== undefined || summary.coverUrl !== undefined) && (
        <SnapshotsSection snapshots={summary.snapshots} coverUrl={summary.coverUrl} />
      )}
      {summary.ai !== undefined && <AiSection ai={summary.ai} />}
      {summary.review !== undefined && <ReviewSection review={summary.review} />}
      {summary.workflow !== undefined && <WorkflowSection workflow={summary.workflow} />}
      {summary.extend !== undefined && <ExtendSection extend={summary.extend} />}
      {summary.facts.length > 0 && <FactsSection facts={summary.facts} />}
      {isBare(summary) && row.problem === undefined && (
        <p className="detail-muted">{t('detail.summary.nothingMore')}</p>
      )}
    </div>
  );
}

/** The ids people search by (the key id, the job, the event type) and when it happened. */
function IdentitySection({ detail, timeZone }: { detail: EventDetail; timeZone: TimeZoneChoice }) {
  const t = useT();
  const { row } = detail;
  return (
    <Section title={t('detail.summary.identity')}>
      <PropertyTable>
        <Property label={t('detail.summary.eventType')}>
          <code>{row.eventType}</code>
        </Property>
        {row.keyId !== undefined && (
          <Property label={row.keyField ?? t('detail.summary.keyId')}>
            <code>{row.keyId}</code>{' '}
            <CopyButton text={row.keyId} label={t('detail.summary.copyKey')} />
          </Property>
        )}
        {row.jobId !== undefined && row.jobId !== row.keyId && (
          <Property label={t('detail.jobId')}>
            <code>{row.jobId}</code>{' '}
            <CopyButton text={row.jobId} label={t('detail.summary.copyJob')} />
          </Property>
        )}
        <Property label={t('detail.summary.eventTime')}>
          {row.eventTime === undefined ? (
            <span className="detail-muted">{t('detail.summary.noEventTime')}</span>
          ) : (
            formatExact(row.eventTime, timeZone)
          )}
        </Property>
        <Property label={t('detail.summary.final')}>
          {row.final ? t('detail.summary.finalYes') : t('detail.summary.finalNo')}
        </Property>
      </PropertyTable>
    </Section>
  );
}

/** Extend / UserData passthrough: a tree when it is JSON, else the string as sent. */
function ExtendSection({ extend }: { extend: NonNullable<SummaryView['extend']> }) {
  const t = useT();
  return (
    <Section
      title={t('detail.extend.title')}
      aside={<CopyButton text={extend.raw} label={t('detail.extend.copy')} />}
    >
      {extend.parsed !== undefined ? (
        <div className="detail-code detail-code--inline">
          <JsonTree value={extend.parsed} label={t('detail.extend.title')} openDepth={3} />
        </div>
      ) : (
        <>
          <p className="detail-muted">{t('detail.extend.notJson')}</p>
          <pre className="detail-code detail-code--wrap">{extend.raw}</pre>
        </>
      )}
    </Section>
  );
}

/** Whatever else the classifier found worth a row; http(s) values get copy and open. */
function FactsSection({ facts }: { facts: SummaryView['facts'] }) {
  const t = useT();
  return (
    <Section title={t('detail.facts.title')}>
      <PropertyTable>
        {facts.map((fact, index) => (
          <Property key={index} label={fact.label}>
            {isWebUrl(fact.value) ? <UrlText url={fact.value} /> : <span>{fact.value}</span>}
          </Property>
        ))}
      </PropertyTable>
    </Section>
  );
}

function isBare(summary: SummaryView): boolean {
  return (
    summary.error === undefined &&
    summary.renditions === undefined &&
    summary.snapshots === undefined &&
    summary.coverUrl === undefined &&
    summary.ai === undefined &&
    summary.review === undefined &&
    summary.workflow === undefined &&
    summary.extend === undefined &&
    summary.facts.length === 0
  );
}
