import type { SummaryView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { OutcomeBadge } from './OutcomeBadge';
import { Section } from './Section';

type WorkflowSummary = NonNullable<SummaryView['workflow']>;

/** A media workflow run: its name and state, then every activity with its outcome and error. */
export function WorkflowSection({ workflow }: { workflow: WorkflowSummary }) {
  const t = useT();
  return (
    <Section title={t('detail.workflow.title')}>
      <dl className="detail-dl">
        <dt>{t('detail.workflow.name')}</dt>
        <dd>{workflow.name ?? '—'}</dd>
        <dt>{t('detail.workflow.state')}</dt>
        <dd className="mono">{workflow.state ?? '—'}</dd>
      </dl>
      {workflow.activities.length === 0 ? (
        <p className="detail-muted">{t('detail.workflow.noActivities')}</p>
      ) : (
        <ol className="detail-activities" aria-label={t('detail.workflow.activities')}>
          {workflow.activities.map((activity, index) => (
            <li key={index} className={`detail-activity detail-activity--${activity.outcome}`}>
              <div className="detail-activity__head">
                <OutcomeBadge outcome={activity.outcome} />
                <strong>{activity.name}</strong>
                {activity.type !== undefined && <span className="badge">{activity.type}</span>}
                {activity.state !== undefined && (
                  <span className="detail-muted mono">{activity.state}</span>
                )}
              </div>
              {activity.jobId !== undefined && (
                <span className="detail-muted detail-job">
                  {t('detail.jobId')} <code>{activity.jobId}</code>
                </span>
              )}
              {(activity.errorCode !== undefined || activity.errorMessage !== undefined) && (
                <p className="detail-error-line">
                  {activity.errorCode !== undefined && <code>{activity.errorCode}</code>}{' '}
                  {activity.errorMessage}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
