/**
 * Spreadsheet formula injection: a cell that starts with = + - @ tab or CR is run
 * as a formula by Excel, LibreOffice and Sheets. Prefixing ' makes it plain text
 * (OWASP's advice). Shared by every CSV export that carries people's words.
 */
// Apostrophes already in front are counted in, so the import can strip exactly the one added.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function csvSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse on import, so a file we exported comes back as it left. */
export function csvUnsafeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
