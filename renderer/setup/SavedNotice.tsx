import { useEffect, useRef } from 'react';

import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

/** Where the engine put the secret on save. */
export type SecretStorage = 'keychain' | 'memory' | 'unchanged';

const STORAGE_TEXT: Record<SecretStorage, MessageKey> = {
  keychain: 'setup.saved.keychain',
  memory: 'setup.saved.memory',
  unchanged: 'setup.saved.unchanged',
};

/** The form after a save: says where the secret went, then hands back to the parent on Done. */
export function SavedNotice(props: { storage: SecretStorage; onDone(): void }) {
  const t = useT();
  const done = useRef<HTMLButtonElement>(null);
  // The Save button that had focus is gone; keep keyboard users inside the dialog.
  useEffect(() => done.current?.focus(), []);
  return (
    <div className="account-form__saved">
      <span className="account-form__saved-icon" aria-hidden="true">
        ✓
      </span>
      <p role="status" className="account-form__saved-text">
        {t(STORAGE_TEXT[props.storage])}
      </p>
      <p className="field__hint">{t('setup.saved.next')}</p>
      <button ref={done} type="button" className="btn btn--primary" onClick={props.onDone}>
        {t('setup.saved.done')}
      </button>
    </div>
  );
}
