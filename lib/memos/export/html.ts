import type { MemoCitation } from "../memo-citations";
import type { ClaimEntry, MemoDocument } from "../memo-document";
import { printStylesheet } from "./print-css";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => escapes[c]);
const e = escapeHtml;

function mark(doc: MemoDocument, n: number | null): string {
  if (n === null) return "";
  const c = doc.citations[n - 1];
  return doc.style.kind === "note"
    ? `<sup class="cite"><a href="#note-${n}" id="ref-${n}-${c.excerptId.slice(-4)}">${n}</a></sup>`
    : ` <span class="cite"><a href="#note-${n}">${e(c.inText)}</a></span>`;
}

function flag(c: MemoCitation | undefined): string {
  return c?.flag ? `<p class="flag" role="note"><strong>⚠ ${e(c.flag.kind === "ORPHANED" ? "Orphaned quote" : "Changed quote")}:</strong> ${e(c.flag.message)}</p>` : "";
}

function quote(doc: MemoDocument, n: number): string {
  const c = doc.citations[n - 1];
  return `<blockquote class="passage" dir="auto">“${e(c.exact)}”${mark(doc, n)}</blockquote>${flag(c)}`;
}

function claim(doc: MemoDocument, entry: ClaimEntry): string {
  const evidence = entry.evidence
    .map((ev) => {
      const what = ev.citation ? `“${e(doc.citations[ev.citation - 1].exact)}”${mark(doc, ev.citation)}` : ev.incident ? `incident: ${e(ev.incident)}` : ev.claim ? `claim: ${e(ev.claim)}` : "";
      return `<li dir="auto"><span class="stance">${e(ev.stance)}</span> ${what}${ev.note ? ` <span class="muted">— ${e(ev.note)}</span>` : ""}${flag(ev.citation ? doc.citations[ev.citation - 1] : undefined)}</li>`;
    })
    .join("");
  return `<div class="claim">
<p class="statement" dir="auto"><strong>${e(entry.statement)}</strong></p>
<p class="meta">${e(entry.kind)} · ${e(entry.claimant)} · ${e(entry.made)}</p>
${entry.appearances.map((n) => quote(doc, n)).join("")}
${entry.ratings.length ? `<ul class="ratings">${entry.ratings.map((r) => `<li>${e(r)}</li>`).join("")}</ul>` : ""}
${evidence ? `<p class="sub">Evidence</p><ul class="evidence">${evidence}</ul>` : ""}
</div>`;
}

/**
 * The memo's body as an HTML fragment (the preview shows exactly this). Every value
 * is escaped. Embedded in a page that has its own h1, its headings move one level down.
 */
