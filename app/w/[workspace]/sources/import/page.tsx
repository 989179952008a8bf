import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import {
  MAX_ARCHIVE_BYTES,
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVE_TOTAL_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_FILE_BYTES,
  MAX_PDF_PAGES,
  megabytes,
} from "@/lib/sources/import/limits";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { DocumentImportForm } from "@/components/forms/DocumentImportForm";
import styles from "@/components/import.module.css";

export const metadata: Metadata = { title: "Import files" };

export default async function ImportSourcesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/sources/import`);
  const workspace = await pageRead(() => getWorkspace(caller, slug));
  if (!roleAllows(workspace.role, "edit")) notFound();
  return (
    <main>
      <p className="breadcrumb">
        <a href={`/w/${slug}/sources`}>Sources</a> ›
      </p>
      <div className="page-head">
        <div>
          <h1>Import files</h1>
          <p>Add many documents at once. Each file becomes a source with its text stored exactly as imported; a file that fails never stops the others.</p>
        </div>
        <a className="button secondary" href={`/w/${slug}/sources/new`}>
          Paste a text instead
        </a>
      </div>
      <div className={styles.layout}>
        <DocumentImportForm workspace={slug} maxFileBytes={MAX_FILE_BYTES} maxArchiveBytes={MAX_ARCHIVE_BYTES} />
        <aside className={`panel ${styles.help}`} aria-labelledby="import-help" id="import-limits">
          <h2 id="import-help">What is taken from each file</h2>
          <ul>
            <li>
              <b>.txt, .md</b>: the text exactly as written (UTF-8 or UTF-16); Markdown stays Markdown.
            </li>
            <li>
              <b>.html</b>: the readable text in paragraphs, without menus, scripts and footers; title, author, date, link and language from the page.
            </li>
            <li>
              <b>.pdf</b>: the text layer, up to {MAX_PDF_PAGES.toLocaleString("en")} pages. Scans need OCR first.
            </li>
          </ul>
          <p>The file type is checked by content, not only by name.</p>
          <h2>.zip archives</h2>
          <p>
            Each document inside, in folders too, is imported as if uploaded on its own and listed by its path. A <code>.csv</code> or <code>.json</code> inside is
            its metadata file. Up to {megabytes(MAX_ARCHIVE_BYTES)} and {MAX_ARCHIVE_ENTRIES.toLocaleString("en")} entries, expanding to at most{" "}
            {megabytes(MAX_ARCHIVE_TOTAL_BYTES)} (an entry may not grow over {MAX_COMPRESSION_RATIO}×). Archives inside archives, links, encrypted entries and unsafe
            names are refused; hidden files and <code>__MACOSX</code> are skipped.
          </p>
          <h2>Metadata file columns</h2>
          <p>
            <code>file</code>, <code>title</code>, <code>publisher</code>, <code>authors</code> (separated by ;), <code>date</code>, <code>url</code>,{" "}
            <code>archive URL</code>, <code>accessed</code>, <code>language</code>.
          </p>
          <p>
            Dates: <code>2022-05-01</code>, <code>2022-05</code>, <code>2022</code>, or <code>about 2022</code>. Everything can be edited on the source later.
          </p>
        </aside>
      </div>
    </main>
  );
}
