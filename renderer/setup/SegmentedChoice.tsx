import { useId } from 'react';

import './controls.css';

/** One option of a segmented choice. */
export interface SegmentOption<V extends string> {
  value: V;
  label: string;
}

/** A row of radio buttons drawn as a segmented control: one choice, arrow keys move it. */
export function SegmentedChoice<V extends string>(props: {
  label: string;
  /** Hide the group's name visually when the surrounding layout already says it. */
  hideLabel?: boolean;
  options: readonly SegmentOption<V>[];
  value: V;
  disabled?: boolean;
  onChange(value: V): void;
}) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div className="segmented-field">
      <span id={labelId} className={props.hideLabel === true ? 'visually-hidden' : 'field__label'}>
        {props.label}
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby={labelId}>
        {props.options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={props.value === option.value}
              disabled={props.disabled === true}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
