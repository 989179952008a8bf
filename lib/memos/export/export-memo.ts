import "server-only";
import type { Caller } from "../../auth/caller";
import { claimReviewJsonLd } from "../../citations/claim-review";
import { toBibtex, toRis } from "../../citations/render";
import { AppError } from "../../errors";
import { assembleMemo } from "../read-memos";
import { memoExportFormats, type MemoExportFormat } from "../schemas";
export { exportFormatLabels } from "./formats";
import { memoClaimsCsv } from "./csv";
import { memoDocx } from "./docx";
import { memoHtml } from "./html";
import { memoMarkdown } from "./markdown";
import { htmlToPdf } from "./pdf";

export type MemoFile = { body: string | Buffer; contentType: string; filename: string };

const types: Record<MemoExportFormat, [string, string]> = {
  md: ["text/markdown; charset=utf-8", "md"],
  html: ["text/html; charset=utf-8", "html"],
  docx: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
  pdf: ["application/pdf", "pdf"],
  csv: ["text/csv; charset=utf-8", "csv"],
  "csl-json": ["application/vnd.citationstyles.csl+json; charset=utf-8", "csl.json"],
  bibtex: ["application/x-bibtex; charset=utf-8", "bib"],
  ris: ["application/x-research-info-systems; charset=utf-8", "ris"],
  claimreview: ["application/ld+json; charset=utf-8", "claimreview.jsonld"],
};

export function isExportFormat(value: string): value is MemoExportFormat {
  return (memoExportFormats as readonly string[]).includes(value);
}

const slugOf = (title: string) => title.normalize("NFKD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 60) || "memo";

/**
 * One memo version in one format. Every document format carries the stamp
 * "Memo <title>, version N, exported <date>"; the file name carries the version too.
 */
export async function exportMemo(
  caller: Caller | null,
  workspace: string,
  memoId: string,
  format: string,
  options: { revision?: number; baseUrl: string },
): Promise<MemoFile> {
  if (!isExportFormat(format)) {
    throw new AppError("INVALID", `format: must be one of ${memoExportFormats.join(", ")}`, { format: [`must be one of ${memoExportFormats.join(", ")}`] });
  }
  const doc = await assembleMemo(caller, workspace, memoId, options);
  const [contentType, extension] = types[format];
  const filename = `${slugOf(doc.title)}-v${doc.version}.${extension}`;
  const file = (body: string | Buffer) => ({ body, contentType, filename });
  switch (format) {
    case "md":
      return file(memoMarkdown(doc));
    case "html":
      return file(memoHtml(doc));
    case "docx":
      return file(await memoDocx(doc));
    case "pdf":
      return file(await htmlToPdf(memoHtml(doc), doc.stamp));
    case "csv":
      return file(memoClaimsCsv(doc));
    case "csl-json":
      return file(JSON.stringify(doc.citations.map((c) => c.csl), null, 2));
    case "bibtex":
      return file(`% ${doc.stamp}\n${toBibtex(doc.citations.map((c) => c.csl))}`);
    case "ris":
      return file(toRis(doc.citations.map((c) => c.csl)));
    case "claimreview": {
      const url = `${options.baseUrl}/w/${encodeURIComponent(workspace)}/memos/${doc.memoId}?version=${doc.version}`;
      const reviews = doc.judgedClaims.map((c) => claimReviewJsonLd(c, { url: `${url}#claim-${c.id}`, author: doc.workspace, datePublished: doc.exportedAt })).filter(Boolean);
      return file(JSON.stringify(reviews, null, 2));
    }
  }
}
