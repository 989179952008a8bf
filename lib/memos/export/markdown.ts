import type { ClaimEntry, MemoDocument } from "../memo-document";

/** Markdown treats these as syntax at any place in a line; escape them in people's words. */
// A title with "-->" in it must not close the comment and let raw HTML through.
const commentSafe = (value: string) => value.replace(/-{2,}/g, "–");
const md = (value: string) => value.replace(/([\\`*_[\]<>#|])/g, "\\$1").replace(/\n+/g, " ");

function mark(doc: MemoDocument, n: number | null): string {
  if (n === null) return "";
  return doc.style.kind === "note" ? `[^${n}]` : ` ${md(doc.citations[n - 1].inText)} [${n}]`;
}

function flag(doc: MemoDocument, n: number | null): string {
  const c = n ? doc.citations[n - 1] : undefined;
  return c?.flag ? `\n\n> **⚠ ${c.flag.kind === "ORPHANED" ? "Orphaned quote" : "Changed quote"}:** ${md(c.flag.message)}` : "";
}

function claim(doc: MemoDocument, c: ClaimEntry): string {
  const lines = [`#### ${md(c.statement)}`, "", `*${md(c.kind)} · ${md(c.claimant)} · ${md(c.made)}*`, ""];
  for (const n of c.appearances) lines.push(`> “${md(doc.citations[n - 1].exact)}”${mark(doc, n)}${flag(doc, n)}`, "");
  for (const r of c.ratings) lines.push(`- ${md(r)}`);
  if (c.ratings.length) lines.push("");
  if (c.evidence.length) {
    lines.push("Evidence:", "");
    for (const ev of c.evidence) {
      const what = ev.citation ? `“${md(doc.citations[ev.citation - 1].exact)}”${mark(doc, ev.citation)}` : ev.incident ? `incident: ${md(ev.incident)}` : ev.claim ? `claim: ${md(ev.claim)}` : "";
      lines.push(`- **${ev.stance}** ${what}${ev.note ? ` — ${md(ev.note)}` : ""}${flag(doc, ev.citation).replace(/\n\n> /, " ")}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

export function memoMarkdown(doc: MemoDocument): string {
  const out: string[] = [`<!-- ${commentSafe(doc.stamp)} -->`, "", `# ${md(doc.title)}`, "", `*${md(doc.stamp)} · citations: ${doc.style.label}*`, ""];
  if (doc.warnings.length) out.push("## Wording warnings (ICD 203)", "", ...doc.warnings.map((w) => `- ${md(w)}`), "");
  out.push("## Bottom line up front", "", doc.bluf ? md(doc.bluf) : "_No bottom line written yet._", "");
  out.push("## Key judgments", "");
  doc.keyJudgments.forEach((k, i) => {
    out.push(`${i + 1}. ${md(k.statement)}  `, `   **${k.likelihood}** · **${k.confidence}**${k.from === "review" ? " · from a review session" : ""}${k.rationale ? `  \n   Basis: ${md(k.rationale)}` : ""}`);
  });
  if (!doc.keyJudgments.length) out.push("_No key judgments yet._");
  out.push("");
  for (const d of doc.disputes) {
    out.push(`## Dispute: ${md(d.proposition)}`, "", `Status: ${d.status}`, "");
    if (d.summary) out.push(md(d.summary), "");
    for (const side of d.sides) {
      out.push(`### ${side.label}`, "");
      out.push(...(side.claims.length ? side.claims.map((c) => claim(doc, c)) : ["_None recorded._", ""]));
    }
    if (d.incidents.length) {
      out.push("### Incidents and their contested tolls", "");
      for (const i of d.incidents) {
        out.push(`**${md(i.title)}** — ${md(i.date)}, ${md(i.place)}, ${i.attribution}`, "", `Reconciled: ${md(i.reconciled)}${i.reason ? ` — ${md(i.reason)}` : ""}`, "");
        if (i.tolls.length) {
          out.push("| Reported by | Killed | Injured | Note |", "| --- | --- | --- | --- |");
          for (const t of i.tolls) out.push(`| ${md(t.reporter)} | ${md(t.killed)} | ${md(t.injured)} | ${md(t.note)}${mark(doc, t.citation)} |`);
          out.push("");
        }
      }
    }
  }
  out.push("## Alternatives and dissent", "", ...(doc.alternatives.length ? doc.alternatives.map((a) => `- **${md(a.by)}:** ${md(a.text)}`) : ["_No alternatives or dissent recorded._"]), "");
  out.push("## What would change the judgment", "", ...(doc.whatWouldChange.length ? doc.whatWouldChange.map((w) => `- ${md(w)}`) : ["_Not stated._"]), "");
  out.push("## Source annex", "", `${doc.originSummary.sources} sources from ${doc.originSummary.origins} independent origins.`, "");
  out.push("| Source | Reliability | Origin | Cited |", "| --- | --- | --- | --- |");
  for (const s of doc.sources) out.push(`| ${md(s.title)}${s.publisher ? ` (${md(s.publisher)})` : ""} | ${md(s.reliability)} | ${md(s.origin)} | ${s.citations.join(", ")} |`);
  out.push("");
  out.push(`## ${doc.style.kind === "note" ? "Notes" : "Cited passages"}`, "");
  for (const c of doc.citations) {
    const body = `${md(c.note)}${c.flag ? ` **⚠ ${md(c.flag.message)}**` : ""}`;
    out.push(doc.style.kind === "note" ? `[^${c.n}]: ${body}` : `${c.n}. ${body}`);
  }
  out.push("");
  if (doc.bibliography.length) out.push(`## ${doc.style.kind === "note" ? "Bibliography" : "References"}`, "", ...doc.bibliography.map((b) => `${md(b)}\n`), "");
  out.push("## Methods note", "", ...doc.methods.map((m) => `${md(m)}\n`), "---", "", `*${md(doc.stamp)}*`, "");
  return out.join("\n");
}
