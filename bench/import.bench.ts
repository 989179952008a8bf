// How fast documents import: 1,000 generated documents of a few KB each (Persian,
// Arabic, Russian, Turkish, Dutch and English; text, Markdown, HTML and some PDFs)
// through importDocuments into an empty workspace, one file per call as an upload
// of single files would. Needs DATABASE_URL (`npm run bench` provides a fresh one).
// Prints total time, documents per second and p50/p95 per document.
import { createUser } from "../lib/auth/create-user";
import { db } from "../lib/db/client";
import { importDocuments, type ImportFile } from "../lib/sources/import/import-documents";
import { createWorkspace } from "../lib/workspaces/write-workspaces";
import { buildPdf, textLines } from "../tests/fixtures/import/pdf-builder.mjs";

const COUNT = Number(process.env.BENCH_IMPORT_DOCS ?? 1000);

const sentences: Record<string, string[]> = {
  fa: ["سخنگوی وزارت کشور گفت که حمله در نزدیکی بازار رخ داده است.", "منابع محلی شمار کشته‌ها را بیشتر گزارش کردند.", "هیچ گروهی تاکنون مسئولیت این حمله را بر عهده نگرفته است."],
  ar: ["قال المتحدث باسم الشرطة إن الهجوم وقع قرب السوق.", "نفت الجماعة أي علاقة لها بالحادث.", "أفادت مصادر محلية بسقوط عدد أكبر من الضحايا."],
  ru: ["Представитель министерства заявил, что колонна не пострадала.", "Местные источники сообщили о трёх погибших.", "Группировка отрицает свою причастность."],
  tr: ["Sözcü, saldırının pazar yerinin yakınında gerçekleştiğini söyledi.", "Yerel kaynaklar daha fazla kayıp bildirdi.", "Grup olayla ilgisi olmadığını açıkladı."],
  nl: ["De woordvoerder zei dat de aanval bij de markt plaatsvond.", "Lokale bronnen meldden meer slachtoffers.", "De groep ontkende elke betrokkenheid."],
  en: ["The provincial police said the convoy was attacked near the market.", "Local sources reported a higher toll.", "The group denied any involvement in the attack."],
};
const languages = Object.keys(sentences);

let seed = 20260101;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

function paragraphs(language: string, n: number, bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentences[language][Math.floor(random() * 3)]).join(" ");
    out.push(`${paragraph} (${n}.${out.length})`);
    size += Buffer.byteLength(paragraph);
  }
  return out;
}

function makeDocument(n: number): ImportFile {
  const language = languages[n % languages.length];
  const body = paragraphs(language, n, 2000 + Math.floor(random() * 4000));
  const kind = n % 20 === 0 ? "pdf" : ["txt", "md", "html"][n % 3];
  if (kind === "pdf") {
    // Helvetica cannot draw other scripts: PDFs are English.
    const lines = paragraphs("en", n, 2500).flatMap((p) => [...(p.match(/.{1,80}(\s|$)/g) ?? [p]), ""]);
    return { name: `doc-${n}.pdf`, bytes: buildPdf([textLines(800, ...lines.slice(0, 50)), textLines(800, ...lines.slice(50))]) };
  }
  const text =
    kind === "html"
      ? `<!doctype html><html lang="${language}"><head><title>Document ${n}</title><script>var x=${n}</script></head><body><nav>Menu</nav><main>${body.map((p) => `<p>${p}</p>`).join("\n")}</main><footer>Footer</footer></body></html>`
      : kind === "md"
        ? `# Document ${n}\n\n${body.join("\n\n")}\n`
        : `${body.join("\n\n")}\n`;
  return { name: `doc-${n}.${kind}`, bytes: new TextEncoder().encode(text) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const user = await createUser({ email: `bench-${Date.now()}@bench.counterclaim.test`, name: "Bench", password: "correct horse battery staple" });
  const caller = { userId: user.id };
  const workspace = await createWorkspace(caller, { slug: `bench-${Date.now()}`, name: "Import benchmark" });
  const documents = Array.from({ length: COUNT }, (_, n) => makeDocument(n));
  const totalBytes = documents.reduce((sum, d) => sum + d.bytes.length, 0);

  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const began = performance.now();
  const cpu = process.cpuUsage();
  for (const document of documents) {
    const start = performance.now();
    const { results } = await importDocuments(caller, workspace.id, [document]);
    times.push(performance.now() - start);
    statuses[results[0].status] = (statuses[results[0].status] ?? 0) + 1;
    if (results[0].status === "failed") console.warn(`${document.name} ${results[0].message}`);
  }
  const totalMs = performance.now() - began;
  const used = process.cpuUsage(cpu);
  const sorted = [...times].sort((a, b) => a - b);
  const result = {
    documents: COUNT,
    kilobytes: Math.round(totalBytes / 1024),
    totalSeconds: +(totalMs / 1000).toFixed(2),
    docsPerSecond: +(COUNT / (totalMs / 1000)).toFixed(1),
    p50Ms: +percentile(sorted, 50).toFixed(1),
    p95Ms: +percentile(sorted, 95).toFixed(1),
    cpuSeconds: +((used.user + used.system) / 1e6).toFixed(2),
    statuses,
  };
  console.log(
    `import: ${COUNT} documents (${result.kilobytes} KB) in ${result.totalSeconds} s — ${result.docsPerSecond} docs/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms per document (${result.cpuSeconds} s CPU)`,
    statuses,
  );
  // One machine-readable line for scripts/bench.mjs.
  console.log(`BENCH ${JSON.stringify({ name: `import ${COUNT.toLocaleString("en")} documents`, ...result })}`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
