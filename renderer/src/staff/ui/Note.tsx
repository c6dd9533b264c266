import type { ReactNode } from 'react';

type Tone = 'info' | 'error' | 'ok';

/**
 * A short message box. Errors are announced at once (role "alert"), the
 * other tones politely (role "status").
 */
export function Note(props: {
  tone?: Tone;
  testId?: string;
  children: ReactNode;
}) {
  const tone = props.tone ?? 'info';
  const className =
    tone === 'info' ? 'staff-note' : `staff-note staff-note--${tone}`;

  return (
    <p
      className={className}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={props.testId}
    >
      {props.children}
    </p>
  );
}
