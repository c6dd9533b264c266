import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppError } from '../../../preload/contract';
import { useCountdown } from '../components/useCountdown';
import { formatCountdown, formatStayTime } from '../lib/dates';
import { messageKeyFor } from '../lib/errors';
import { useAppStatusStore } from '../stores/app-status';
import { useSessionStore } from '../stores/session';

interface ErrorNoticeProps {
  error: AppError;
  /** Epoch milliseconds a lockout ends, for the countdown. */
  lockedUntil?: number | null;
  children?: ReactNode;
}

/** The plain, translated message for a typed error; never its raw text. */
export function ErrorNotice({
  error,
  lockedUntil = null,
  children,
}: ErrorNoticeProps) {
  const { t } = useTranslation('guest');
  const language = useSessionStore((state) => state.language);
  const zone = useAppStatusStore(
    (state) => state.status?.kiosk.propertyTimeZone ?? 'UTC',
  );
  const secondsLeft = useCountdown(
    error.code === 'lookup-locked' ? lockedUntil : null,
  );

  const opensAt = error.opensAt
    ? formatStayTime(error.opensAt, zone, language)
    : null;
  const key =
    error.code === 'booking-not-eligible' &&
    error.reason === 'not-yet-arrived' &&
    !opensAt
      ? 'errors.booking-not-eligible.not-yet-arrived-unknown'
      : messageKeyFor(error);

  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="error-notice"
      data-error-code={error.code}
    >
      <p className="notice__message">
        {t(key, { time: formatCountdown(secondsLeft), opensAt: opensAt ?? '' })}
      </p>
      {children}
    </div>
  );
}
