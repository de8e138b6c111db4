import type { QueueStatusView } from '../../preload/contract';
import { useLanguage, useT } from '../i18n/i18n-context';
import { numberFormat } from '../ui/number-format';
import { formatExact, formatRelative } from '../ui/time-format';
import { canRetry } from './describe-status';
import type { StatusDescription } from './describe-status';
import { formatCompactCount } from './request-count';

/** The details popover of a queue chip: state in full, the fix, history and the cost meter. */
export function QueueDetails({
  id,
  alignEnd,
  status,
  described,
  now,
  onPause,
  onResume,
  onRetry,
}: {
  id: string;
  /** Open towards the left (the chip sits near the right edge). */
  alignEnd: boolean;
  status: QueueStatusView;
  described: StatusDescription;
  now: number;
  onPause(key: string): void;
  onResume(key: string): void;
  onRetry(key: string): void;
}) {
  const t = useT();
  const language = useLanguage();
  const count = numberFormat(language);
  const paused = status.state === 'paused';

  return (
    <div
      id={id}
      className={`status-popover${alignEnd ? ' status-popover--end' : ''}`}
      role="group"
      aria-label={status.queue}
    >
      <div className="status-popover__head">
        <strong className="status-popover__queue">{status.queue}</strong>
        <span className="badge">{t(`mode.${status.mode}`)}</span>
        {status.demo && <span className="badge badge--demo">{t('status.demo')}</span>}
      </div>
      <p className={`status-popover__state status-popover__state--${described.tone}`}>
        {described.label}
      </p>
      {described.detail !== '' && <p className="status-popover__detail">{described.detail}</p>}
      {described.fix !== undefined && (
        <p className="status-popover__fix">
          <strong>{t('status.fixLabel')}</strong> {described.fix}
        </p>
      )}
      <dl className="status-popover__facts">
        <dt>{t('status.account')}</dt>
        <dd>
          {status.accountName}
          {status.accountId !== '' && <span className="mono"> ({status.accountId})</span>}
        </dd>
        <dt>{t('status.region')}</dt>
        <dd className="mono">{status.regionId}</dd>
        <dt>{t('status.lastPoll')}</dt>
        <dd>
          {status.lastSuccessAt === undefined ? (
            t('status.never')
          ) : (
            <span title={formatExact(status.lastSuccessAt, 'local')}>
              {formatRelative(status.lastSuccessAt, now, t)}
            </span>
          )}
        </dd>
        {status.lastError !== undefined && (
          <>
            <dt>{t('status.lastError')}</dt>
            <dd>
              <span title={formatExact(status.lastError.at, 'local')}>
                {formatRelative(status.lastError.at, now, t)}
              </span>
              {' · '}
              {status.lastError.message}
            </dd>
          </>
        )}
        <dt>{t('status.messagesSeen')}</dt>
        <dd>{count.format(status.messagesSeen)}</dd>
        <dt>{t('status.requests')}</dt>
        <dd>{count.format(status.requestsMade)}</dd>
        <dt>{t('status.projectedLabel')}</dt>
        <dd title={t('status.projectedHint')}>
          {t('status.projected', {
            count: formatCompactCount(status.projectedRequestsPerMonth, language),
          })}
        </dd>
      </dl>
      <div className="status-popover__actions">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => (paused ? onResume(status.key) : onPause(status.key))}
        >
          {t(paused ? 'status.resume' : 'status.pause')}
        </button>
        {canRetry(status.state) && (
          <button type="button" className="btn btn--small" onClick={() => onRetry(status.key)}>
            {t('status.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
