import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface BigButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Makes the button span its container. */
  wide?: boolean;
  children: ReactNode;
}

/** A touch target of at least 72 px with a text label. */
export function BigButton({
  variant = 'primary',
  wide = false,
  className,
  children,
  ...rest
}: BigButtonProps) {
  const classes = [
    'big-button',
    `big-button--${variant}`,
    wide ? 'big-button--wide' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button type="button" className={classes} {...rest}>
      {children}
    </button>
  );
}
