import "server-only";
import type { Caller } from "../../auth/caller";
import { requireMember } from "../../auth/guards";
import { AppError } from "../../errors";
import { importArchive } from "./import-archive";
import { importOneDocument, type FileResult, type ImportFile } from "./import-one-document";
import { ImportProblem, MAX_FILES_PER_IMPORT } from "./limits";
import { findMetadataRow, readMetadataFile, type MetadataProblem, type MetadataTable } from "./read-metadata-file";
import { extensionOf } from "./sniff-type";

export type { FileResult, ImportFile } from "./import-one-document";

export type ImportReport = { results: FileResult[]; metadata?: { rows: number; problems: MetadataProblem[] } };

/** Hears each result as it is decided, so a page can show progress entry by entry. */
export type ImportProgress = {
  result?(result: FileResult): void;
  /** A .zip was opened and will give `entries` results in place of its one. */
  archive?(archive: { file: string; entries: number }): void;
};

/**
 * Checks access and the request as a whole (file count, the metadata file) and
 * returns the import, ready to run: a route can still answer 4xx for these before it
 * starts streaming results. Nothing is written until the returned function runs.
 */
export async function startImport(
  caller: Caller | null,
  workspace: string,
  files: ImportFile[],
  metadata?: ImportFile,
): Promise<(progress?: ImportProgress) => Promise<ImportReport>> {
  const membership = await requireMember(caller, workspace, "edit");
  if (files.length === 0 && !metadata) throw new AppError("INVALID", "Choose at least one file to import", { file: ["choose at least one file"] });
  if (files.length > MAX_FILES_PER_IMPORT) {
    const message = `${files.length} files were sent; at most ${MAX_FILES_PER_IMPORT} can be imported at once`;
    throw new AppError("INVALID", message, { file: [message] });
  }
  let table: MetadataTable | undefined;
  if (metadata) {
    try {
      table = readMetadataFile(metadata.name, metadata.bytes);
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      // Without a readable metadata file no file can be matched to its row: stop before writing anything.
      const message = `The metadata file ${metadata.name} ${error.message}`;
      throw new AppError("INVALID", message, { metadata: [message] });
    }
  }
  return async (progress = {}) => {
    const results: FileResult[] = [];
    const report = (result: FileResult) => {
      results.push(result);
      progress.result?.(result);
    };
    const tables = table ? [{ rows: table.rows.size, problems: table.problems }] : [];
    for (const file of files) {
      if (extensionOf(file.name) === "zip") {
        const inside = await importArchive(caller!, membership.workspaceId, file, table, {
          result: report,
          opened: (entries) => progress.archive?.({ file: file.name, entries }),
        });
        if (inside) tables.push(inside);
      } else {
        report(await importOneDocument(caller!, membership.workspaceId, file, findMetadataRow(table, file.name)));
      }
    }
    const metadataReport = tables.length ? { rows: tables.reduce((n, t) => n + t.rows, 0), problems: tables.flatMap((t) => t.problems) } : undefined;
    return { results, ...(metadataReport ? { metadata: metadataReport } : {}) };
  };
}

/**
 * Imports files as sources, each on its own: one bad file is reported and the rest
 * go on. A .zip is unpacked and each document inside it is imported the same way.
 * Files are read one after another so memory holds one extracted text at a time.
 * `metadata` is an optional CSV/JSON file describing the files by name or path.
 */
export async function importDocuments(
  caller: Caller | null,
  workspace: string,
  files: ImportFile[],
  metadata?: ImportFile,
  progress?: ImportProgress,
): Promise<ImportReport> {
  const run = await startImport(caller, workspace, files, metadata);
  return run(progress);
}
