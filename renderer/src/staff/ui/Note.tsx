import type { ReactNode } from 'react';

type Tone = 'info' | 'error' | 'ok';

/**
 * Renders a short message box. Screen readers announce errors at once
 * (role "alert") and the other tones politely (role "status").
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
