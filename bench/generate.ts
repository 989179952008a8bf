// Fills an empty, migrated database (DATABASE_URL) with a seeded workspace at team
// scale — 100,000 sources, 1,000,000 passages, 200,000 claims, 20,000 disputes,
// 50,000 incidents, 500,000 ratings — through COPY, with SearchText (folded texts and
// shingles) written as the triggers would, then builds the indexes the migrations
// define, ANALYZEs, and records a marker so the next run reuses the data. Same seed,
// same data. Run by scripts/bench.mjs.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { sha256Hex, quoteAt } from "../lib/text/anchor";
import { normalizeName } from "../lib/text/normalize";
import { checkSearchText, putBackConstraints, takeOffConstraints } from "./scale/bulk";
import { openCopy, type Cell } from "./scale/copy";
import { foldText, shinglesText } from "./scale/fold-text";
import { BENCH_PASSWORD, readDataset, SEED, sizes, writeMarker, type DatasetInfo } from "./scale/dataset";
import { actorNames, document, headline, pickLanguage, seededRandom, sentence } from "./scale/text";

const url = process.env.DATABASE_URL!;
const s = sizes();
const random = seededRandom(SEED);
const log = (line: string) => console.log(line);
const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
// cuid-shaped, unique by the counter, unordered by the random tail (as real ids are).
const makeId = (kind: string, n: number) => `c${kind}${n.toString(36).padStart(6, "0")}${Array.from({ length: 14 }, () => alphabet[random.int(36)]).join("")}`;
const epoch = Date.UTC(2022, 0, 1);
const at = (n: number, total: number) => new Date(epoch + Math.floor((n / total) * 3 * 365 * 86_400_000));

async function connect() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET max_parallel_maintenance_workers = 1");
  return client;
}

/** Excerpts per source: about passages/sources each, the long source 200, summing exactly. */
function excerptCounts(): number[] {
  const counts = Array.from({ length: s.sources }, () => 0);
  counts[0] = Math.min(200, s.passages);
  for (let left = s.passages - counts[0]; left > 0; left -= 1) counts[1 + random.int(Math.max(1, s.sources - 1)) % s.sources] += 1;
  return counts;
}

