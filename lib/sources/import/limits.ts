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
/** Largest .zip archive accepted, as uploaded (bytes). */
export const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
/** Most entries (files, folders, anything) an archive may list. */
export const MAX_ARCHIVE_ENTRIES = 1000;
/** Most bytes one archive may inflate to, all entries together, counted as they inflate. */
export const MAX_ARCHIVE_TOTAL_BYTES = 200 * 1024 * 1024;
/** Most bytes one archive entry may inflate to: the same as a file uploaded on its own. */
export const MAX_ARCHIVE_ENTRY_BYTES = MAX_FILE_BYTES;
/**
 * Most an entry may expand over its compressed size. Text compresses well (5-20x), so
 * this is only checked once an entry passes COMPRESSION_RATIO_FROM_BYTES: a small file
 * of repeated characters is no threat, a megabyte that keeps growing 100-fold is a bomb.
 */
export const MAX_COMPRESSION_RATIO = 100;
export const COMPRESSION_RATIO_FROM_BYTES = 1024 * 1024;
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
