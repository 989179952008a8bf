import "server-only";
import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import {
  COMPRESSION_RATIO_FROM_BYTES,
  ImportProblem,
  MAX_ARCHIVE_BYTES,
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVE_ENTRY_BYTES,
  MAX_ARCHIVE_TOTAL_BYTES,
  MAX_COMPRESSION_RATIO,
  megabytes,
} from "./limits";
import { archiveExtensions, extensionOf } from "./sniff-type";

const inflate = promisify(inflateRaw);

/**
 * One listed entry. `skip` entries (folders, __MACOSX/, dotfiles) are left out silently;
 * `problem` entries are reported and never inflated; `metadata` is a CSV/JSON entry.
 */
export type ArchiveEntry = { path: string; kind: "document" | "metadata" | "skip" | "problem"; problem?: string; entry: Entry };

/** The archive's whole budget is spent: this entry and every later one are left unpacked. */
export class ArchiveBudgetSpent extends ImportProblem {}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
// Hosts whose "made by" byte means the high 16 bits of the external attributes are a Unix mode.
const unixHosts = new Set([3, 19]);

function classify(entry: Entry): ArchiveEntry {
  // Names are decoded here (UTF-8 flag, Info-ZIP Unicode path, else CP437) rather than by yauzl,
  // which ends the whole listing on the first unsafe name; here that name fails alone.
  const path = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
  const listed = (kind: ArchiveEntry["kind"], problem?: string): ArchiveEntry => ({ path, kind, problem, entry });
  if (yauzl.validateFileName(path) !== null || path.includes("\u0000")) {
    // Nothing is ever written to disk, but a name like ../../etc/passwd is a sign of a hostile archive.
    return listed("problem", "has an unsafe name (an absolute path, or one that climbs out of the archive with ..); it was not imported");
  }
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  if (path.endsWith("/") || !segments.length) return listed("skip");
  if (segments[0] === "__MACOSX" || segments.some((s) => s.startsWith("."))) return listed("skip");
  if (unixHosts.has(entry.versionMadeBy >> 8) && ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    return listed("problem", "is a symbolic link; links inside archives are not followed");
  }
  if (entry.isEncrypted()) return listed("problem", "is encrypted (password-protected); remove the password, or zip the documents again without one");
  const ext = extensionOf(path);
  if (archiveExtensions.has(ext)) return listed("problem", `is an archive (.${ext}) inside the archive; archives inside archives are not unpacked: unpack it and import its documents`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return listed("problem", `uses compression method ${entry.compressionMethod}, which cannot be read here; zip it again with ordinary (Deflate) compression`);
  }
  return listed(ext === "csv" || ext === "json" ? "metadata" : "document");
}

export type OpenedArchive = {
  entries: ArchiveEntry[];
  /** Inflates one entry, counting the bytes it really inflates to against the limits. */
  read(entry: ArchiveEntry, maxBytes?: number): Promise<Uint8Array>;
  close(): void;
};

/**
 * Opens a .zip upload and lists its entries from the central directory. Refuses the
 * whole archive (ImportProblem) when it is too large, damaged, or lists too many entries.
 * Entries are read from memory: nothing is ever written to disk.
 */
export async function openZipArchive(bytes: Uint8Array): Promise<OpenedArchive> {
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new ImportProblem(`is ${megabytes(bytes.length)}; the largest archive accepted is ${megabytes(MAX_ARCHIVE_BYTES)}: split it`);
  let zip: ZipFile;
  try {
    // validateEntrySizes off: declared sizes are never trusted here, so they need not match; bytes are counted instead.
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), { decodeStrings: false, validateEntrySizes: false, lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new ImportProblem(`is not a readable ZIP archive (${error instanceof Error ? error.message : "unknown error"})`);
  }
  const tooMany = () => new ImportProblem(`lists ${zip.entryCount.toLocaleString("en")} entries; an archive may hold at most ${MAX_ARCHIVE_ENTRIES.toLocaleString("en")}: split it`);
  if (zip.entryCount > MAX_ARCHIVE_ENTRIES) {
    zip.close();
    throw tooMany();
  }
  const entries: ArchiveEntry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.length >= MAX_ARCHIVE_ENTRIES) throw tooMany();
      entries.push(classify(entry));
    }
  } catch (error) {
    zip.close();
    if (error instanceof ImportProblem) throw error;
    throw new ImportProblem(`is a damaged ZIP archive: its list of contents cannot be read (${error instanceof Error ? error.message : "unknown error"})`);
  }

  let inflated = 0;
  async function read({ entry }: ArchiveEntry, maxBytes = MAX_ARCHIVE_ENTRY_BYTES): Promise<Uint8Array> {
    const remaining = MAX_ARCHIVE_TOTAL_BYTES - inflated;
    if (remaining <= 0) throw new ArchiveBudgetSpent(`was not unpacked: the archive already expanded to its limit of ${megabytes(MAX_ARCHIVE_TOTAL_BYTES)} in total; split it into smaller archives`);
    let compressed: Buffer;
    try {
      const stream = await zip.openReadStreamPromise(entry, { decodeFileData: false });
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      compressed = Buffer.concat(chunks);
    } catch (error) {
      throw new ImportProblem(`cannot be read: the archive is damaged here (${error instanceof Error ? error.message : "unknown error"})`);
    }
    // The tightest of the limits, applied to the bytes actually produced (zlib stops at maxOutputLength).
    const byRatio = Math.max(COMPRESSION_RATIO_FROM_BYTES, compressed.length * MAX_COMPRESSION_RATIO);
    const cap = Math.min(maxBytes, remaining, byRatio);
    let output: Uint8Array | undefined = compressed;
    if (entry.compressionMethod === 8) {
      try {
        output = await inflate(compressed, { maxOutputLength: cap });
      } catch (error) {
        if ((error as { code?: string }).code !== "ERR_BUFFER_TOO_LARGE") {
          throw new ImportProblem(`cannot be unpacked: its compressed data is damaged (${error instanceof Error ? error.message : "unknown error"})`);
        }
        output = undefined;
      }
    }
    if (output && output.length <= cap) {
      inflated += output.length;
      return output;
    }
    inflated += cap;
    if (cap === maxBytes) throw new ImportProblem(`expands to more than ${megabytes(maxBytes)}; the largest file accepted is ${megabytes(maxBytes)}`);
    if (cap === remaining) throw new ArchiveBudgetSpent(`was not unpacked: the archive expands to more than ${megabytes(MAX_ARCHIVE_TOTAL_BYTES)} in total; split it into smaller archives`);
    throw new ImportProblem(
      `expands more than ${MAX_COMPRESSION_RATIO} times its compressed size (${compressed.length.toLocaleString("en")} bytes), which is how a "zip bomb" looks; it was not unpacked`,
    );
  }

  return { entries, read, close: () => zip.close() };
}
