import { MAX_SOURCE_TEXT } from "../schemas";

// What one import may ask of the server. Each limit has a message that names it,
// so an analyst knows which file to split or shrink.

/** Largest single file accepted (bytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most files in one import call; the page sends fewer at a time. */
export const MAX_FILES_PER_IMPORT = 1000;
/** Largest metadata file (CSV or JSON) accepted (bytes). */
export const MAX_METADATA_BYTES = 5 * 1024 * 1024;
/** Most rows in a metadata file. */
export const MAX_METADATA_ROWS = 10_000;
/** Most pages read from one PDF: more is refused rather than half-imported. */
export const MAX_PDF_PAGES = 2000;
/** Most characters of text taken from one file (the most a source may hold). */
export const MAX_EXTRACTED_CHARS = MAX_SOURCE_TEXT;
/** Largest multipart request the import route reads (bytes). */
export const MAX_IMPORT_REQUEST_BYTES = 100 * 1024 * 1024;

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Why one file could not be imported, in words for the analyst. */
export class ImportProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportProblem";
  }
}
