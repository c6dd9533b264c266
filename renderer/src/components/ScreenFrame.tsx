import type { ReactNode } from 'react';

interface ScreenFrameProps {
  /** Short name for tests and styles, such as "find". */
  name: string;
  /** The bar along the top: property name, badges, language, help. */
  top: ReactNode;
  /** Notices under the top bar, such as the offline banner. */
  banner?: ReactNode;
  progress?: { current: number; total: number; label: string };
  title: string;
  /** Text under the title. */
  intro?: ReactNode;
  children: ReactNode;
  /** Buttons along the bottom, such as Back and Start over. */
  footer?: ReactNode;
}

/**
 * The layout every screen shares: top bar, progress, one big question, its
 * content and the footer. In landscape the title and content sit side by
 * side; in portrait they stack, so a keyboard sits below its field.
 */
export function ScreenFrame(props: ScreenFrameProps) {
  return (
    <div
      className={`screen screen--${props.name}`}
      data-testid={`screen-${props.name}`}
    >
      <header className="topbar">{props.top}</header>
      {props.banner}
      {props.progress ? <Progress {...props.progress} /> : null}
      <main className="screen__body">
        <div className="screen__intro">
          <h1 className="screen__title">{props.title}</h1>
          {props.intro ? (
            <div className="screen__lead">{props.intro}</div>
          ) : null}
        </div>
        <div className="screen__content">{props.children}</div>
      </main>
      {props.footer ? (
        <footer className="screen__footer">{props.footer}</footer>
      ) : null}
    </div>
  );
}

function Progress({
  current,
  total,
  label,
}: {
  current: number;
  total: number;
  label: string;
}) {
  return (
    <div className="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
      >
        {Array.from({ length: total }, (_, index) => (
          <span
            key={index}
            className={`progress__step ${index < current ? 'progress__step--done' : ''}`}
          />
        ))}
      </div>
      <span className="progress__label">{label}</span>
    </div>
  );
}
