import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from "docx";
import type { ClaimEntry, MemoDocument } from "../memo-document";

const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
const p = (...children: ParagraphChild[]) => new Paragraph({ children, spacing: { after: 120 } });
const t = (text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}) => new TextRun({ text, ...options });

/**
 * The memo as a Word document (docx package). A notes style puts each citation in
 * a real footnote; an author-date style cites in the text and lists the passages.
 */
export async function memoDocx(doc: MemoDocument): Promise<Buffer> {
  const cite = (n: number | null): ParagraphChild[] => {
    if (n === null) return [];
    return doc.style.kind === "note" ? [new FootnoteReferenceRun(n)] : [t(` ${doc.citations[n - 1].inText} [${n}]`)];
  };
  const flag = (n: number | null): Paragraph[] => {
    const c = n ? doc.citations[n - 1] : undefined;
    return c?.flag ? [p(t(`⚠ ${c.flag.kind === "ORPHANED" ? "Orphaned quote" : "Changed quote"}: `, { bold: true, color: "9B2C1F" }), t(c.flag.message, { color: "9B2C1F" }))] : [];
  };
  const quote = (n: number) => [new Paragraph({ children: [t(`“${doc.citations[n - 1].exact}”`, { italics: true }), ...cite(n)], indent: { left: 567 }, spacing: { after: 120 } }), ...flag(n)];
  const table = (head: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [head, ...rows].map((cells, r) => new TableRow({ tableHeader: r === 0, children: cells.map((c) => new TableCell({ children: [p(t(c, { bold: r === 0 }))] })) })),
    });
  const claim = (c: ClaimEntry) => [
    p(t(c.statement, { bold: true })),
    p(t(`${c.kind} · ${c.claimant} · ${c.made}`, { italics: true })),
    ...c.appearances.flatMap(quote),
    ...c.ratings.map((r) => new Paragraph({ text: r, bullet: { level: 0 } })),
    ...c.evidence.flatMap((ev) => [
      new Paragraph({
        bullet: { level: 0 },
        children: [
          t(`${ev.stance} `, { bold: true }),
          ...(ev.citation ? [t(`“${doc.citations[ev.citation - 1].exact}”`), ...cite(ev.citation)] : [t(ev.incident ? `incident: ${ev.incident}` : ev.claim ? `claim: ${ev.claim}` : "")]),
          ...(ev.note ? [t(` — ${ev.note}`)] : []),
        ],
      }),
      ...flag(ev.citation),
    ]),
  ];

  const children: (Paragraph | Table)[] = [
    p(t(doc.stamp, { color: "5B6475" })),
    h(doc.title, HeadingLevel.TITLE),
    p(t(`${doc.workspace} · citations: ${doc.style.label}`, { italics: true })),
  ];
  if (doc.warnings.length) children.push(h("Wording warnings (ICD 203)", HeadingLevel.HEADING_1), ...doc.warnings.map((w) => new Paragraph({ text: w, bullet: { level: 0 } })));
  children.push(h("Bottom line up front", HeadingLevel.HEADING_1), ...(doc.bluf ? doc.bluf.split(/\n+/) : ["No bottom line written yet."]).map((line) => p(t(line))));
  children.push(h("Key judgments", HeadingLevel.HEADING_1));
  doc.keyJudgments.forEach((k, i) => {
    children.push(p(t(`${i + 1}. ${k.statement}`)), p(t(k.likelihood, { bold: true }), t(" · "), t(k.confidence, { bold: true }), t(k.from === "review" ? " · from a review session" : "")));
    if (k.rationale) children.push(p(t(`Basis: ${k.rationale}`)));
  });
  if (!doc.keyJudgments.length) children.push(p(t("No key judgments yet.", { italics: true })));
  for (const d of doc.disputes) {
    children.push(h(`Dispute: ${d.proposition}`, HeadingLevel.HEADING_1), p(t(`Status: ${d.status}`, { italics: true })));
    if (d.summary) children.push(p(t(d.summary)));
    for (const side of d.sides) children.push(h(side.label, HeadingLevel.HEADING_2), ...(side.claims.length ? side.claims.flatMap(claim) : [p(t("None recorded.", { italics: true }))]));
    if (d.incidents.length) {
      children.push(h("Incidents and their contested tolls", HeadingLevel.HEADING_2));
      for (const i of d.incidents) {
        children.push(p(t(i.title, { bold: true })), p(t(`${i.date} · ${i.place} · ${i.attribution}`, { italics: true })), p(t(`Reconciled: ${i.reconciled}${i.reason ? ` — ${i.reason}` : ""}`)));
        if (i.tolls.length) children.push(table(["Reported by", "Killed", "Injured", "Note"], i.tolls.map((x) => [x.reporter, x.killed, x.injured, x.note])));
      }
    }
  }
  children.push(h("Alternatives and dissent", HeadingLevel.HEADING_1), ...(doc.alternatives.length ? doc.alternatives.map((a) => p(t(`${a.by}: `, { bold: true }), t(a.text))) : [p(t("No alternatives or dissent recorded.", { italics: true }))]));
  children.push(h("What would change the judgment", HeadingLevel.HEADING_1), ...(doc.whatWouldChange.length ? doc.whatWouldChange.map((w) => new Paragraph({ text: w, bullet: { level: 0 } })) : [p(t("Not stated.", { italics: true }))]));
  children.push(
    h("Source annex", HeadingLevel.HEADING_1),
    p(t(`${doc.originSummary.sources} sources from ${doc.originSummary.origins} independent origins.`)),
    table(["Source", "Reliability", "Origin", "Cited"], doc.sources.map((s) => [`${s.title}${s.publisher ? ` (${s.publisher})` : ""}`, s.reliability, s.origin, s.citations.join(", ")])),
  );
  if (doc.style.kind === "author-date") {
    children.push(h("Cited passages", HeadingLevel.HEADING_1), ...doc.citations.flatMap((c) => [p(t(`[${c.n}] ${c.note}`)), ...flag(c.n)]));
  }
  if (doc.bibliography.length) children.push(h(doc.style.kind === "note" ? "Bibliography" : "References", HeadingLevel.HEADING_1), ...doc.bibliography.map((b) => p(t(b))));
  children.push(h("Methods note", HeadingLevel.HEADING_1), ...doc.methods.map((m) => p(t(m))));

  const footnotes =
    doc.style.kind === "note"
      ? Object.fromEntries(doc.citations.map((c) => [c.n, { children: [new Paragraph({ children: [t(c.note), ...(c.flag ? [t(` ⚠ ${c.flag.message}`, { bold: true })] : [])] })] }]))
      : undefined;
  const stamp = () => new Paragraph({ alignment: AlignmentType.CENTER, children: [t(doc.stamp, { color: "5B6475" })] });
  const document = new Document({
    creator: "Counterclaim",
    title: `${doc.title} (version ${doc.version})`,
    description: doc.stamp,
    footnotes,
    sections: [{ headers: { default: new Header({ children: [stamp()] }) }, footers: { default: new Footer({ children: [stamp()] }) }, children }],
  });
  return Packer.toBuffer(document);
}
