import { useId } from 'react';
import type { ReactNode } from 'react';

/** The attributes that tie a control to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** A labelled control with its hint and error announced with it (aria-describedby). */
export function Field(props: {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.error !== undefined ? errorId : '', props.hint !== undefined ? hintId : '']
      .filter((part) => part !== '')
      .join(' ') || undefined;
  return (
    <div className={`field${props.className !== undefined ? ` ${props.className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      {props.children({
        id,
        'aria-invalid': props.error !== undefined,
        'aria-describedby': describedBy,
      })}
      {props.error !== undefined && (
        <span className="field__error" id={errorId}>
          {props.error}
        </span>
      )}
      {props.hint !== undefined && (
        <span className="field__hint" id={hintId}>
          {props.hint}
        </span>
      )}
    </div>
  );
}
