export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formats one CSV cell (RFC 4180). A value that a spreadsheet would run as a
 * formula gets a leading apostrophe, so an exported guest name such as
 * `=HYPERLINK(...)` shows as text.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';

  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;

  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats rows as RFC 4180 CSV: a header row, CRLF line ends. */
export function toCsv<Row extends { [K in keyof Row]: CsvValue }>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
