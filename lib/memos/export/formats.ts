import type { MemoExportFormat } from "../schemas";

export const exportFormatLabels: Record<MemoExportFormat, string> = {
  md: "Markdown",
  html: "HTML (print-ready)",
  docx: "Word (DOCX)",
  pdf: "PDF",
  csv: "Claims table (CSV)",
  "csl-json": "Bibliography (CSL-JSON)",
  bibtex: "Bibliography (BibTeX)",
  ris: "Bibliography (RIS)",
  claimreview: "ClaimReview (JSON-LD)",
};
