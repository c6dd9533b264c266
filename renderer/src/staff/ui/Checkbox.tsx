import type { ReactNode } from 'react';

/** Renders a labelled checkbox with a touch-sized hit area. */
export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="staff-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** Renders a group of controls under a legend, with the group's error. */
export function Fieldset(props: {
  legend: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <fieldset className="staff-fieldset">
      <legend>{props.legend}</legend>
      {props.children}
      {props.error && (
        <span className="staff-field__error" role="alert">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
