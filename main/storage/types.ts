// Records and store interfaces of the SQLite database. Every store method is
// synchronous (better-sqlite3) and durable when it returns: the database runs
// in WAL mode with synchronous=FULL.

export type ReservationStatus =
  'booked' | 'checked-in' | 'checked-out' | 'cancelled';

/** A booking. Dates and times are wall-clock values in the property's zone. */
export interface ReservationRecord {
  id: number;
  confirmationCode: string;
  firstName: string;
  lastName: string;
  /** E.164, for example "+8613800138000"; null when the booking has none. */
  phoneE164: string | null;
  /** Country calling code derived from phoneE164, for example "86". */
  areaCode: string | null;
  /** National significant number derived from phoneE164. */
  nationalNumber: string | null;
  building: string | null;
  floor: string | null;
  room: string;
  /** "YYYY-MM-DD". */
  arrivalDate: string;
  /** "HH:mm", or null for the property's check-in time. */
  arrivalTime: string | null;
  /** "YYYY-MM-DD", or null when the export had none (no card is issued). */
  departureDate: string | null;
  /** "HH:mm", or null for the property's check-out time. */
  departureTime: string | null;
  status: ReservationStatus;
  createdAt: string;
  updatedAt: string;
}

export type NewReservation = Omit<
  ReservationRecord,
  'id' | 'createdAt' | 'updatedAt' | 'status'
> & { status?: ReservationStatus };

export type CardStatus = 'active' | 'cancelled' | 'lost' | 'replaced';

export interface CardRecord {
  id: number;
  cardNo: string;
  reservationId: number;
  room: string;
  /** ISO instants. */
  validFrom: string;
  validUntil: string;
  smsSent: boolean;
  status: CardStatus;
  issuedAt: string;
  endedAt: string | null;
}

export type NewCard = Omit<CardRecord, 'id' | 'status' | 'endedAt'>;

export type OutboxState =
  'pending' | 'sending' | 'sent' | 'needs-staff' | 'cancelled';

export interface OutboxRecord {
  id: number;
  operation: 'issue-card';
  reservationId: number | null;
  /** JSON text; never contains a token. */
  payload: string;
  state: OutboxState;
  attempts: number;
  /** ISO instant, null once sent, cancelled or waiting for staff. */
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AuditRecord {
  id: number;
  at: string;
  /** "guest", "staff", "system" or "outbox". */
  actor: string;
  /** Dotted verb such as "card.issued" or "card.outcome-unknown". */
  action: string;
  reservationId: number | null;
  cardNo: string | null;
  room: string | null;
  /** Free text or JSON; never a token, PIN or full phone number. */
  detail: string | null;
}

export type NewAuditRecord = Omit<AuditRecord, 'id' | 'at'> & { at?: string };

export interface AuditFilter {
  /** Inclusive "YYYY-MM-DD" bounds, compared in UTC. */
  from?: string;
  to?: string;
  room?: string;
  action?: string;
  limit?: number;
}

export interface ReservationQuery {
  /** Matches confirmation code, names or room, case-insensitive. */
  search?: string;
  arrivalDate?: string;
  limit?: number;
  offset?: number;
}

export interface ReservationStore {
  create(reservation: NewReservation): ReservationRecord;
  /** Inserts, or updates the row with the same confirmation code. */
  upsert(reservation: NewReservation): {
    record: ReservationRecord;
    inserted: boolean;
  };
  getById(id: number): ReservationRecord | null;
  /** Case-insensitive. */
  findByCode(code: string): ReservationRecord | null;
  findByPhone(phoneE164: string): ReservationRecord[];
  list(query: ReservationQuery): { items: ReservationRecord[]; total: number };
  setStatus(id: number, status: ReservationStatus): void;
  setDeparture(id: number, date: string, time: string | null): void;
}

export interface CardStore {
  insert(card: NewCard): CardRecord;
  getById(id: number): CardRecord | null;
  getByCardNo(cardNo: string): CardRecord | null;
  activeForReservation(reservationId: number): CardRecord | null;
  listForReservation(reservationId: number): CardRecord[];
  /** Ends a card: sets status and endedAt. */
  end(id: number, status: Exclude<CardStatus, 'active'>, at: string): void;
  /** All active cards in a room, for whole-room loss reports. */
  activeForRoom(room: string, building: string | null): CardRecord[];
}

export interface OutboxStore {
  enqueue(
    operation: OutboxRecord['operation'],
    reservationId: number | null,
    payload: unknown,
  ): OutboxRecord;
  getById(id: number): OutboxRecord | null;
  /** Oldest pending row whose nextAttemptAt is at or before `now`. */
  nextDue(now: Date): OutboxRecord | null;
  /** Pending rows in creation order. */
  pending(): OutboxRecord[];
  list(): OutboxRecord[];
  /** Rows that are pending, sending or waiting for staff. */
  countOpen(): number;
  markSending(id: number): void;
  markSent(id: number): void;
  markRetry(id: number, nextAttemptAt: Date, lastError: string): void;
  markNeedsStaff(id: number, lastError: string): void;
  cancel(id: number): void;
  /** Puts a row back to pending, due now (staff retry). */
  retryNow(id: number): void;
  /** Rows left in "sending" by a crash go back to pending at start-up. */
  recoverInterrupted(): number;
}

export interface AuditLog {
  record(entry: NewAuditRecord): AuditRecord;
  list(filter: AuditFilter): AuditRecord[];
  /** RFC 4180 CSV with a header row, formula-injection safe. */
  exportCsv(filter: AuditFilter): string;
}

/** The database and its stores; one per data folder. */
export interface Storage {
  reservations: ReservationStore;
  cards: CardStore;
  outbox: OutboxStore;
  audit: AuditLog;
  /** Runs `work` in one transaction. */
  transaction<T>(work: () => T): T;
  close(): void;
}
