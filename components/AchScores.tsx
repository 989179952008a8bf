import type { AchMatrix } from "@/lib/ach/read-matrix";
import { consistencyCodes, consistencyLabels, formatScore, weightValue, type MatrixScore } from "@/lib/ach/score";
import styles from "./ach.module.css";

type Hypothesis = AchMatrix["hypotheses"][number];

/** The hypotheses in rank order, each with a bar for how much weighted evidence stands against it. */
export function AchRanking({ hypotheses, score, title }: { hypotheses: Hypothesis[]; score: MatrixScore; title: string }) {
  const byId = new Map(hypotheses.map((h) => [h.id, h]));
  const scores = new Map(score.hypotheses.map((s) => [s.id, s]));
  const worst = Math.max(1, ...score.hypotheses.map((s) => -s.inconsistency));
  return (
    <section className={styles.ranking} aria-labelledby="ach-ranking">
      <h2 id="ach-ranking">{title}</h2>
      <ol>
        {score.ranking.map((id) => {
          const h = byId.get(id)!;
          const s = scores.get(id)!;
          return (
            <li key={id} className={s.rank === 1 ? styles.top : undefined}>
              <span className={styles.rankNo}>{s.rank}</span>
              <span className={styles.rankText}>
                <strong>{h.label}</strong> {h.statement}
              </span>
              {/* SVG attributes, not a style attribute: the content security policy forbids inline styles. */}
              <svg className={styles.bar} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                <rect width="100" height="8" rx="4" className={styles.barTrack} />
                <rect width={(-s.inconsistency / worst) * 100} height="8" rx="4" className={styles.barFill} />
              </svg>
              <span className={styles.rankScore}>
                {formatScore(s.inconsistency)}
                <small>
                  {s.inconsistentCells} of {s.ratedCells} against
                </small>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Each reviewer's own scores beside the team's, so a split in the team shows as a split in the ranking. */
export function AchReviewerScores({ matrix }: { matrix: AchMatrix }) {
  const { hypotheses, byRater, team } = matrix;
  const cells = (score: MatrixScore) =>
    hypotheses.map((h) => {
      const s = score.hypotheses.find((x) => x.id === h.id)!;
      return (
        <td key={h.id} className={styles.num}>
          {formatScore(s.inconsistency)} <span className={s.rank === 1 ? styles.rankFirst : styles.rank}>{s.rank}</span>
        </td>
      );
    });
  return (
    <section className="panel" aria-labelledby="ach-by-reviewer">
      <h2 id="ach-by-reviewer">Scores by reviewer</h2>
      <p className={styles.note}>Weighted inconsistency and rank from each reviewer&rsquo;s own ratings.</p>
      {byRater.length === 0 ? (
        <p className="empty">No one has rated a cell yet.</p>
      ) : (
        <table className={styles.small}>
          <thead>
            <tr>
              <th scope="col">Reviewer</th>
              {hypotheses.map((h) => (
                <th scope="col" key={h.id} className={styles.num}>{h.label}</th>
              ))}
              <th scope="col" className={styles.num}>Cells</th>
            </tr>
          </thead>
          <tbody>
            {byRater.map((r) => (
              <tr key={r.rater.id}>
                <th scope="row">{r.rater.name}</th>
                {cells(r.score)}
                <td className={styles.num}>{Object.keys(r.cells).length}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Team (median)</th>
              {cells(team.score)}
              <td className={styles.num}>{Object.values(team.cells).filter((c) => c.code).length}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

export function AchLegend() {
  return (
    <ul className={styles.legend} aria-label="Ratings">
      {consistencyCodes.map((c) => (
        <li key={c}>
          <span className={`${styles.swatch} ${styles[`c${c}`]}`} aria-hidden="true">{c}</span> {consistencyLabels[c]}
        </li>
      ))}
      <li>
        <span className={`${styles.swatch} ${styles.split}`} aria-hidden="true">◆</span> Reviewers differ
      </li>
    </ul>
  );
}

/** How the scores are computed, stated where the scores are read. */
export function AchMethods() {
  return (
    <section className="panel" aria-labelledby="ach-methods">
      <h2 id="ach-methods">Method</h2>
      <ul className={styles.methods}>
        <li>
          <strong>Weights.</strong> Credibility and relevance are each Low ×{weightValue.LOW}, Medium ×{weightValue.MEDIUM} or High ×{weightValue.HIGH}; a row weighs
          credibility × relevance (from ×0.25 to ×4).
        </li>
        <li>
          <strong>Weighted inconsistency</strong> (Heuer): each I counts −1 and each II −2, times the row&rsquo;s weight; CC, C, N and NA count 0. Hypotheses are
          ranked from the least inconsistent. ACH looks for the hypothesis with the least evidence against it, not the most for it.
        </li>
        <li>
          <strong>Weighted consistency</strong> adds every rating (CC 2, C 1, N 0, I −1, II −2) times the weight. It is shown for reference and does not rank.
        </li>
        <li>
          <strong>Diagnostic evidence</strong> is rated differently across hypotheses (ignoring NA). A row rated the same everywhere does not help choose. Level:
          spread of 1 step Low, 2 Medium, 3 or more High.
        </li>
        <li>
          <strong>Team view.</strong> Reviewers rate independently. A team cell is the median of their ratings; with an even number, the more inconsistent of the two
          middle ratings. It is NA only if all said NA. ◆ marks cells where reviewers differ: the ones to discuss.
        </li>
        <li>
          <strong>Possibly deceptive</strong> evidence can be left out of all scores with the toggle, to see whether the ranking rests on it.
        </li>
      </ul>
    </section>
  );
}
