import { useId, type ReactNode } from 'react';

/**
 * Renders a labelled form control with its error underneath. `children` receives the
 * control's id and the id of the error text for aria-describedby.
 */
export function Field(props: {
  label: string;
  error?: string | null;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [props.error ? errorId : null, props.hint ? hintId : null]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <div className="staff-field">
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, describedBy })}
      {props.hint && (
        <span id={hintId} className="staff-field__hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} className="staff-field__error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}
