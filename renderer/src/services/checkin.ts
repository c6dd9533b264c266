import type { AppError, RequestOf } from '../../../preload/contract';
import { checkPhone, isCountryCode } from '../lib/phone';
import { useAppStatusStore } from '../stores/app-status';
import { useDeliveryStore } from '../stores/delivery';
import { useLookupStore } from '../stores/lookup';
import { resetGuestSession } from '../stores/reset';
import { useSessionStore } from '../stores/session';
import { callMain, logToMain } from './main-call';

type LookupRequest = RequestOf<'checkin:lookup'>;

function defaultCountry(): string {
  return useAppStatusStore.getState().status?.kiosk.defaultCountry ?? 'CN';
}

/** True when the session that started a call has since been reset. */
function isStale(generation: number): boolean {
  return useSessionStore.getState().generation !== generation;
}

/** Returns the E.164 form of a typed number, or null when it is invalid. */
export function typedPhone(country: string, national: string): string | null {
  const region = country || defaultCountry();
  if (!isCountryCode(region)) return null;
  const check = checkPhone(region, national);
  return check.valid ? check.e164 : null;
}

/** Builds the lookup request from what the guest typed, or returns null. */
export function buildLookupRequest(): LookupRequest | null {
  const lookup = useLookupStore.getState();
  const phone =
    lookup.method === 'phone'
      ? typedPhone(lookup.country, lookup.national)
      : null;
  const booking =
    lookup.method === 'code'
      ? { by: 'code' as const, code: lookup.code.trim() }
      : phone
        ? { by: 'phone' as const, phone }
        : null;
  const secondFactor =
    lookup.factor === 'surname'
      ? { by: 'surname' as const, surname: lookup.surname.trim() }
      : { by: 'phone-digits' as const, digits: lookup.digits };

  if (!booking) return null;
  return { booking, secondFactor };
}

function lookupFailed(error: AppError): void {
  const lockedUntil =
    error.code === 'lookup-locked' && error.retryAfterMs !== undefined
      ? Date.now() + error.retryAfterMs
      : null;
  useLookupStore.getState().set({ pending: false, error, lockedUntil });
}

/** Looks the booking up and, when found, moves to the confirm screen. */
export async function lookupBooking(): Promise<void> {
  const lookup = useLookupStore.getState();
  const request = buildLookupRequest();
  if (lookup.pending || !request) return;

  const generation = useSessionStore.getState().generation;
  lookup.set({ pending: true, error: null });
  const result = await callMain(() => window.lobbykey.checkin.lookup(request));
  if (isStale(generation)) return;

  if (!result.ok) {
    lookupFailed(result.error);
    return;
  }
  useLookupStore
    .getState()
    .set({ pending: false, stay: result.value, lockedUntil: null });
  useSessionStore.getState().go('confirm');
}

/** Returns the number the guest typed for the text, unless the booking's is used. */
function chosenPhone(): string | undefined {
  const delivery = useDeliveryStore.getState();
  const stay = useLookupStore.getState().stay;
  if (!delivery.otherNumber && stay?.phoneMasked) return undefined;

  const country = delivery.country || stay?.phoneCountry || '';
  return typedPhone(country, delivery.national) ?? undefined;
}

/** Whether the key will be texted: the guest's choice or the kiosk default. */
export function smsChosen(): boolean {
  const choice = useDeliveryStore.getState().smsOn;
  return (
    choice ?? useAppStatusStore.getState().status?.kiosk.smsDefault ?? false
  );
}

async function runIssue(): Promise<void> {
  const stay = useLookupStore.getState().stay;
  if (!stay) return;

  const generation = useSessionStore.getState().generation;
  const sendSms = smsChosen();
  const phone = sendSms ? chosenPhone() : undefined;
  useDeliveryStore.getState().set({ pending: true, error: null });
  useSessionStore.getState().go('issuing');

  const result = await callMain(() =>
    window.lobbykey.checkin.issueCard({ ticket: stay.ticket, sendSms, phone }),
  );
  if (isStale(generation)) return;

  if (!result.ok) {
    useDeliveryStore.getState().set({ pending: false, error: result.error });
    useSessionStore.getState().fail(result.error);
    return;
  }
  useDeliveryStore.getState().set({
    pending: false,
    key: result.value,
    textedNow: sendSms && result.value.smsSent,
  });
  useSessionStore.getState().go('key');
}

/** Shows the card a returning guest already has, without a new request. */
export function showExistingKey(): void {
  const existing = useLookupStore.getState().stay?.existingKey;
  if (!existing) return;

  useDeliveryStore
    .getState()
    .set({ key: existing, repeatVisit: true, textedNow: false });
  useSessionStore.getState().go('key');
}

/**
 * Texts a returning guest's key again: main makes a replacement card and
 * cancels the old one, once per session.
 */
export async function resendKey(): Promise<void> {
  const stay = useLookupStore.getState().stay;
  const delivery = useDeliveryStore.getState();
  if (!stay || delivery.pending) return;

  const generation = useSessionStore.getState().generation;
  delivery.set({ pending: true, error: null });
  const result = await callMain(() =>
    window.lobbykey.checkin.resendKey({ ticket: stay.ticket }),
  );
  if (isStale(generation)) return;

  if (!result.ok) {
    useDeliveryStore.getState().set({ pending: false, error: result.error });
    return;
  }
  useDeliveryStore
    .getState()
    .set({ pending: false, key: result.value, textedNow: true });
}

let issuing: Promise<void> | null = null;

/**
 * Issues the key once. A second tap while the first call runs gets the same
 * promise, so a double tap makes one card (main deduplicates as well).
 */
export function issueKey(): Promise<void> {
  issuing ??= runIssue().finally(() => {
    issuing = null;
  });
  return issuing;
}

/** Queues the key to be texted once the API is reachable again. */
export async function queueOffline(): Promise<void> {
  const stay = useLookupStore.getState().stay;
  const delivery = useDeliveryStore.getState();
  if (!stay || delivery.pending) return;

  const generation = useSessionStore.getState().generation;
  delivery.set({ pending: true });
  const phone = chosenPhone();
  const result = await callMain(() =>
    window.lobbykey.checkin.queueOffline({ ticket: stay.ticket, phone }),
  );
  if (isStale(generation)) return;

  if (!result.ok) {
    useDeliveryStore.getState().set({ pending: false, error: result.error });
    useSessionStore.getState().fail(result.error);
    return;
  }
  useDeliveryStore
    .getState()
    .set({ pending: false, queuedTo: result.value.smsTo });
  useSessionStore.getState().go('queued');
}

/**
 * Ends the guest session: wipes every guest store at once, then ends the
 * ticket in main so it stops working.
 */
export function endGuestSession(): void {
  const ticket = useLookupStore.getState().stay?.ticket;
  resetGuestSession();

  void callMain(() =>
    window.lobbykey.checkin.endSession(ticket ? { ticket } : {}),
  ).then((result) => {
    if (!result.ok)
      logToMain('warn', `checkin:end-session failed: ${result.error.code}`);
  });
}
