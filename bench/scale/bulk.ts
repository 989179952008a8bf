// Around a bulk load: secondary indexes, foreign keys and row triggers come off
// first and go back on afterwards, so COPY writes heap pages only and each index
// is built once, sorted, instead of a million times row by row. Everything taken
// off is read from the catalogue, so what goes back is exactly what the
// migrations made.
import type pg from "pg";

type Saved = { indexes: { table: string; name: string; def: string }[]; foreignKeys: { table: string; name: string; def: string }[]; triggers: { table: string; name: string }[] };

export async function takeOffConstraints(client: pg.Client): Promise<Saved> {
  const { rows: indexes } = await client.query<{ table: string; name: string; def: string }>(`
    SELECT c.relname AS "table", ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_class ic ON ic.oid = i.indexrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      AND c.relname <> '_prisma_migrations'`);
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; def: string }>(`
    SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);
  const { rows: triggers } = await client.query<{ table: string; name: string }>(`
    SELECT c.relname AS "table", t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace AND t.tgname LIKE 'cc_search_%'`);
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  for (const trigger of triggers) await client.query(`ALTER TABLE "${trigger.table}" DISABLE TRIGGER "${trigger.name}"`);
  return { indexes, foreignKeys, triggers };
}

/** Runs statements on `clients` in parallel, each client taking the next statement when free. */
async function inParallel(clients: pg.Client[], statements: string[], log: (s: string) => void) {
  const queue = [...statements];
  await Promise.all(clients.map(async (client) => {
    for (let sql = queue.shift(); sql; sql = queue.shift()) {
      const began = Date.now();
      await client.query(sql);
      log(`  ${((Date.now() - began) / 1000).toFixed(1)} s  ${sql.slice(0, 110).replace(/\s+/g, " ")}`);
    }
  }));
}

/**
 * SearchText was written by the generator (bench/scale/fold-text.ts) instead of the
 * triggers; a sample of rows must equal what cc_search_fold and cc_search_shingles
 * give, or the load fails.
 */
export async function checkSearchText(client: pg.Client) {
  const { rows } = await client.query<{ kind: string; bad: number; checked: number }>(`
    SELECT 'SOURCE' AS kind, count(*) FILTER (WHERE st."folded" <> cc_search_fold(concat_ws(' ', s."title", s."publisher", s."text")) OR st."shingles" <> cc_search_shingles(st."folded"))::int AS bad, count(*)::int AS checked
      FROM (SELECT * FROM "Source" ORDER BY "id" LIMIT 200) s JOIN "SearchText" st ON st."kind" = 'SOURCE' AND st."entityId" = s."id"
    UNION ALL
    SELECT 'EXCERPT', count(*) FILTER (WHERE st."folded" <> cc_search_fold(concat_ws(' ', x."exact", x."note")) OR st."shingles" <> cc_search_shingles(st."folded"))::int, count(*)::int
      FROM (SELECT * FROM "Excerpt" ORDER BY "id" LIMIT 3000) x JOIN "SearchText" st ON st."kind" = 'EXCERPT' AND st."entityId" = x."id"
    UNION ALL
    SELECT 'CLAIM', count(*) FILTER (WHERE st."folded" <> cc_search_fold(c."statement"))::int, count(*)::int
      FROM (SELECT * FROM "Claim" ORDER BY "id" LIMIT 3000) c JOIN "SearchText" st ON st."kind" = 'CLAIM' AND st."entityId" = c."id"`);
  const wrong = rows.filter((r) => r.bad > 0 || r.checked === 0);
  if (wrong.length) throw new Error(`SearchText differs from cc_search_fold: ${JSON.stringify(wrong)}`);
}

export async function putBackConstraints(clients: pg.Client[], saved: Saved, log: (s: string) => void) {
  // Largest first, so the two connections finish together.
  const bySize = [...saved.indexes].sort((a, b) => Number(b.def.includes("gin")) - Number(a.def.includes("gin")));
  await inParallel(clients, bySize.map((i) => i.def), log);
  await inParallel(clients, saved.foreignKeys.map((fk) => `ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}`), log);
  for (const trigger of saved.triggers) await clients[0].query(`ALTER TABLE "${trigger.table}" ENABLE TRIGGER "${trigger.name}"`);
}
