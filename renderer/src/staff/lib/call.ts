import type { AppError, Result } from '../../../../preload/contract';

type LockListener = () => void;
let onStaffLocked: LockListener = () => undefined;

/** Sets what runs when main returns `staff-locked` (the area locks). */
export function setStaffLockedListener(listener: LockListener): void {
  onStaffLocked = listener;
}

/**
 * Awaits a contract call and turns a rejected promise into a typed error, so
 * screens handle one shape. A `staff-locked` error locks the staff area.
 */
export async function callStaff<T>(
  request: () => Promise<Result<T>>,
): Promise<Result<T>> {
  let result: Result<T>;
  try {
    result = await request();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, error: { code: 'internal', message } };
  }

  if (!result.ok && result.error.code === 'staff-locked') onStaffLocked();
  return result;
}

/** Returns the field an `invalid-request` error names, without "patch.". */
export function errorField(error: AppError): string | null {
  if (error.code !== 'invalid-request' || !error.field) return null;
  return error.field.replace(/^patch\./, '');
}
