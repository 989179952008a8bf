// Memo export at length: a memo over 7 disputes (their claims, passages, evidence
// and ratings from the scale data set) with 8 key judgments (about 30 pages), exported to DOCX and
// to PDF (headless Chromium) through exportMemo, as the download route does.
// The memo is made once and reused on later runs.
import { db } from "../../lib/db/client";
import { exportMemo } from "../../lib/memos/export/export-memo";
import { createMemo } from "../../lib/memos/write-memos";
import { datasetInfo, percentiles, report, round, timeEach } from "./measure";

const info = datasetInfo();
const TITLE = "Benchmark memo: seven disputes";
const section = "Memo export and import";

async function memoId(caller: { userId: string }) {
  const existing = await db.memo.findFirst({ where: { workspaceId: info.workspaceId, title: TITLE }, select: { id: true } });
  if (existing) return existing.id;
  const disputes = await db.dispute.findMany({ where: { workspaceId: info.workspaceId }, orderBy: { updatedAt: "desc" }, take: 7, select: { id: true } });
  const paragraph = "Reporting on the attack remains contested: the provincial police and two local outlets give a higher toll than the ministry, and the group's claim appeared only after the ministry's statement. ";
  const memo = await createMemo(caller, info.workspaceSlug, {
    title: TITLE,
    bluf: paragraph.repeat(18).trim(),
    disputeIds: disputes.map((d) => d.id),
    keyJudgments: Array.from({ length: 8 }, (_, i) => ({ statement: `Judgment ${i + 1}: ${paragraph.repeat(4).trim()}`, likelihood: "likely", confidence: "moderate" })),
    alternatives: paragraph.repeat(18).trim(),
    whatWouldChange: paragraph.repeat(18).trim(),
  });
  return memo.id;
}

async function main() {
  const caller = { userId: info.ownerId };
  const id = await memoId(caller);
  let pdfPages = 0;
  let docxKb = 0;
  const docx = percentiles(await timeEach([0], async () => {
    const file = await exportMemo(caller, info.workspaceSlug, id, "docx", { baseUrl: "http://localhost" });
    docxKb = Buffer.byteLength(file.body) / 1024;
  }, 5));
  const pdf = percentiles(await timeEach([0], async () => {
    const file = await exportMemo(caller, info.workspaceSlug, id, "pdf", { baseUrl: "http://localhost" });
    pdfPages = (Buffer.from(file.body).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }, 3));
  const note = `${pdfPages} pages as PDF`;
  report({ section, metric: `memo export to DOCX (${pdfPages}-page memo, ${round(docxKb)} kB)`, ...docx, note });
  report({ section, metric: `memo export to PDF via Chromium (${pdfPages} pages)`, ...pdf, note: pdfPages < 30 ? `${note}: shorter than the 30 pages asked for` : note });
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