export function memoBodyHtml(doc: MemoDocument, options: { embedded?: boolean } = {}): string {
  const html = bodyParts(doc).join("\n");
  return options.embedded ? html.replace(/<(\/?)h([1-5])\b/g, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`) : html;
}

function bodyParts(doc: MemoDocument): string[] {
  const parts: string[] = [];
  parts.push(`<header class="memo-head"><p class="stamp">${e(doc.stamp)}</p><h1>${e(doc.title)}</h1><p class="meta">${e(doc.workspace)} · citations: ${e(doc.style.label)}</p></header>`);
  if (doc.warnings.length) parts.push(`<section class="warnings" aria-label="Wording warnings"><h2>Wording warnings (ICD 203)</h2><ul>${doc.warnings.map((w) => `<li>${e(w)}</li>`).join("")}</ul></section>`);
  parts.push(`<section><h2>Bottom line up front</h2>${doc.bluf ? doc.bluf.split(/\n+/).map((p) => `<p dir="auto">${e(p)}</p>`).join("") : `<p class="muted">No bottom line written yet.</p>`}</section>`);
  parts.push(`<section><h2>Key judgments</h2>${doc.keyJudgments.length ? `<ol class="judgments">${doc.keyJudgments.map((k) => `<li><p dir="auto">${e(k.statement)}</p><p class="meta"><span class="term">${e(k.likelihood)}</span> · <span class="term">${e(k.confidence)}</span>${k.from === "review" ? " · from a review session" : ""}</p>${k.rationale ? `<p class="sub">Basis: ${e(k.rationale)}</p>` : ""}</li>`).join("")}</ol>` : `<p class="muted">No key judgments yet.</p>`}</section>`);
  for (const d of doc.disputes) {
    parts.push(`<section class="dispute"><h2 dir="auto">Dispute: ${e(d.proposition)}</h2><p class="meta">Status: ${e(d.status)}</p>${d.summary ? `<p dir="auto">${e(d.summary)}</p>` : ""}`);
    for (const side of d.sides) parts.push(`<h3>${e(side.label)}</h3>${side.claims.length ? side.claims.map((c) => claim(doc, c)).join("") : `<p class="muted">None recorded.</p>`}`);
    if (d.incidents.length) {
      parts.push(`<h3>Incidents and their contested tolls</h3>`);
      for (const i of d.incidents) {
        const rows = i.tolls.map((t) => `<tr><td>${e(t.reporter)}</td><td>${e(t.killed)}</td><td>${e(t.injured)}</td><td>${e(t.note)}${t.citation ? mark(doc, t.citation) : ""}</td></tr>`).join("");
        parts.push(`<div class="incident"><p><strong>${e(i.title)}</strong></p><p class="meta">${e(i.date)} · ${e(i.place)} · ${e(i.attribution)}</p><p>Reconciled: ${e(i.reconciled)}${i.reason ? ` — ${e(i.reason)}` : ""}</p>${rows ? `<table><thead><tr><th scope="col">Reported by</th><th scope="col">Killed</th><th scope="col">Injured</th><th scope="col">Note</th></tr></thead><tbody>${rows}</tbody></table>` : ""}</div>`);
      }
    }
    parts.push(`</section>`);
  }
  parts.push(`<section><h2>Alternatives and dissent</h2>${doc.alternatives.length ? doc.alternatives.map((a) => `<p dir="auto"><strong>${e(a.by)}:</strong> ${e(a.text)}</p>`).join("") : `<p class="muted">No alternatives or dissent recorded.</p>`}</section>`);
  parts.push(`<section><h2>What would change the judgment</h2>${doc.whatWouldChange.length ? `<ul>${doc.whatWouldChange.map((w) => `<li dir="auto">${e(w)}</li>`).join("")}</ul>` : `<p class="muted">Not stated.</p>`}</section>`);
  parts.push(`<section><h2>Source annex</h2><p>${doc.originSummary.sources} sources from ${doc.originSummary.origins} independent origins.</p><table><thead><tr><th scope="col">Source</th><th scope="col">Reliability</th><th scope="col">Origin</th><th scope="col">Cited</th></tr></thead><tbody>${doc.sources.map((s) => `<tr><td dir="auto">${e(s.title)}${s.publisher ? `<br><span class="muted">${e(s.publisher)}</span>` : ""}</td><td>${e(s.reliability)}</td><td>${e(s.origin)}</td><td>${s.citations.join(", ")}</td></tr>`).join("")}</tbody></table></section>`);
  parts.push(`<section class="notes"><h2>${doc.style.kind === "note" ? "Notes" : "Cited passages"}</h2><ol>${doc.citations.map((c) => `<li id="note-${c.n}" dir="auto">${e(c.reference)} Quoted: “${e(c.exact)}”. ${c.url ? `URL: <a href="${e(c.url)}">${e(c.url)}</a>. ` : ""}${c.archiveUrl ? `Archived: <a href="${e(c.archiveUrl)}">${e(c.archiveUrl)}</a>. ` : ""}${c.accessed ? `Accessed ${e(c.accessed)}. ` : ""}Text v${c.textVersion}, sha256 <span class="hash">${e(c.textSha256)}</span>.${c.permalink ? ` <a href="${e(c.permalink)}">Passage</a>` : ""}${flag(c)}</li>`).join("")}</ol></section>`);
  if (doc.bibliography.length) parts.push(`<section><h2>${doc.style.kind === "note" ? "Bibliography" : "References"}</h2>${doc.bibliography.map((b) => `<p class="ref" dir="auto">${e(b)}</p>`).join("")}</section>`);
  parts.push(`<section class="methods"><h2>Methods note</h2>${doc.methods.map((m) => `<p>${e(m)}</p>`).join("")}</section>`);
  parts.push(`<footer class="stamp">${e(doc.stamp)}</footer>`);
  return parts;
}

/** A standalone HTML file with a print stylesheet. */
export function memoHtml(doc: MemoDocument): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(doc.title)} (version ${doc.version})</title>
<meta name="generator" content="Counterclaim"><meta name="memo-version" content="${doc.version}">
<style>${printStylesheet}</style></head>
<body><article class="memo">${memoBodyHtml(doc)}</article></body></html>`;
}
