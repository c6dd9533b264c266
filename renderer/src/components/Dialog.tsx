import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Buttons along the bottom. */
  actions: ReactNode;
  testId?: string;
  /** Called on Escape; without it Escape does nothing. */
  onDismiss?: () => void;
  wide?: boolean;
}

/**
 * A modal dialog over the screen. Focus moves into it when it opens and
 * stays inside while it is open.
 */
export function Dialog({
  title,
  children,
  actions,
  testId,
  onDismiss,
  wide,
}: DialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    panel.current?.querySelector<HTMLElement>('button')?.focus();
    return () => previous?.focus?.();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && onDismiss) onDismiss();
    if (event.key === 'Tab') keepFocusInside(event, panel.current);
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className={`dialog ${wide ? 'dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>
  );
}

function keepFocusInside(
  event: React.KeyboardEvent,
  panel: HTMLElement | null,
): void {
  const focusable = panel?.querySelectorAll<HTMLElement>(
    'button, input, [tabindex="0"]',
  );
  if (!focusable || focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
