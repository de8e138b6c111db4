import { useId, useRef } from 'react';

import { useT } from '../i18n/i18n-context';
import { useDialogFocus } from '../setup/use-dialog-focus';

/** A confirmation that spells out the consequence; Cancel has focus, so Enter never confirms by accident. */
export function ConfirmDialog(props: {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  error: string | undefined;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useDialogFocus(ref, props.onCancel);
  return (
    <div className="dialog-backdrop dialog-backdrop--top">
      <div
        ref={ref}
        className="confirm-dialog panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h3 id={`${id}-title`}>{props.title}</h3>
        <p id={`${id}-body`} className="confirm-dialog__body">
          {props.body}
        </p>
        {props.error !== undefined && (
          <p role="alert" className="banner banner--error confirm-dialog__error">
            {props.error}
          </p>
        )}
        <div className="confirm-dialog__buttons">
          <button type="button" className="btn" data-autofocus onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={`btn ${props.danger === true ? 'btn--danger' : 'btn--primary'}`}
            disabled={props.pending}
            aria-busy={props.pending}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
