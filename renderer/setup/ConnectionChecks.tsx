import type { ConnectionCheckView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

const STEP_LABEL: Record<ConnectionCheckView['step'], MessageKey> = {
  endpoint: 'setup.check.endpoint',
  credentials: 'setup.check.credentials',
  queue: 'setup.check.queue',
};

/** "Test connection" and its step-by-step verdict, each step's engine message shown verbatim. */
export function ConnectionChecks(props: {
  checks: readonly ConnectionCheckView[] | undefined;
  pending: boolean;
  error: string | undefined;
  queue: string | undefined;
  onTest(): void;
}) {
  const t = useT();
  return (
    <div className="account-form__checks">
      <div className="account-form__action-row">
        <button
          type="button"
          className="btn"
          onClick={props.onTest}
          disabled={props.pending}
          aria-busy={props.pending}
        >
          {t('setup.check.run')}
        </button>
        <span className="field__hint" aria-live="polite">
          {props.pending
            ? t('setup.check.running')
            : props.queue !== undefined
              ? t('setup.check.withQueue', { queue: props.queue })
              : t('setup.check.withoutQueue')}
        </span>
      </div>
      {props.error !== undefined && (
        <p role="alert" className="banner banner--error">
          {props.error}
        </p>
      )}
      {props.checks !== undefined && !props.pending && (
        <ul className="check-list" aria-label={t('setup.check.results')}>
          {props.checks.map((check) => (
            <li
              key={check.step}
              className={`check-list__item ${check.ok ? 'check-list__item--ok' : 'check-list__item--failed'}`}
            >
              <span
                className={`outcome-icon outcome-icon--${check.ok ? 'success' : 'failure'}`}
                role="img"
                aria-label={check.ok ? t('setup.check.passed') : t('setup.check.failed')}
              >
                {check.ok ? '✓' : '✕'}
              </span>
              <span className="check-list__text">
                <strong>{t(STEP_LABEL[check.step])}</strong>
                <span className="check-list__message">{check.message}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
