import type { AppError } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { errorText } from '../lib/errors';

/** Shows a typed error as a staff message. Offline errors get their own look. */
export function ErrorNote(props: { error: AppError | null; id?: string }) {
  const { t } = useStaffT();
  if (!props.error) return null;

  const offline = props.error.code === 'network-unavailable';
  return (
    <p
      id={props.id}
      role="alert"
      className={
        offline
          ? 'staff-note staff-note--offline'
          : 'staff-note staff-note--error'
      }
      data-error-code={props.error.code}
    >
      {errorText(t, props.error)}
    </p>
  );
}
