import { deflateRawSync } from "node:zlib";

/**
 * Builds .zip archives byte by byte for tests, including the hostile ones no zip
 * tool will make: lying sizes, encrypted flags, symlinks, unsafe names, and central
 * directory records that point at the same data (an overlapping "bomb").
 */
export type ZipEntrySpec = {
  name: string;
  data?: Uint8Array | string;
  /** 0 stored, 8 deflate (default), anything else is written as given with stored bytes. */
  method?: number;
  encrypted?: boolean;
  symlink?: boolean;
  /** Write this uncompressed size in the headers instead of the true one. */
  declaredSize?: number;
  /** Replace the compressed bytes (e.g. damaged deflate data). */
  rawData?: Uint8Array;
  /** Another central record pointing at this entry's data instead of its own (index into the list). */
  sameDataAs?: number;
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const bytesOf = (data: Uint8Array | string | undefined) => (typeof data === "string" ? new TextEncoder().encode(data) : (data ?? new Uint8Array()));

export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const placed: { offset: number; crc: number; size: number; stored: number; method: number }[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = Buffer.from(entry.name, "utf8");
    const flags = (entry.encrypted ? 0x1 : 0) | 0x800;
    let where = entry.sameDataAs === undefined ? undefined : placed[entry.sameDataAs];
    if (!where) {
      const data = bytesOf(entry.data);
      const method = entry.method ?? 8;
      const stored = entry.rawData ?? (method === 8 ? deflateRawSync(data) : data);
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(flags, 6);
      header.writeUInt16LE(method, 8);
      header.writeUInt32LE(0x5b210000, 10); // 2025-09-01 00:00
      header.writeUInt32LE(crc32(data), 14);
      header.writeUInt32LE(stored.length, 18);
      header.writeUInt32LE(entry.declaredSize ?? data.length, 22);
      header.writeUInt16LE(name.length, 26);
      where = { offset, crc: crc32(data), size: entry.declaredSize ?? data.length, stored: stored.length, method };
      locals.push(header, name, Buffer.from(stored));
      offset += header.length + name.length + stored.length;
    }
    placed[index] = where;
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.symlink ? 0x031e : 0x0014, 4); // made by Unix (symlink mode below) or DOS
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(where.method, 10);
    central.writeUInt32LE(0x5b210000, 12);
    central.writeUInt32LE(where.crc, 16);
    central.writeUInt32LE(where.stored, 20);
    central.writeUInt32LE(where.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(entry.symlink ? (0o120777 << 16) >>> 0 : entry.name.endsWith("/") ? 0x10 : 0, 38);
    central.writeUInt32LE(where.offset, 42);
    centrals.push(central, name);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
