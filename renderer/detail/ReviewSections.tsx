import type { EventOutcome, SummaryView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { errorHintKey } from './error-hints';
import { OutcomeBadge } from './OutcomeBadge';
import { Section } from './Section';

type AiSummary = NonNullable<SummaryView['ai']>;
type ReviewSummary = NonNullable<SummaryView['review']>;
type ErrorSummary = NonNullable<SummaryView['error']>;

/** How an AI moderation suggestion reads as an outcome: pass is fine, review warns, block fails. */
export function suggestionOutcome(suggestion: string | undefined): EventOutcome {
  switch (suggestion?.toLowerCase()) {
    case 'pass':
      return 'success';
    case 'review':
      return 'partial';
    case 'block':
      return 'failure';
    default:
      return 'unknown';
  }
}

/** The AI verdict with its labels, smart tags and fingerprint matches. */
export function AiSection({ ai }: { ai: AiSummary }) {
  const t = useT();
  return (
    <Section title={t('detail.ai.title')}>
      {ai.suggestion !== undefined && (
        <div className="detail-field">
          <span className="detail-field__label">{t('detail.ai.suggestion')}</span>
          <OutcomeBadge outcome={suggestionOutcome(ai.suggestion)} text={ai.suggestion} />
        </div>
      )}
      {ai.labels.length > 0 && (
        <div className="detail-field">
          <span className="detail-field__label">{t('detail.ai.labels')}</span>
          <ul className="detail-chips" aria-label={t('detail.ai.labels')}>
            {ai.labels.map((label, index) => (
              <li key={index} className="badge badge--warning">
                {label}
              </li>
            ))}
          </ul>
        </div>
      )}
      {ai.tags.length > 0 && (
        <table className="detail-table detail-table--grid">
          <caption className="detail-caption">{t('detail.ai.tags')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.ai.category')}</th>
              <th scope="col">{t('detail.ai.tag')}</th>
            </tr>
          </thead>
          <tbody>
            {ai.tags.map((tag, index) => (
              <tr key={index}>
                <td>{tag.category}</td>
                <td>{tag.tag}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ai.matches.length > 0 && (
        <table className="detail-table detail-table--grid">
          <caption className="detail-caption">{t('detail.ai.matches')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.ai.primaryKey')}</th>
              <th scope="col">{t('detail.ai.similarity')}</th>
            </tr>
          </thead>
          <tbody>
            {ai.matches.map((match, index) => (
              <tr key={index}>
                <td className="mono">{match.primaryKey}</td>
                <td className="mono">{match.similarity ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ai.suggestion === undefined &&
        ai.labels.length === 0 &&
        ai.tags.length === 0 &&
        ai.matches.length === 0 && <p className="detail-muted">{t('detail.ai.empty')}</p>}
    </Section>
  );
}

/** A manual review: its result (Normal or Blocked), who reviewed and why. */
export function ReviewSection({ review }: { review: ReviewSummary }) {
  const t = useT();
  const status = review.auditStatus;
  const outcome: EventOutcome =
    status?.toLowerCase() === 'normal'
      ? 'success'
      : status?.toLowerCase() === 'blocked'
        ? 'failure'
        : 'unknown';
  return (
    <Section title={t('detail.review.title')}>
      <dl className="detail-dl">
        <dt>{t('detail.review.status')}</dt>
        <dd>{status === undefined ? '—' : <OutcomeBadge outcome={outcome} text={status} />}</dd>
        <dt>{t('detail.review.auditor')}</dt>
        <dd>{review.auditor ?? '—'}</dd>
        <dt>{t('detail.review.reason')}</dt>
        <dd>{review.reason ?? '—'}</dd>
      </dl>
    </Section>
  );
}

/** The event's error: code, message and, for known codes, what it usually means. */
export function ErrorSection({ error }: { error: ErrorSummary }) {
  const t = useT();
  const hint = errorHintKey(error.code);
  return (
    <Section title={t('detail.error.title')}>
      <div className="detail-error" role="group" aria-label={t('detail.error.title')}>
        <p className="detail-error__line">
          <span className="badge badge--failure">
            <span aria-hidden="true">✕</span>
            {error.code ?? t('detail.error.noCode')}
          </span>{' '}
          <span className="detail-error__message">
            {error.message ?? t('detail.error.noMessage')}
          </span>
        </p>
        {hint !== undefined && <p className="detail-error__hint">{t(hint)}</p>}
      </div>
    </Section>
  );
}
