// Memo exports fed to their real consumers: citeproc (citation-js) for CSL-JSON,
// BibTeX and RIS; LibreOffice for the DOCX; pdftotext for the PDF; JSON.parse for
// ClaimReview; csv-parse for the claims table.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Cite } from "@citation-js/core";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureStyles } from "../../lib/citations/styles";
import { exportMemo } from "../../lib/memos/export/export-memo";
import { assembleMemo } from "../../lib/memos/read-memos";
import { makeDemoWithMemo } from "../support/memo-factories";

let demo: Awaited<ReturnType<typeof makeDemoWithMemo>>;
const baseUrl = "https://counterclaim.example";
const dir = mkdtempSync(join(tmpdir(), "memo-exports-"));

const download = (format: string) => exportMemo(demo.callers.viewer, demo.slug, demo.memo.id, format, { baseUrl });
/** pdftotext output and quotes compared without line breaks, hyphenation or curly quotes getting in the way. */
const normalise = (text: string) =>
  text.replace(/-\n(?=\p{Ll})/gu, "").replace(/[“”"’‘']/g, "'").replace(/\s+/g, " ").trim();

beforeAll(async () => {
  demo = await makeDemoWithMemo("memoexp");
}, 180_000);

describe("memo exports", () => {
  it("renders the CSL-JSON with citeproc in Chicago notes, Chicago author-date and APA", async () => {
    const file = await download("csl-json");
    expect(file.contentType).toContain("csl+json");
    const items = JSON.parse(String(file.body));
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      expect(item).toMatchObject({ id: expect.any(String), type: expect.any(String), title: expect.any(String) });
      expect(item.note).toMatch(/^Quoted: “.+” \(text v\d+, sha256 [0-9a-f]{64}\)$/s);
    }
    ensureStyles();
    const cite = new Cite(items);
    expect(cite.data).toHaveLength(items.length);
    for (const template of ["chicago-note-bibliography", "chicago-author-date", "apa"]) {
      const bibliography = cite.format("bibliography", { format: "text", template, lang: "en-US" });
      expect(bibliography).toContain("IS-K Attacks Puncture");
    }
  });

  it("writes BibTeX and RIS that citation-js reads back with the same entries", async () => {
    const csl = JSON.parse(String((await download("csl-json")).body));
    const bib = await download("bibtex");
    const ris = await download("ris");
    expect(bib.contentType).toContain("bibtex");
    expect(new Cite(String(bib.body)).data).toHaveLength(csl.length);
    expect(new Cite(String(ris.body)).data).toHaveLength(csl.length);
    expect(String(ris.body)).toMatch(/^TY {2}- /m);
  });

  it("makes a DOCX that LibreOffice opens and converts, with the quotes and the version stamp", async () => {
    const file = await download("docx");
    expect(file.filename).toMatch(/-v1\.docx$/);
    const docx = join(dir, "memo.docx");
    writeFileSync(docx, file.body);
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { timeout: 120_000, stdio: "ignore" });
    const text = normalise(execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "memo.pdf"), "-"]).toString());
    expect(text).toContain(normalise("Memo ISKP after the Taliban takeover, version 1, exported"));
    const doc = await assembleMemo(demo.callers.viewer, demo.slug, demo.memo.id);
    expect(text).toContain(normalise(doc.citations[0].exact.slice(0, 60)));
  }, 150_000);

  it("makes a PDF whose text contains every quoted passage", async () => {
    const file = await download("pdf");
    expect(file.contentType).toBe("application/pdf");
    const pdf = join(dir, "chromium.pdf");
    writeFileSync(pdf, file.body);
    const text = normalise(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"]).toString());
    const doc = await assembleMemo(demo.callers.viewer, demo.slug, demo.memo.id);
    expect(doc.citations.length).toBeGreaterThan(2);
    for (const c of doc.citations) expect(text, c.exact).toContain(normalise(c.exact));
    expect(text).toContain("version 1, exported");
  }, 120_000);

  it("publishes ClaimReview JSON-LD with the required fields for each judged claim", async () => {
    const file = await download("claimreview");
    const reviews = JSON.parse(String(file.body));
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      expect(r["@context"]).toBe("https://schema.org");
      expect(r["@type"]).toBe("ClaimReview");
      expect(r).toMatchObject({ claimReviewed: expect.any(String), author: { name: expect.any(String) }, datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), url: expect.stringContaining(baseUrl) });
      expect(r.itemReviewed["@type"]).toBe("Claim");
      expect(Array.isArray(r.itemReviewed.appearance)).toBe(true);
      const rating = r.reviewRating;
      expect(rating).toMatchObject({ ratingValue: expect.any(Number), bestRating: expect.any(Number), worstRating: expect.any(Number), alternateName: expect.any(String), ratingExplanation: expect.any(String) });
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
    }
    // The review session's judgment is the verdict for its claim.
    const judged = reviews.find((r: { url: string }) => r.url.endsWith(`#claim-${demo.judgment.claimId}`));
    expect(judged.reviewRating.alternateName).toBe("Very likely (80–95%); moderate confidence");
    expect(judged.itemReviewed.firstAppearance).toBeDefined();
  });

  it("stamps Markdown and HTML with the memo version and warns about mixed likelihood and confidence", async () => {
    const md = String((await download("md")).body);
    const html = String((await download("html")).body);
    for (const text of [md, html]) {
      expect(text).toMatch(/Memo ISKP after the Taliban takeover, version 1, exported \d{1,2} \w+ \d{4}/);
      expect(text).toContain("ICD 203 advises stating them separately");
    }
    expect(md).toMatch(/\[\^1\]: .+Quoted: “/);
    expect(html).toContain("@media print");
    expect(html).toContain("The attacks show presence, not strength.");
  });

  it("neutralises spreadsheet formulas in the claims CSV", async () => {
    const { db } = await import("../../lib/db/client");
    const claimId = demo.dispute.claims[0].claimId;
    await db.claim.update({ where: { id: claimId }, data: { statement: "=HYPERLINK(\"http://evil.example\",\"click\")" } });
    const rows: string[][] = parse(String((await download("csv")).body));
    expect(rows[0]).toContain("claim");
    const cells = rows.flat();
    expect(cells).toContain("'=HYPERLINK(\"http://evil.example\",\"click\")");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it("keeps markup in people's words as text in the HTML, the preview and the Markdown", async () => {
    const { updateMemo } = await import("../../lib/memos/write-memos");
    const { memoBodyHtml } = await import("../../lib/memos/export/html");
    const hostile = `Raids --> <script>alert(1)</script><img src=x onerror="alert(2)">`;
    const current = await assembleMemo(demo.callers.editor, demo.slug, demo.memo.id);
    await updateMemo(demo.callers.editor, demo.slug, {
      id: demo.memo.id, version: current.version, title: hostile, bluf: hostile, alternatives: hostile, whatWouldChange: hostile,
      citationStyle: "apa", disputeIds: [demo.dispute.id], judgmentIds: [demo.judgment.id],
      keyJudgments: [{ statement: hostile, likelihood: "likely", confidence: "low" }],
    });
    const html = String((await download("html")).body);
    const preview = memoBodyHtml(await assembleMemo(demo.callers.viewer, demo.slug, demo.memo.id), { embedded: true });
    for (const page of [html, preview]) {
      expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(page).not.toMatch(/<script>alert|<img src=x/);
    }
    const md = String((await download("md")).body);
    const [stampComment, ...body] = md.split("\n");
    // The stamp comment cannot be closed early, so what it holds stays a comment.
    expect(stampComment).toMatch(/^<!-- [^]*? -->$/);
    expect(stampComment.slice(4, -3)).not.toContain("--");
    // Everywhere else a Markdown renderer sees escaped brackets, never a tag.
    expect(body.join("\n")).not.toMatch(/(?<!\\)<(script|img)/);
    expect(body.join("\n")).toContain("\\<script\\>");
  });

  it("refuses an unknown format", async () => {
    await expect(download("exe")).rejects.toMatchObject({ code: "INVALID" });
  });
});
