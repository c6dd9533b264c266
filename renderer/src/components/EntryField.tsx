import { useEffect, useRef, type ChangeEvent } from 'react';

interface EntryFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** Characters a hardware keyboard may type; others are dropped. */
  allowed: RegExp;
  maxLength: number;
  /** Extra text after the label, such as a calling code. */
  prefix?: string;
  error?: string | null;
  testId?: string;
  autoFocus?: boolean;
  onEnter?: () => void;
}

/**
 * A large text field edited by an on-screen keypad or keyboard. The system
 * touch keyboard stays closed (`inputmode="none"`), but a hardware keyboard
 * still types into it.
 */
export function EntryField(props: EntryFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;

  useEffect(() => {
    if (props.autoFocus) input.current?.focus({ preventScroll: true });
  }, [props.autoFocus]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const kept = [...event.target.value]
      .filter((char) => props.allowed.test(char))
      .join('');
    props.onChange(kept.slice(0, props.maxLength));
  };
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={`entry ${props.error ? 'entry--invalid' : ''}`}>
      <label className="entry__label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="entry__box">
        {props.prefix ? (
          <span className="entry__prefix">{props.prefix}</span>
        ) : null}
        <input
          ref={input}
          id={props.id}
          className="entry__input"
          value={props.value}
          onChange={onChange}
          onKeyDown={(event) => event.key === 'Enter' && props.onEnter?.()}
          inputMode="none"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={props.maxLength}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy || undefined}
          data-testid={props.testId}
        />
      </div>
      {props.hint ? (
        <p id={hintId} className="entry__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="entry__error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
