import type { AppError } from '../../../../preload/contract';
import type { StaffT } from '../i18n';
import { splitOffset } from './time';

/** Translates a typed error into a staff message with its next step. */
export function errorText(t: StaffT, error: AppError): string {
  switch (error.code) {
    case 'clock-skew': {
      const offset = splitOffset(error.clockOffsetMs ?? 0);
      const key = offset.ahead
        ? 'errors.clockSkewBehind'
        : 'errors.clockSkewAhead';
      return t(key, { hours: offset.hours, minutes: offset.minutes });
    }
    case 'pin-wrong':
      return t('errors.pinWrong', { count: error.attemptsLeft ?? 0 });
    case 'api-error':
      return t('errors.apiError', {
        status: error.apiStatus ?? '?',
        message: error.message,
      });
    case 'invalid-request':
      return t('errors.invalidRequest', { message: error.message });
    default:
      return t(`errors.${error.code}`, {
        defaultValue: t('errors.internal', { message: error.message }),
        message: error.message,
      });
  }
}
