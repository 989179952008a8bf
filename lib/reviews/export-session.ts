import "server-only";
import type { Caller } from "../auth/caller";
import { scaleLabel, scales, type ScaleName } from "../ratings/scales";
import { getSession, type SessionView } from "./read-sessions";

/**
 * The session as a record, in JSON or Markdown. Built from getSession, so it shows
 * exactly what the caller may see (a closed session has every item revealed).
 */
export async function exportSession(caller: Caller | null, workspace: string, sessionId: string) {
  const view = await getSession(caller, workspace, sessionId);
  return { json: sessionRecord(view), markdown: sessionMarkdown(view), title: view.session.title };
}

function sessionRecord(view: SessionView) {
  const names = new Map(view.participants.map((p) => [p.userId, p.name]));
  return {
    session: { id: view.session.id, title: view.session.title, phase: view.session.phase, facilitator: view.session.facilitatorName, createdAt: view.session.createdAt, closedAt: view.session.closedAt },
    participants: view.participants.map((p) => ({ name: p.name, finishedAt: p.finishedAt })),
    agreement: view.agreement.map((a) => ({ scale: a.scale, alpha: a.result.alpha, reading: a.reading, pairableRatings: a.result.pairable, items: a.result.units })),
    items: view.items.map((item) => ({
      kind: item.kind,
      id: item.targetId,
      title: item.title,
      revealedAt: item.revealedAt,
      ratings: item.ratings.map((r) => ({ rater: names.get(r.raterId) ?? "former member", scale: r.scale, value: r.value, label: scaleLabel(r.scale, r.value) })),
      spread: item.summary?.perScale.map((s) => ({ scale: s.scale, n: s.n, sd: s.sd, range: s.range })) ?? null,
      judgment: item.judgment
        ? {
            statement: item.judgment.statement,
            likelihood: item.judgment.likelihood,
            confidence: item.judgment.confidence,
            rationale: item.judgment.rationale,
            whatWouldChange: item.judgment.whatWouldChange,
            by: item.judgment.authorName,
            dissents: item.judgment.dissents.map((d) => ({ by: d.authorName, text: d.text, at: d.createdAt })),
          }
        : null,
    })),
  };
}

const fixed = (n: number | null, digits = 2) => (n === null ? "—" : n.toFixed(digits));

function sessionMarkdown(view: SessionView) {
  const names = new Map(view.participants.map((p) => [p.userId, p.name]));
  const lines = [
    `# ${view.session.title}`,
    "",
    `Facilitator: ${view.session.facilitatorName} · Phase: ${view.session.phase.toLowerCase()} · Opened ${view.session.createdAt.toISOString().slice(0, 10)}${view.session.closedAt ? ` · Closed ${view.session.closedAt.toISOString().slice(0, 10)}` : ""}`,
    "",
    `Participants: ${view.participants.map((p) => p.name).join(", ")}`,
    "",
    "## Agreement (Krippendorff's alpha, ordinal)",
    "",
    ...view.agreement.map((a) => `- ${scales[a.scale].name}: ${a.result.alpha === null ? `undefined (${a.result.explanation})` : `${fixed(a.result.alpha, 3)} — ${a.reading}`}`),
  ];
  for (const item of view.items) {
    lines.push("", `## ${item.kind === "dispute" ? "Dispute" : "Claim"}: ${item.title}`, "");
    if (!item.revealedAt) {
      lines.push("Ratings not revealed.");
    } else {
      for (const s of item.summary?.perScale ?? []) {
        const given = item.ratings.filter((r) => r.scale === s.scale).map((r) => `${names.get(r.raterId) ?? "former member"}: ${scaleLabel(r.scale as ScaleName, r.value)}`);
        lines.push(`- ${scales[s.scale].name} (sd ${fixed(s.sd)}, range ${s.range ?? "—"}): ${given.join("; ") || "no ratings"}`);
      }
    }
    const j = item.judgment;
    if (j) {
      lines.push("", `**Judgment** (${j.authorName}): ${j.statement}`, "", `- Likelihood: ${j.likelihood}`, `- Confidence: ${j.confidence}`, `- Rationale: ${j.rationale}`, `- What would change it: ${j.whatWouldChange}`);
      for (const d of j.dissents) lines.push(`- **Dissent** (${d.authorName}): ${d.text}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
