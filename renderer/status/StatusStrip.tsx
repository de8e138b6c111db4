import { useId, useState } from 'react';

import type { QueueStatusView } from '../../preload/contract';
import { useLanguage, useT } from '../i18n/i18n-context';
import { describeStatus, isHalted } from './describe-status';
import { groupStatuses } from './group-statuses';
import { QueueChip, stateGlyph } from './QueueChip';
import { formatCompactCount, totalProjected } from './request-count';
import { summarizeStatuses } from './summarize-statuses';
import './status.css';

/** Props of the status strip. */
export interface StatusStripProps {
  statuses: QueueStatusView[];
  now: number;
  /** Pauses one queue, or every queue when `key` is omitted. */
  onPause(key?: string): void;
  onResume(key?: string): void;
  onRetry(key: string): void;
  /** The narrow layout: one summary line that expands to the chips on request. */
  compact?: boolean;
}

/** The glyph of the collapsed summary, by tone (colour is never the only cue). */
const SUMMARY_GLYPH = { success: '●', info: '●', warning: '↻', danger: '!', neutral: '○' };

/** The multi-region health strip: one chip per queue, halted queues spelled out, total cost. */
export function StatusStrip(props: StatusStripProps) {
  const { statuses, now, compact = false } = props;
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();

  if (statuses.length === 0) {
    return (
      <section className="status-strip status-strip--empty" aria-label={t('status.title')}>
        <span>{t('status.empty')}</span>
      </section>
    );
  }
  if (!compact) {
    return (
      <section className="status-strip" aria-label={t('status.title')}>
        <StripBody {...props} />
      </section>
    );
  }

  const summary = summarizeStatuses(statuses, now, t);
  return (
    <section className="status-strip status-strip--compact" aria-label={t('status.title')}>
      <button
        type="button"
        className="status-summary"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded((was) => !was)}
      >
        <span className={`status-summary__icon status-summary--${summary.tone}`} aria-hidden="true">
          {SUMMARY_GLYPH[summary.tone]}
        </span>
        <span className="status-summary__queues">{summary.queues}</span>
        {' · '}
        <span className={`status-summary__state status-summary--${summary.tone}`}>
          {summary.state}
        </span>
        <span className="status-summary__caret" aria-hidden="true">
          {expanded ? '▴' : '▾'}
        </span>
      </button>
      <div id={bodyId} className="status-strip__body" hidden={!expanded}>
        <StripBody {...props} />
      </div>
    </section>
  );
}

/** The chips grouped by account and region, the totals, and the halted queues spelled out. */
function StripBody({ statuses, now, onPause, onResume, onRetry }: StatusStripProps) {
  const t = useT();
  const language = useLanguage();
  const [openKey, setOpenKey] = useState<string | undefined>(undefined);
  const halted = statuses.filter((status) => isHalted(status.state));
  const anyPaused = statuses.some((status) => status.state === 'paused');
  const anyRunning = statuses.some((status) => status.state !== 'paused');

  return (
    <>
      <div className="status-strip__row">
        {groupStatuses(statuses).map((group) => {
          const label = t('status.group', { account: group.accountName, region: group.regionId });
          return (
            <div key={group.key} className="status-group" role="group" aria-label={label}>
              <span className="status-group__label" aria-hidden="true">
                {label}
              </span>
              {group.statuses.map((status) => (
                <QueueChip
                  key={status.key}
                  status={status}
                  now={now}
                  open={openKey === status.key}
                  onToggle={(open) => setOpenKey(open ? status.key : undefined)}
                  onPause={(key) => onPause(key)}
                  onResume={(key) => onResume(key)}
                  onRetry={onRetry}
                />
              ))}
            </div>
          );
        })}
        <div className="status-strip__spacer" />
        <span className="status-strip__total" title={t('status.projectedHint')}>
          {t('status.projectedTotal', {
            count: formatCompactCount(totalProjected(statuses), language),
          })}
        </span>
        {anyRunning && (
          <button type="button" className="btn btn--small btn--ghost" onClick={() => onPause()}>
            {t('status.pauseAll')}
          </button>
        )}
        {anyPaused && (
          <button type="button" className="btn btn--small btn--ghost" onClick={() => onResume()}>
            {t('status.resumeAll')}
          </button>
        )}
      </div>
      {halted.length > 0 && (
        <ul className="status-strip__alerts" aria-label={t('status.attention')}>
          {halted.map((status) => {
            const described = describeStatus(status, now, t);
            return (
              <li key={status.key} className="status-alert">
                <span className="status-alert__icon" aria-hidden="true">
                  {stateGlyph(status.state)}
                </span>
                <strong className="status-alert__queue">{status.queue}</strong>
                <span className="status-alert__where">
                  {t('status.group', { account: status.accountName, region: status.regionId })}
                </span>
                <span className="badge badge--danger">{described.label}</span>
                <span className="status-alert__detail">{described.detail}</span>
                {described.fix !== undefined && (
                  <span className="status-alert__fix">{described.fix}</span>
                )}
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={t('status.retryQueue', { queue: status.queue })}
                  onClick={() => onRetry(status.key)}
                >
                  {t('status.retry')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
