/** Styles for the exported HTML (and so the PDF): a readable page on screen, a clean A4 on paper. */
export const printStylesheet = `
body { font-family: "Noto Serif", Georgia, "Times New Roman", serif; color: #1c2230; margin: 0; background: #fff; line-height: 1.5; }
.memo { max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #d5dae3; padding-bottom: 0.2rem; margin-top: 1.6rem; }
h3 { font-size: 1rem; margin-top: 1.1rem; }
.meta, .muted, .stamp { color: #5b6475; font-size: 0.88rem; }
.stamp { font-family: "Noto Sans", Arial, sans-serif; letter-spacing: 0.02em; }
blockquote.passage { margin: 0.4rem 0 0.5rem; padding: 0.3rem 0.8rem; border-left: 3px solid #9aa6bb; background: #f6f7f9; }
.claim { margin: 0.6rem 0 1rem; }
.statement { margin-bottom: 0.1rem; }
.stance { font-weight: 600; }
.sub { font-weight: 600; font-size: 0.9rem; margin: 0.4rem 0 0.1rem; }
.term { font-weight: 600; }
.flag { background: #fdecea; border: 1px solid #e7b7b0; color: #6e1f17; padding: 0.3rem 0.6rem; border-radius: 4px; font-size: 0.9rem; }
.warnings { background: #fff6e0; border: 1px solid #e9cf8f; padding: 0.5rem 1rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.4rem 0 0.8rem; }
th, td { border: 1px solid #d5dae3; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f7; }
.notes li { margin-bottom: 0.5rem; font-size: 0.92rem; overflow-wrap: anywhere; }
.hash { font-family: "Noto Sans Mono", monospace; font-size: 0.8rem; overflow-wrap: anywhere; }
.ref { padding-left: 2rem; text-indent: -2rem; }
sup.cite a, .cite a { color: #1f4fa3; text-decoration: none; }
a { color: #1f4fa3; }
@media print {
  @page { size: A4; margin: 2cm 2cm 2.2cm; }
  body { font-size: 10.5pt; }
  .memo { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  blockquote, .claim, tr, .incident { break-inside: avoid; }
  footer.stamp { margin-top: 1.5rem; font-size: 8pt; }
}
`;
