import { stringify } from "csv-stringify/sync";
import { csvSafeCell } from "../../text/csv-safe";
import type { MemoDocument } from "../memo-document";

const columns = ["dispute", "side", "claim", "kind", "claimant", "made", "ratings", "quoted_passages", "citations", "memo_version"];

/** The memo's claims table, one row per claim per dispute; every cell safe from formula injection. */
export function memoClaimsCsv(doc: MemoDocument): string {
  const rows = doc.disputes.flatMap((d) =>
    d.sides.flatMap((side) =>
      side.claims.map((c) => [
        d.proposition,
        side.label,
        c.statement,
        c.kind,
        c.claimant,
        c.made,
        c.ratings.join(" | "),
        c.appearances.map((n) => `“${doc.citations[n - 1].exact}”`).join(" | "),
        c.appearances.join(" "),
        String(doc.version),
      ]),
    ),
  );
  return stringify([columns, ...rows.map((r) => r.map(csvSafeCell))], { record_delimiter: "\r\n" });
}
