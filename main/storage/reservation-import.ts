import { parse } from 'csv-parse/sync';

import { isKnownTimeZone } from '../../preload/contract';
import { AppFailure } from '../errors';
import { createLogger } from '../logging/logger';
import {
  IMPORT_COLUMNS,
  REQUIRED_COLUMNS,
  RowError,
  rowToReservation,
  type ImportColumn,
  type RowValues,
} from './import-row';
import type { NewReservation, Storage } from './types';

const log = createLogger('reservation-import');

export interface ImportOptions {
  /** ISO 3166-1 alpha-2 region for phone numbers without a country code. */
  defaultCountry: string;
  /**
   * Zone of the property's wall clock. Dates and times in the file are
   * stored as written, because the store keeps wall-clock values in it.
   */
  propertyTimeZone: string;
}

/** The result of an import; the shape of the contract's ImportReportSchema. */
export interface ImportReport {
  imported: number;
  updated: number;
  rejected: { line: number; confirmationCode: string | null; reason: string }[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Imports reservations from a CSV export (header row, any column order,
 * UTF-8 with or without BOM). Rows with errors are reported one by one and
 * skipped. The valid rows are written in one transaction, and a known
 * confirmation code updates its reservation. Throws `invalid-request` when
 * the file as a whole cannot be read: empty, or a header with missing,
 * unknown or repeated columns.
 */
export function importReservationsCsv(
  storage: Storage,
  csvText: string,
  options: ImportOptions,
): ImportReport {
  checkOptions(options);
  const records = parseRecords(csvText);
  const header = records[0];
  if (!header)
    throw fileFailure('The file is empty; export it with a header row.');

  const columns = readHeader(header.record);
  const rejected: ImportReport['rejected'] = [];
  const valid = validateRows(records.slice(1), columns, options, rejected);

  const report = { imported: 0, updated: 0, rejected };
  storage.transaction(() => {
    for (const reservation of valid) {
      const { inserted } = storage.reservations.upsert(reservation);
      if (inserted) report.imported += 1;
      else report.updated += 1;
    }
  });

  log.info(
    `imported reservations: ${report.imported} new, ${report.updated} updated, ${rejected.length} rejected`,
  );
  return report;
}

function checkOptions(options: ImportOptions): void {
  if (!/^[A-Z]{2}$/.test(options.defaultCountry)) {
    throw new AppFailure({
      code: 'invalid-request',
      field: 'defaultCountry',
      message: `defaultCountry "${options.defaultCountry}" is invalid; use a two-letter country code such as "CN".`,
    });
  }
  if (!isKnownTimeZone(options.propertyTimeZone)) {
    throw new AppFailure({
      code: 'invalid-request',
      field: 'propertyTimeZone',
      message: `propertyTimeZone "${options.propertyTimeZone}" is unknown; use an IANA zone such as "Asia/Shanghai".`,
    });
  }
}

function parseRecords(csvText: string): ParsedRecord[] {
  // One line-end style, so that csv-parse's line count matches the file
  // as an editor shows it. A CRLF inside a quoted field becomes LF.
  const text = csvText.replace(/\r\n?/g, '\n');
  try {
    // With `info: true` each record comes wrapped with its position, which
    // csv-parse's overloads do not express.
    const records: unknown = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
    return records as ParsedRecord[];
  } catch (error) {
    // Only broken quoting fails the whole file: column counts are relaxed.
    throw fileFailure(
      `The file is not valid CSV (${(error as Error).message}); check the quotes around fields.`,
    );
  }
}

/** Maps each column position to a known column name. */
function readHeader(names: string[]): (ImportColumn | undefined)[] {
  const columns = names.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );

  for (const [index, column] of columns.entries()) {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(column)) {
      throw fileFailure(
        `Header column "${names[index] ?? ''}" is unknown; use only ${IMPORT_COLUMNS.join(', ')}.`,
      );
    }
    if (columns.indexOf(column) !== index) {
      throw fileFailure(`Header column "${column}" appears twice; keep one.`);
    }
  }

  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw fileFailure(
      `The header lacks the required column(s) ${missing.join(', ')}; add them.`,
    );
  }
  return columns as ImportColumn[];
}

function validateRows(
  records: ParsedRecord[],
  columns: (ImportColumn | undefined)[],
  options: ImportOptions,
  rejected: ImportReport['rejected'],
): NewReservation[] {
  const firstLineOfCode = new Map<string, number>();
  const valid: NewReservation[] = [];

  for (const { record, info } of records) {
    const line = startLine(record, info.lines);
    const values = rowValues(record, columns);
    const code = values.confirmation_code?.trim() || null;

    const checked = checkRow(
      record,
      columns,
      values,
      options,
      firstLineOfCode,
      line,
    );
    if (typeof checked === 'string') {
      rejected.push({ line, confirmationCode: code, reason: checked });
      continue;
    }
    valid.push(checked);
  }
  return valid;
}

/** Returns the reservation of a row, or the reason it is rejected. */
function checkRow(
  record: string[],
  columns: (ImportColumn | undefined)[],
  values: RowValues,
  options: ImportOptions,
  firstLineOfCode: Map<string, number>,
  line: number,
): NewReservation | string {
  if (record.length !== columns.length) {
    return `The row has ${record.length} fields but the header has ${columns.length}; quote fields that contain commas.`;
  }

  let reservation: NewReservation;
  try {
    reservation = rowToReservation(values, options.defaultCountry);
  } catch (error) {
    if (error instanceof RowError) return error.message;
    throw error;
  }

  const key = reservation.confirmationCode.toUpperCase();
  const first = firstLineOfCode.get(key);
  if (first !== undefined) {
    return `confirmation_code "${reservation.confirmationCode}" already appears on line ${first}; keep one row per booking.`;
  }
  firstLineOfCode.set(key, line);
  return reservation;
}

function rowValues(
  record: string[],
  columns: (ImportColumn | undefined)[],
): RowValues {
  const values: RowValues = {};
  for (const [index, column] of columns.entries()) {
    if (column) values[column] = record[index] ?? '';
  }
  return values;
}

/**
 * Returns the line a record starts on. csv-parse reports the line it ends
 * on, and only a quoted field with line breaks spans several lines.
 */
function startLine(record: string[], endLine: number): number {
  const breaks = record.reduce(
    (count, field) => count + (field.match(/\n/g)?.length ?? 0),
    0,
  );
  return endLine - breaks;
}

function fileFailure(message: string): AppFailure {
  return new AppFailure({ code: 'invalid-request', field: 'csv', message });
}
