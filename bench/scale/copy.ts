// Streams rows into a table with COPY … FROM STDIN (text format), respecting
// back-pressure so memory stays flat however many rows are written.
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | boolean | Date | null | string[];

function escape(value: string) {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
}

function cell(value: Cell): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escape(`{${value.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`);
  if (typeof value === "string") return escape(value);
  return String(value);
}

export type CopyWriter = { row: (values: Cell[]) => Promise<void>; end: () => Promise<number> };

export async function openCopy(client: pg.PoolClient | pg.Client, table: string, columns: string[]): Promise<CopyWriter> {
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  let buffer = "";
  let rows = 0;
  const flush = async () => {
    if (!buffer) return;
    const ok = stream.write(buffer);
    buffer = "";
    if (!ok) await new Promise((resolve) => stream.once("drain", resolve));
  };
  return {
    async row(values) {
      if (values.length !== columns.length) throw new Error(`${table}: ${values.length} values for ${columns.length} columns`);
      buffer += `${values.map(cell).join("\t")}\n`;
      rows += 1;
      if (buffer.length > 1 << 20) await flush();
    },
    async end() {
      await flush();
      stream.end();
      await done;
      return rows;
    },
  };
}
