import { useId } from 'react';

import { useT } from '../i18n/i18n-context';
import { useAsyncAction } from './use-async-action';
import './FirstRun.css';

/** The welcome screen of a fresh install: try the built-in demo, or connect a real account. */
export function FirstRun(props: { onTryDemo(): Promise<void>; onConnect(): void }) {
  const t = useT();
  const id = useId();
  const demo = useAsyncAction();
  return (
    <section className="first-run" aria-labelledby={`${id}-title`}>
      <div className="first-run__card">
        <img className="first-run__icon" src="./favicon.png" alt="" width={72} height={72} />
        <h1 id={`${id}-title`} className="first-run__title">
          {t('setup.firstRun.title')}
        </h1>
        <p className="first-run__lead">{t('setup.firstRun.what')}</p>
        <p className="first-run__safe">{t('setup.firstRun.safe')}</p>
        <div className="first-run__choices">
          <button
            type="button"
            className="first-run__choice first-run__choice--primary"
            aria-labelledby={`${id}-demo`}
            aria-describedby={`${id}-demo-text`}
            aria-busy={demo.pending}
            disabled={demo.pending}
            onClick={() => void demo.run(props.onTryDemo)}
          >
            <span className="first-run__choice-icon" aria-hidden="true">
              ▶
            </span>
            <span id={`${id}-demo`} className="first-run__choice-title">
              {demo.pending ? t('setup.firstRun.demoBusy') : t('setup.firstRun.demo')}
            </span>
            <span id={`${id}-demo-text`} className="first-run__choice-text">
              {t('setup.firstRun.demoText')}
            </span>
          </button>
          <button
            type="button"
            className="first-run__choice"
            aria-labelledby={`${id}-connect`}
            aria-describedby={`${id}-connect-text`}
            onClick={props.onConnect}
          >
            <span className="first-run__choice-icon" aria-hidden="true">
              +
            </span>
            <span id={`${id}-connect`} className="first-run__choice-title">
              {t('setup.firstRun.connect')}
            </span>
            <span id={`${id}-connect-text`} className="first-run__choice-text">
              {t('setup.firstRun.connectText')}
            </span>
          </button>
        </div>
        {demo.error !== undefined && (
          <p role="alert" className="banner banner--error first-run__error">
            {t('setup.firstRun.demoFailed', { message: demo.error })}
          </p>
        )}
        <p className="first-run__footnote">{t('setup.firstRun.footnote')}</p>
      </div>
    </section>
  );
}
