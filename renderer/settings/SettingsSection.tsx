import { useId } from 'react';
import type { ReactNode } from 'react';

import { useT } from '../i18n/i18n-context';

/** One titled card of the settings sheet, with an optional action in its header. */
export function SettingsSection(props: {
  title: string;
  description?: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <header className="settings-section__header">
        <div className="settings-section__heading">
          <h3 id={id}>{props.title}</h3>
          {props.description !== undefined && (
            <p className="field__hint settings-section__description">{props.description}</p>
          )}
        </div>
        {props.action}
      </header>
      <div className="settings-section__body">{props.children}</div>
    </section>
  );
}

/** The outcome of a section's last save, in words: the engine's reason, or a quiet "Saved". */
export function SaveStatus(props: { error: string | undefined; saved?: boolean }) {
  const t = useT();
  if (props.error !== undefined) {
    return (
      <p role="alert" className="banner banner--error settings-status">
        {t('settings.notSaved', { message: props.error })}
      </p>
    );
  }
  return (
    <p role="status" className="field__hint settings-status settings-status--quiet">
      {props.saved === true ? t('settings.saved') : ''}
    </p>
  );
}
