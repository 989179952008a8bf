import "server-only";
import type { Caller } from "../../auth/caller";
import { isAppError } from "../../errors";
import { createSource } from "../create-source";
import { extractDocument } from "./extract-document";
import type { ImportedDocument } from "./extracted-document";
import { guessLanguage, normaliseLanguage } from "./guess-language";
import { ImportProblem } from "./limits";
import { parseDateWithPrecision } from "./metadata-date";
import type { MetadataRow } from "./read-metadata-file";

export type ImportFile = { name: string; bytes: Uint8Array };

export type FileResult = {
  /** The file's name; for an archive entry, its path inside the archive. */
  file: string;
  /** The .zip the entry came from. */
  archive?: string;
  status: "created" | "duplicate" | "failed";
  /** The new source, or the one that already holds the same text. */
  source?: { id: string; title: string };
  format?: ImportedDocument["format"];
  /** The metadata row used for this file, if any (spreadsheet numbering). */
  metadataRow?: number;
  message: string;
};

const titleFromName = (name: string) => name.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]+$/, "").replace(/[_]+/g, " ").trim() || name;

/** The source input for one file: the metadata row first, then what the file says about itself, then guesses. */
function sourceInput(file: ImportFile, document: ImportedDocument, row: MetadataRow | undefined) {
  const suggested = document.suggested;
  const published = suggested.published ? parseDateWithPrecision(suggested.published) : undefined;
  const fromFile = {
    title: suggested.title ?? titleFromName(file.name),
    publisher: suggested.publisher,
    authors: suggested.authors,
    ...(published && !("error" in published) ? { publishedAt: published.date, publishedPrecision: published.precision } : {}),
    url: suggested.url,
    language: normaliseLanguage(suggested.language) ?? guessLanguage(document.text),
  };
  return { ...fromFile, ...row?.fields, text: document.text };
}

function describeFailure(error: unknown, row: MetadataRow | undefined): string {
  if (error instanceof ImportProblem) return error.message;
  if (isAppError(error) && error.code === "INVALID") {
    const fields = Object.entries(error.fieldErrors).map(([field, messages]) => `${field} ${messages.join(", ")}`).join("; ");
    return `was refused: ${fields || error.message}${row ? ` (check metadata row ${row.row})` : ""}`;
  }
  if (isAppError(error)) return error.message;
  // Not the file's fault: log it for us and let the analyst retry this one file.
  console.error("Import: unexpected error", error);
  return "could not be stored because of an error on our side (it has been logged); try this file again";
}

/**
 * One file (or archive entry) as a source, in its own transaction. Its problems
 * become a failed result; only losing access is thrown, which ends the import.
 */
export async function importOneDocument(
  caller: Caller,
  workspaceId: string,
  file: ImportFile,
  row: MetadataRow | undefined,
  archive?: string,
): Promise<FileResult> {
  const base = { file: file.name, ...(archive ? { archive } : {}), ...(row ? { metadataRow: row.row } : {}) };
  let format: ImportedDocument["format"] | undefined;
  try {
    if (row?.problem) throw new ImportProblem(`has a bad metadata row ${row.row}: ${row.problem}`);
    const document = await extractDocument(file.name, file.bytes);
    format = document.format;
    // createSource validates, detects the same text, and audits, each file in its own transaction.
    const { source, duplicate } = await createSource(caller, workspaceId, sourceInput(file, document, row));
    return duplicate
      ? { ...base, status: "duplicate", format, source, message: `has the same text as the existing source “${source.title}”; nothing was added` }
      : { ...base, status: "created", format, source, message: `imported as “${source.title}”` };
  } catch (error) {
    // Losing access half-way ends the import; everything else is this file's own problem.
    if (isAppError(error) && ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"].includes(error.code)) throw error;
    return { ...base, status: "failed", ...(format ? { format } : {}), message: describeFailure(error, row) };
  }
}
