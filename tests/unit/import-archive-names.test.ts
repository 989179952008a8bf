import { describe, expect, it } from "vitest";
import { findMetadataRow, readMetadataFile } from "../../lib/sources/import/read-metadata-file";
import { describeArchive, isZip, sniffFormat } from "../../lib/sources/import/sniff-type";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("matching metadata rows to archive entries by path", () => {
  const table = readMetadataFile(
    "m.csv",
    bytes("file,title\nreports/2022/a.txt,Deep\na.txt,Bare\n.\\\\Windows\\\\b.txt,Backslashes\nx/c.txt,C in x\ny/c.txt,C in y\n"),
  );

  it("takes the longest path that matches, else the bare name, ignoring case and slash direction", () => {
    expect(findMetadataRow(table, "REPORTS/2022/A.txt")?.fields.title).toBe("Deep");
    expect(findMetadataRow(table, "other/2022/a.txt")?.fields.title).toBe("Bare");
    expect(findMetadataRow(table, "a.txt")?.fields.title).toBe("Bare");
    expect(findMetadataRow(table, "pack/windows/b.txt")?.fields.title).toBe("Backslashes");
    expect(findMetadataRow(table, "b.txt")?.fields.title).toBe("Backslashes");
  });

  it("does not guess between two rows that share a bare name", () => {
    expect(findMetadataRow(table, "y/c.txt")?.fields.title).toBe("C in y");
    expect(findMetadataRow(table, "z/c.txt")).toBeUndefined();
    expect(findMetadataRow(undefined, "a.txt")).toBeUndefined();
  });
});

describe("recognising archives", () => {
  it("knows a ZIP by its first bytes, and says what other archives are", () => {
    expect(isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(isZip(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe(true);
    expect(isZip(bytes("PK but text"))).toBe(false);
    expect(describeArchive(new Uint8Array([0x1f, 0x8b, 8]))).toBe("a gzip archive");
    expect(describeArchive(bytes("plain text"))).toBeNull();
  });

  it("tells a ZIP under another name to be named .zip, and other archives that only .zip is unpacked", () => {
    expect(() => sniffFormat("bundle.txt", new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toThrow(/archives are not unpacked here unless named \.zip: rename it \.zip/);
    expect(() => sniffFormat("bundle.txt", bytes("Rar!\u001a\u0007"))).toThrow(/RAR archive; archives are not unpacked here \(only \.zip archives are\)/);
  });
});
