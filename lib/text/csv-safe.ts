/**
 * Spreadsheet formula injection: a cell that starts with = + - @ tab or CR is run
 * as a formula by Excel, LibreOffice and Sheets. Prefixing ' makes it plain text
 * (OWASP's advice). Shared by every CSV export that carries people's words.
 * (lib/incidents/csv-columns.ts has its own copy, kept for its import round trip.)
 */
export function csvSafeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
