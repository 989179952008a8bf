import type { AchMatrix as Matrix } from "@/lib/ach/read-matrix";
import { cellKey, consistencyCodes, consistencyLabels, formatScore, weightLabels, type Consistency, type MatrixScore } from "@/lib/ach/score";
import styles from "./ach.module.css";

export type AchMode = "team" | "mine";

const codeClass = (code: Consistency | null | undefined) => (code ? styles[`c${code}`] : styles.unrated);

/** Diagnosticity in words, from the spread of a row's ratings across hypotheses. */
export function diagnosticWord(row: { diagnostic: boolean; spread: number }, rated: number) {
  if (rated < 2) return { word: "Not yet", level: 0 };
  if (!row.diagnostic) return { word: "None", level: 0 };
  return row.spread >= 3 ? { word: "High", level: 3 } : row.spread === 2 ? { word: "Medium", level: 2 } : { word: "Low", level: 1 };
}

function Code({ code }: { code: Consistency }) {
  return (
    <>
      <span className={styles.code} aria-hidden="true">{code}</span>
      <span className="sr-only">{`${code}, ${consistencyLabels[code]}`}</span>
    </>
  );
}

type Props = { matrix: Matrix; mode: AchMode; slug: string; score: MatrixScore; raterNames: Record<string, string> };

/**
 * The ACH matrix: hypotheses as columns, evidence as rows with their weights, each
 * cell colour-coded with its code, then the weighted scores and the ranking.
 * In "mine" mode every cell is a labelled select of the caller's own rating.
 */
