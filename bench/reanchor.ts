// How long re-anchoring takes on a long source: `npx tsx bench/reanchor.ts`.
// A 150,000-character text, 200 excerpts, and a correction that leaves a quarter
// of them in place or pushed along, fixes a typo in a quarter (fuzzy), deletes a
// quarter (orphans) and rewrites the surroundings of the rest. Prints milliseconds.
import { quoteAt } from "../lib/text/anchor";
import { reanchor, type PreviousAnchor } from "../lib/text/reanchor";

let seed = 20240503;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n: number) => Math.floor(random() * n);
const vocabulary = "the a of in to and said spokesman province attack district police officials killed wounded claimed denied statement group fighters reported sources local residents governor ministry security forces convoy checkpoint village market".split(" ");

let text = "";
while (text.length < 150_000) text += `${vocabulary[pick(vocabulary.length)]}${random() < 0.08 ? ". " : " "}`;
const slot = 750;
const excerpts: PreviousAnchor[] = Array.from({ length: 200 }, (_, k) => {
  const start = k * slot + 40 + pick(300);
  const position = { start, end: start + 40 + pick(300) };
  return { ...position, ...quoteAt(text, position) };
});

let corrected = text;
for (let k = excerpts.length - 1; k >= 0; k--) {
  const { start, end } = excerpts[k];
  const middle = start + ((end - start) >> 1);
  if (k % 4 === 1) corrected = `${corrected.slice(0, middle)}§${corrected.slice(middle + 1)}`;
  if (k % 4 === 2) corrected = corrected.slice(0, start) + corrected.slice(end);
  if (k % 4 === 3) corrected = `${corrected.slice(0, start - 30)}${"#".repeat(30)}${corrected.slice(start, end)}${"%".repeat(30)}${corrected.slice(end + 30)}`;
}
corrected = `An editor's note was added at the top. ${corrected}`;

for (const [label, newText] of [["unchanged text", text], ["corrected text", corrected]] as const) {
  const began = performance.now();
  const cpu = process.cpuUsage();
  const counts: Record<string, number> = {};
  for (const excerpt of excerpts) {
    const { status } = reanchor(newText, excerpt);
    counts[status] = (counts[status] ?? 0) + 1;
  }
  // CPU time as well as wall time: on a busy machine the second is mostly waiting.
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${label}: ${(performance.now() - began).toFixed(1)} ms (${cpuMs.toFixed(1)} ms CPU) for ${excerpts.length} excerpts`, counts);
}