async function main() {
  const existing = await readDataset(url, s);
  if (existing) {
    writeFileSync(process.env.BENCH_INFO_FILE ?? "/dev/null", JSON.stringify(existing));
    log(`Scale data set already loaded (it took ${existing.loadSeconds} s); reused.`);
    return reportLoad(existing, true);
  }
  const began = Date.now();
  const admin = await connect();
  const { rows } = await admin.query(`SELECT count(*)::int AS n FROM "Workspace"`);
  if (rows[0].n) {
    console.error("The database holds other data; the generator needs an empty, migrated one.");
    process.exit(3);
  }
  const saved = await takeOffConstraints(admin);
  const clients = await Promise.all(Array.from({ length: 6 }, connect));
  const now = new Date(epoch + 3 * 365 * 86_400_000);

  // People and tenancy: one password hash shared by every user (argon2 is slow on purpose).
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const workspaceId = makeId("w", 0);
  const userIds = Array.from({ length: s.users }, (_, i) => makeId("u", i));
  const apiToken = `cc_bench_${createHash("sha256").update(String(SEED)).digest("base64url")}`;
  await admin.query(`INSERT INTO "Workspace" (id, slug, name, description, "updatedAt") VALUES ($1, 'bench', 'Benchmark workspace', 'Generated at team scale by bench/generate.ts', $2)`, [workspaceId, now]);
  for (const [i, id] of userIds.entries()) {
    const role = i === 0 ? "OWNER" : i < 6 ? "EDITOR" : i < 16 ? "REVIEWER" : "VIEWER";
    await admin.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, $5)`, [id, `analyst${i}@bench.counterclaim.test`, `Analyst ${i}`, passwordHash, now]);
    await admin.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ($1, $2, $3, $4)`, [makeId("m", i), workspaceId, id, role]);
  }
  await admin.query(`INSERT INTO "ApiToken" (id, "workspaceId", "userId", name, "tokenHash") VALUES ($1, $2, $3, 'bench', $4)`, [makeId("t", 0), workspaceId, userIds[0], createHash("sha256").update(apiToken, "utf8").digest("hex")]);

  // Actors with aliases in several scripts, and generated ones up to 200.
  const actorIds: string[] = [];
  const actors = await openCopy(clients[0], "Actor", ["id", "workspaceId", "name", "kind", "description", "updatedAt"]);
  const aliases = await openCopy(clients[1], "ActorAlias", ["id", "workspaceId", "actorId", "alias", "normalized", "language"]);
  let aliasCount = 0;
  for (let i = 0; i < 200; i += 1) {
    const known = actorNames[i];
    const name = known?.name ?? `${random.pick(["Provincial", "District", "Border", "Special"])} ${random.pick(["Police", "Council", "Brigade", "Front", "Command"])} ${i}`;
    const id = makeId("a", i);
    actorIds.push(id);
    await actors.row([id, workspaceId, name, known?.kind ?? "ORGANISATION", "", now]);
    const seen = new Set<string>();
    for (const alias of known?.aliases ?? [`Unit ${i}`]) {
      const normalized = normalizeName(alias);
      if (seen.has(normalized)) continue;
      seen.add(normalized);
      await aliases.row([makeId("l", aliasCount++), workspaceId, id, alias, normalized, /\p{Script=Latin}/u.test(alias) ? "en" : null]);
    }
  }
  await actors.end();
  await aliases.end();

  // Sources, their passages, and the claims quoting them, in one pass.
  const counts = excerptCounts();
  const sourceIds: string[] = [];
  const excerptIds: string[] = [];
  const claimIds: string[] = [];
  const sampleExcerptIds: string[] = [];
  const sources = await openCopy(clients[0], "Source", ["id", "workspaceId", "title", "publisher", "authors", "publishedAt", "publishedPrecision", "url", "language", "kind", "text", "textSha256", "createdById", "createdAt", "updatedAt"]);
  const excerpts = await openCopy(clients[1], "Excerpt", ["id", "workspaceId", "sourceId", "start", "end", "exact", "prefix", "suffix", "textVersion", "textSha256", "note", "createdById", "createdAt", "updatedAt"]);
  const claims = await openCopy(clients[2], "Claim", ["id", "workspaceId", "statement", "kind", "claimantId", "madeAt", "madePrecision", "createdById", "createdAt", "updatedAt"]);
  const appearances = await openCopy(clients[3], "ClaimAppearance", ["id", "workspaceId", "claimId", "excerptId"]);
  const evidence = await openCopy(clients[4], "EvidenceLink", ["id", "workspaceId", "claimId", "excerptId", "stance", "note", "updatedAt"]);
  // What the cc_search_* triggers (off during the load) would have written.
  const searchText = await openCopy(clients[5], "SearchText", ["kind", "entityId", "workspaceId", "folded", "shingles"]);
  const publishers = ["Pajhwok", "TOLOnews", "Ariana News", "Khaama Press", "BBC Persian", "Azadi Radio", "Amaq", "Al Jazeera", "RIA Novosti", "Anadolu", "UNAMA", "Reuters", "AFP"];
  const kinds = ["ARTICLE", "ARTICLE", "ARTICLE", "REPORT", "STATEMENT", "SOCIAL_POST", "TRANSCRIPT"];
  let excerptsLeft = s.passages;
  let claimsLeft = s.claims;
  let evidenceLeft = s.evidence;
  let evidenceCount = 0;
  for (let i = 0; i < s.sources; i += 1) {
    const language = i === 0 ? "en" : pickLanguage(random);
    // The long source is a 50-page report (~3,000 characters a page).
    const sentenceCount = i === 0 ? 1300 : Math.max(8, Math.round(counts[i] * 1.3) + random.int(6));
    const { text, spans } = document(random, language, sentenceCount);
    const sourceId = makeId("s", i);
    sourceIds.push(sourceId);
    const textSha256 = sha256Hex(text);
    const created = at(i, s.sources);
    const title = i === 0 ? "Annual report on civilian casualties (50 pages)" : headline(random, language);
    const publisher = random.pick(publishers);
    await sources.row([sourceId, workspaceId, title, publisher, [`Reporter ${random.int(500)}`], created, "DAY", `https://news.example/${i}`, language, i === 0 ? "REPORT" : random.pick(kinds), text, textSha256, userIds[random.int(6)], created, created]);
    const sourceFolded = foldText(`${title} ${publisher} ${text}`);
    await searchText.row(["SOURCE", sourceId, workspaceId, sourceFolded, shinglesText(sourceFolded)]);
    for (let k = 0; k < counts[i]; k += 1) {
      // Excerpts are whole sentences (one or two), as analysts mark them.
      const first = Math.floor(((k + random.next()) / counts[i]) * spans.length) % spans.length;
      const last = Math.min(spans.length - 1, first + (random.int(3) === 0 ? 1 : 0));
      const position = { start: spans[first][0], end: spans[last][1] };
      const quote = quoteAt(text, position);
      const excerptId = makeId("x", excerptIds.length);
      excerptIds.push(excerptId);
      if (random.int(5000) === 0 || (i === 0 && k % 20 === 0)) sampleExcerptIds.push(excerptId);
      const note = random.int(10) === 0 ? sentence(random, "en") : "";
      await excerpts.row([excerptId, workspaceId, sourceId, position.start, position.end, quote.exact, quote.prefix, quote.suffix, 1, textSha256, note, userIds[random.int(6)], created, created]);
      const excerptFolded = foldText(`${quote.exact} ${note}`);
      await searchText.row(["EXCERPT", excerptId, workspaceId, excerptFolded, shinglesText(excerptFolded)]);
      // Selection sampling: exactly s.claims passages become a claim's appearance.
      if (random.next() * excerptsLeft < claimsLeft || i === 0) {
        const claimId = makeId("k", claimIds.length);
        claimIds.push(claimId);
        claimsLeft -= 1;
        const statement = quote.exact.slice(0, 500);
        await searchText.row(["CLAIM", claimId, workspaceId, foldText(statement), "{}"]);
        await claims.row([claimId, workspaceId, statement, random.pick(["STATEMENT", "DENIAL", "RESPONSIBILITY", "ASSESSMENT", "NUMERIC"]), random.pick(actorIds.slice(0, 12)), created, "DAY", userIds[random.int(6)], created, created]);
        await appearances.row([makeId("p", claimIds.length), workspaceId, claimId, excerptId]);
        if (evidenceLeft > 0 && random.next() * Math.max(1, claimsLeft) < evidenceLeft) {
          evidenceLeft -= 1;
          await evidence.row([makeId("e", evidenceCount++), workspaceId, claimId, excerptIds[random.int(excerptIds.length)], random.pick(["SUPPORTS", "SUPPORTS", "CONTRADICTS", "CONTEXT"]), "", created]);
        }
      }
      excerptsLeft -= 1;
    }
    if (i % 10_000 === 0) log(`  sources ${i.toLocaleString("en")} / ${s.sources.toLocaleString("en")} (${((Date.now() - began) / 1000).toFixed(0)} s)`);
  }
  await Promise.all([sources.end(), excerpts.end(), claims.end(), appearances.end(), evidence.end(), searchText.end()]);
  log(`Sources, passages, claims loaded (${((Date.now() - began) / 1000).toFixed(0)} s)`);

  // Disputes: the first is the big board the load test reads (20 claims); the rest 2–8.
  const disputes = await openCopy(clients[0], "Dispute", ["id", "workspaceId", "proposition", "summary", "status", "createdById", "createdAt", "updatedAt"]);
  const disputeClaims = await openCopy(clients[1], "DisputeClaim", ["id", "workspaceId", "disputeId", "claimId", "side", "position"]);
  let disputeClaimCount = 0;
  let bigDisputeId = "";
  for (let d = 0; d < s.disputes; d += 1) {
    const id = makeId("d", d);
    if (d === 0) bigDisputeId = id;
    await disputes.row([id, workspaceId, headline(random, random.int(3) ? "en" : pickLanguage(random)), "", random.pick(["OPEN", "OPEN", "UNDER_REVIEW", "JUDGED", "CLOSED"]), userIds[random.int(6)], at(d, s.disputes), d === 0 ? now : at(d, s.disputes)]);
    const chosen = new Set<string>();
    const want = d === 0 ? 20 : 2 + random.int(7);
    while (chosen.size < Math.min(want, claimIds.length)) chosen.add(d === 0 ? claimIds[chosen.size] : claimIds[random.int(claimIds.length)]);
    let position = 0;
    for (const claimId of chosen) await disputeClaims.row([makeId("q", disputeClaimCount++), workspaceId, id, claimId, position % 2 ? "DISPUTES" : "AFFIRMS", position++]);
  }
  await Promise.all([disputes.end(), disputeClaims.end()]);

  // Incidents with a perpetrator each.
  const incidents = await openCopy(clients[0], "Incident", ["id", "workspaceId", "title", "occurredOn", "province", "district", "eventType", "attribution", "killedBest", "injuredBest", "updatedAt"]);
  const incidentActors = await openCopy(clients[1], "IncidentActor", ["id", "workspaceId", "incidentId", "actorId", "role"]);
  const provinces = ["Nangarhar", "Kunduz", "Herat", "Balkh", "Kabul", "Kandahar", "Helmand", "Ghazni", "Khost", "Badakhshan", "Takhar", "Baghlan", "Kunar", "Paktia"];
  for (let n = 0; n < s.incidents; n += 1) {
    const id = makeId("i", n);
    await incidents.row([id, workspaceId, headline(random, "en"), at(n, s.incidents), random.pick(provinces), `District ${random.int(30)}`, random.pick(["Explosions/Remote violence", "Battles", "Violence against civilians"]), random.pick(["CLAIMED", "ATTRIBUTED", "DENIED", "UNCLAIMED"]), random.int(40), random.int(80), now]);
    await incidentActors.row([makeId("j", n), workspaceId, id, random.pick(actorIds.slice(0, 12)), random.pick(["PERPETRATOR", "CLAIMED_BY", "ATTRIBUTED_TO"])]);
  }
  await Promise.all([incidents.end(), incidentActors.end()]);

  // Ratings: 40% on sources (reliability), 60% on claims; a tenth are superseded history.
  const ratings = await openCopy(clients[0], "Rating", ["id", "workspaceId", "raterId", "scale", "value", "rationale", "sourceId", "claimId", "current", "createdAt"]);
  const claimScales: [string, string[]][] = [["INFO_CREDIBILITY", ["1", "2", "3", "4", "5", "6"]], ["LIKELIHOOD", ["unlikely", "roughly even chance", "likely", "very likely"]], ["CONFIDENCE", ["low", "moderate", "high"]]];
  const ratingRows: Cell[][] = [];
  for (let r = 0; r < s.ratings; r += 1) {
    const onSource = r % 5 < 2;
    const [scale, values] = onSource ? ["SOURCE_RELIABILITY", ["A", "B", "C", "D", "E", "F"]] : random.pick(claimScales);
    // The big dispute's claims (the first 20) get ratings for sure.
    const claimId = r < 200 ? claimIds[r % Math.min(20, claimIds.length)] : claimIds[random.int(claimIds.length)];
    ratingRows.push([makeId("r", r), workspaceId, userIds[6 + random.int(10)], scale, random.pick(values), random.pick(["Corroborated by two independent outlets.", "Single anonymous source.", "Consistent with the casualty pattern.", "Outlet has a record of exaggeration."]), onSource ? sourceIds[random.int(sourceIds.length)] : null, onSource ? null : claimId, random.int(10) !== 0, at(r, s.ratings)]);
  }
  // A rater has one current rating of a thing on a scale (Rating_one_current_key): where
  // the draw gave a rater two, the newest stays current and the older become history,
  // as when a rating is superseded in the app. Rows are in createdAt order.
  const CURRENT = 8;
  const rated = new Set<string>();
  for (let i = ratingRows.length - 1; i >= 0; i -= 1) {
    const row = ratingRows[i];
    if (!row[CURRENT]) continue;
    const key = `${row[2]} ${row[3]} ${row[6] ?? row[7]}`;
    if (rated.has(key)) row[CURRENT] = false;
    else rated.add(key);
  }
  for (const row of ratingRows) await ratings.row(row);
  await ratings.end();
  const loadedRows = Date.now();
  log(`Rows loaded in ${((loadedRows - began) / 1000).toFixed(0)} s; checking SearchText, building indexes…`);

  const pair = clients.slice(0, 2);
  await checkSearchText(admin);
  await putBackConstraints(pair, saved, log);
  const tables = ["SearchText", "Source", "Excerpt", "Claim", "ClaimAppearance", "EvidenceLink", "Dispute", "DisputeClaim", "Incident", "IncidentActor", "Rating", "ActorAlias", "Actor", "User", "Membership", "Workspace", "ApiToken"];
  await Promise.all(pair.map(async (client, n) => {
    for (const table of tables.filter((_, k) => k % 2 === n)) await client.query(`VACUUM (ANALYZE) "${table}"`);
  }));
  const loadSeconds = Math.round((Date.now() - began) / 100) / 10;

  const info: DatasetInfo = {
    workspaceSlug: "bench", workspaceId, email: "analyst0@bench.counterclaim.test", password: BENCH_PASSWORD, apiToken, ownerId: userIds[0],
    disputeId: bigDisputeId,
    longSourceId: sourceIds[0], sampleExcerptIds, sizes: s, loadSeconds,
  };
  await writeMarker(admin, info);
  log(`Generated in ${loadSeconds} s (rows ${((loadedRows - began) / 1000).toFixed(0)} s, indexes + foreign keys + VACUUM ANALYZE ${((Date.now() - loadedRows) / 1000).toFixed(0)} s).`);
  writeFileSync(process.env.BENCH_INFO_FILE ?? "/dev/null", JSON.stringify(info));
  reportLoad(info, false);
  await Promise.all([admin, ...clients].map((c) => c.end()));
}

function reportLoad(info: DatasetInfo, reused: boolean) {
  const z = info.sizes;
  console.log(`BENCH ${JSON.stringify({ section: "Data set", metric: "generate + load (COPY, SearchText, indexes, VACUUM ANALYZE)", value: info.loadSeconds, unit: "s", target: "≤ 600 s", pass: info.loadSeconds <= 600, note: `${reused ? "reused from an earlier run; " : ""}${z.sources} sources, ${z.passages} passages, ${z.claims} claims, ${z.disputes} disputes, ${z.incidents} incidents, ${z.ratings} ratings, ${z.evidence} evidence links` })}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