export function AchMatrix({ matrix, mode, slug, score, raterNames }: Props) {
  const { hypotheses, evidence, team, mine } = matrix;
  const byRow = new Map(score.evidence.map((e) => [e.id, e]));
  const byHypothesis = new Map(score.hypotheses.map((h) => [h.id, h]));
  const ratingsOf = (h: string, e: string) => matrix.ratings.filter((r) => r.hypothesisId === h && r.evidenceId === e);
  const codeOf = (h: string, e: string) => (mode === "mine" ? mine.cells[cellKey(h, e)] : team.cells[cellKey(h, e)]?.code) ?? null;
  // Only worth saying when the scores actually separate the hypotheses.
  const separated = new Set(score.hypotheses.map((h) => h.inconsistency)).size > 1;

  return (
    <div className={styles.scroller}>
      <table className={styles.matrix}>
        <caption className="sr-only">
          {mode === "mine" ? "Your ratings" : "Team ratings (median of reviewers)"}: {hypotheses.length} hypotheses against {evidence.length} pieces of evidence
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.evidenceHead}>Evidence</th>
            <th scope="col" className={styles.num} title="Credibility weight × relevance weight">Cred. · Rel.</th>
            <th scope="col" className={styles.num}>Weight</th>
            <th scope="col">Diagnostic</th>
            {hypotheses.map((h) => (
              <th scope="col" key={h.id} className={styles.hypothesisHead}>
                <span className={styles.hLabel}>{h.label}</span>
                {separated && byHypothesis.get(h.id)?.rank === 1 && <span className={styles.lead}>least inconsistent</span>}
                <span className={styles.hStatement}>{h.statement}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evidence.map((e, index) => {
            const row = byRow.get(e.id)!;
            const rated = hypotheses.filter((h) => codeOf(h.id, e.id) && codeOf(h.id, e.id) !== "NA").length;
            const diag = diagnosticWord(row, rated);
            const label = `E${index + 1}`;
            return (
              <tr key={e.id} className={`${row.diagnostic ? styles.diagnosticRow : ""} ${row.counted ? "" : styles.excludedRow}`}>
                <th scope="row" className={styles.evidenceCell}>
                  <div className={styles.evidenceInner}>
                  <span className={styles.eLabel}>{label}</span>
                  <span className={styles.eText}>
                    {e.claimId ? <a href={`/w/${slug}/claims/${e.claimId}`}>{e.description}</a> : e.incidentId ? <a href={`/w/${slug}/incidents/${e.incidentId}`}>{e.description}</a> : e.description}
                  </span>
                  <span className={styles.flags}>
                    <span className={styles.kind}>{e.claimId ? "Claim" : e.incidentId ? "Incident" : e.excerptId ? "Passage" : "Note"}</span>
                    {e.possiblyDeceptive && <span className={styles.deceptive}>Possibly deceptive</span>}
                    {!row.counted && <span className={styles.excludedTag}>Excluded from scores</span>}
                  </span>
                  </div>
                </th>
                <td className={styles.num}>
                  <span className={styles.weightPair}>
                    {weightLabels[e.credibility]} · {weightLabels[e.relevance]}
                  </span>
                </td>
                <td className={`${styles.num} ${styles.weight}`}>×{row.weight}</td>
                <td>
                  <span className={styles.diag} data-level={diag.level}>
                    <span className={styles.diagBars} aria-hidden="true">
                      <i /><i /><i />
                    </span>
                    {diag.word}
                  </span>
                </td>
                {hypotheses.map((h) =>
                  mode === "mine" ? (
                    <MyCell key={h.id} hypothesis={h} evidenceLabel={label} evidenceId={e.id} code={mine.cells[cellKey(h.id, e.id)] ?? null} version={ratingsOf(h.id, e.id).find((r) => r.raterId === mine.raterId)?.version} />
                  ) : (
                    <TeamCellView key={h.id} cell={team.cells[cellKey(h.id, e.id)]} ratings={ratingsOf(h.id, e.id)} raterNames={raterNames} />
                  ),
                )}
              </tr>
            );
          })}
          {evidence.length === 0 && (
            <tr>
              <td colSpan={4 + hypotheses.length} className="empty">No evidence yet. Editors add rows from the dispute&rsquo;s claims and incidents below.</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className={styles.scoreRow}>
            <th scope="row" colSpan={4}>
              Weighted inconsistency <small>Σ weight × (I −1, II −2); nearer 0 is better</small>
            </th>
            {hypotheses.map((h) => {
              const s = byHypothesis.get(h.id)!;
              return (
                <td key={h.id} className={`${styles.num} ${styles.score}`} data-testid={`inconsistency-${h.label}`}>
                  {formatScore(s.inconsistency)}
                </td>
              );
            })}
          </tr>
          <tr className={styles.rankRow}>
            <th scope="row" colSpan={4}>Rank <small>least inconsistent first</small></th>
            {hypotheses.map((h) => {
              const s = byHypothesis.get(h.id)!;
              const tied = score.hypotheses.filter((o) => o.rank === s.rank).length > 1;
              return (
                <td key={h.id} className={styles.num}>
                  <span className={s.rank === 1 ? styles.rankFirst : styles.rank}>{tied ? `=${s.rank}` : s.rank}</span>
                </td>
              );
            })}
          </tr>
          <tr className={styles.secondaryRow}>
            <th scope="row" colSpan={4}>
              Weighted consistency <small>Σ weight × (CC 2 … II −2), for reference only</small>
            </th>
            {hypotheses.map((h) => (
              <td key={h.id} className={styles.num}>
                {formatScore(byHypothesis.get(h.id)!.consistency)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

type Rating = Matrix["ratings"][number];

function TeamCellView({ cell, ratings, raterNames }: { cell?: Matrix["team"]["cells"][string]; ratings: Rating[]; raterNames: Record<string, string> }) {
  if (!cell?.code) {
    return (
      <td className={`${styles.cell} ${styles.unrated}`}>
        <span aria-hidden="true">·</span>
        <span className="sr-only">Not rated</span>
      </td>
    );
  }
  const who = ratings.map((r) => `${raterNames[r.raterId] ?? "Former member"}: ${r.consistency}`).join(" · ");
  return (
    <td className={`${styles.cell} ${codeClass(cell.code)} ${cell.disagrees ? styles.split : ""}`} title={who}>
      <Code code={cell.code} />
      {cell.disagrees && (
        <span className={styles.splitMark}>
          <span aria-hidden="true">◆</span>
          <span className="sr-only">Reviewers differ ({who})</span>
        </span>
      )}
      {cell.count > 1 && <span className={styles.count} aria-label={`${cell.count} ratings`}>{cell.count}</span>}
    </td>
  );
}

function MyCell({ hypothesis, evidenceLabel, evidenceId, code, version }: { hypothesis: { id: string; label: string }; evidenceLabel: string; evidenceId: string; code: Consistency | null; version?: number }) {
  const key = `${hypothesis.id}:${evidenceId}`;
  return (
    <td className={`${styles.cell} ${styles.myCell} ${codeClass(code)}`}>
      <input type="hidden" name={`was:${key}`} value={code ?? ""} />
      {version !== undefined && <input type="hidden" name={`version:${key}`} value={version} />}
      <select name={`cell:${key}`} defaultValue={code ?? ""} aria-label={`${evidenceLabel} against ${hypothesis.label}: your rating`} key={`${key}-${version ?? 0}-${code}`}>
        <option value="">Not rated</option>
        {consistencyCodes.map((c) => (
          <option key={c} value={c}>
            {c} — {consistencyLabels[c]}
          </option>
        ))}
      </select>
    </td>
  );
}
