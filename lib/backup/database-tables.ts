import type { Db, Tx } from "../db/client";

// Prisma's per-model delegates, reached by table name: the backup walks the same
// list of tables for every model, so it addresses them generically here (and only here).

type Where = Record<string, unknown>;
export type TableDelegate = {
  findMany(args: { where: Where }): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
  count(args: { where: Where }): Promise<number>;
};

export function delegateOf(client: Db | Tx, table: string): TableDelegate {
  const name = table.charAt(0).toLowerCase() + table.slice(1);
  const delegate = (client as unknown as Record<string, TableDelegate | undefined>)[name];
  if (!delegate) throw new Error(`No Prisma model for table ${table}`);
  return delegate;
}
