import type { DocumentFormat } from "./sniff-type";

/** What a file says about itself, used where the metadata file gives nothing. */
export type SuggestedMetadata = {
  title?: string;
  publisher?: string;
  authors?: string[];
  /** Any date text; only a leading YYYY-MM-DD / YYYY-MM / YYYY is used. */
  published?: string;
  url?: string;
  language?: string;
};

export type ExtractedDocument = { text: string; suggested: SuggestedMetadata };

export type ImportedDocument = ExtractedDocument & { format: DocumentFormat };
