import "server-only";
import type { Caller } from "../../auth/caller";
import { importOneDocument, type FileResult, type ImportFile } from "./import-one-document";
import { ImportProblem, MAX_METADATA_BYTES } from "./limits";
import { findMetadataRow, readMetadataFile, type MetadataProblem, type MetadataTable } from "./read-metadata-file";
import { describeArchive, isZip } from "./sniff-type";
import { ArchiveBudgetSpent, openZipArchive, type ArchiveEntry, type OpenedArchive } from "./zip-archive";

export type ArchiveProgress = {
  result(result: FileResult): void;
  /** Called once the archive is open, with how many per-entry results will follow. */
  opened(entries: number): void;
};

const whole = (archive: ImportFile, message: string): FileResult => ({ file: archive.name, status: "failed", message });

/** The archive's own metadata file, if it has one; a second one, or one that cannot be read, refuses the archive. */
async function readArchiveMetadata(opened: OpenedArchive): Promise<{ table?: MetadataTable; path?: string }> {
  const candidates = opened.entries.filter((e) => e.kind === "metadata");
  if (candidates.length > 1) {
    throw new ImportProblem(`holds ${candidates.length} metadata files (${candidates.map((e) => e.path).join(", ")}); keep one, so each document gets its own row`);
  }
  const [entry] = candidates;
  if (!entry) return {};
  try {
    return { table: readMetadataFile(entry.path, await opened.read(entry, MAX_METADATA_BYTES)), path: entry.path };
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    throw new ImportProblem(`has a metadata file ${entry.path} that ${error.message}; nothing from the archive was imported`);
  }
}

/**
 * Imports each document inside a .zip as if it had been uploaded on its own (same
 * limits, sniffing and per-file results, named by its path in the archive). A bad
 * entry fails alone; a damaged archive, too many entries or an unreadable metadata
 * file refuse the archive as a whole before anything is stored. Rows of the archive's
 * own metadata file come first; `outside` (uploaded beside the archive) fills in.
 */
export async function importArchive(
  caller: Caller,
  workspaceId: string,
  archive: ImportFile,
  outside: MetadataTable | undefined,
  progress: ArchiveProgress,
): Promise<{ rows: number; problems: MetadataProblem[] } | undefined> {
  if (!isZip(archive.bytes)) return void progress.result(whole(archive, `is named .zip but is not a ZIP archive${describeArchive(archive.bytes) ? ` (it is ${describeArchive(archive.bytes)})` : ""}`));
  let opened: OpenedArchive;
  try {
    opened = await openZipArchive(archive.bytes);
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    return void progress.result(whole(archive, error.message));
  }
  try {
    let inside: Awaited<ReturnType<typeof readArchiveMetadata>>;
    try {
      inside = await readArchiveMetadata(opened);
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      return void progress.result(whole(archive, error.message));
    }
    const listed = opened.entries.filter((e) => e.kind === "document" || e.kind === "problem");
    if (!listed.length) return void progress.result(whole(archive, "holds no documents to import (only folders, hidden files or a metadata file)"));
    progress.opened(listed.length);
    let spent: string | undefined;
    for (const entry of listed) progress.result(await importEntry(caller, workspaceId, archive, opened, entry, inside.table, outside, spent, (why) => (spent = why)));
    const table = inside.table;
    return table && { rows: table.rows.size, problems: table.problems.map((p) => ({ ...p, file: `${archive.name}/${inside.path}` })) };
  } finally {
    opened.close();
  }
}

async function importEntry(
  caller: Caller,
  workspaceId: string,
  archive: ImportFile,
  opened: OpenedArchive,
  entry: ArchiveEntry,
  inside: MetadataTable | undefined,
  outside: MetadataTable | undefined,
  spent: string | undefined,
  spend: (why: string) => void,
): Promise<FileResult> {
  const failed = (message: string): FileResult => ({ file: entry.path, archive: archive.name, status: "failed", message });
  if (entry.problem) return failed(entry.problem);
  if (spent) return failed(spent);
  let bytes: Uint8Array;
  try {
    bytes = await opened.read(entry);
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    if (error instanceof ArchiveBudgetSpent) spend(error.message);
    return failed(error.message);
  }
  const nested = describeArchive(bytes);
  if (nested) return failed(`is ${nested} inside the archive; archives inside archives are not unpacked: unpack it and import its documents`);
  const row = findMetadataRow(inside, entry.path) ?? findMetadataRow(outside, entry.path);
  return importOneDocument(caller, workspaceId, { name: entry.path, bytes }, row, archive.name);
}
