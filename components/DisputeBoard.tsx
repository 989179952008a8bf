import type { DisputeBoard as Board } from "@/lib/disputes/read-disputes";
import styles from "./board.module.css";
import { ClaimCard, type ClaimCardProps } from "./ClaimCard";
import { plural } from "./claims/claim-words";

type Side = Board["affirming"];

const statusWords = { OPEN: "Open", UNDER_REVIEW: "Under review", JUDGED: "Judged", CLOSED: "Closed" };

function Column({ side, entries, ...card }: { side: "affirms" | "disputes"; entries: Side } & Omit<ClaimCardProps, "claim" | "corroboration">) {
  const heading = side === "affirms" ? "Affirms" : "Disputes";
  const headingId = `${side}-heading`;
  const claimants = new Set(entries.map((e) => e.claim.claimant?.name ?? "Unattributed")).size;
  return (
    <section className={`${styles.column} ${side === "affirms" ? styles.affirm : styles.dispute}`} aria-labelledby={headingId}>
      <div className={styles.columnHead}>
        <h2 id={headingId}>
          {heading} <span className={styles.count}>{entries.length}</span>
          <span className="sr-only">{entries.length === 1 ? "claim" : "claims"}</span>
        </h2>
        <p>{entries.length ? `from ${plural(claimants, "claimant")}` : ""}</p>
      </div>
      <div className={styles.cards}>
        {entries.length === 0 && <p className="empty">No claim {side === "affirms" ? "affirms" : "disputes"} this yet.</p>}
        {entries.map((entry) => (
          <ClaimCard key={entry.claim.id} claim={entry.claim} corroboration={entry.corroboration} {...card} />
        ))}
      </div>
    </section>
  );
}

/** A contested proposition with the claims that affirm it and those that dispute it, side by side. */
export function DisputeBoard({ board, tools, ...card }: { board: Board; tools?: React.ReactNode } & Omit<ClaimCardProps, "claim" | "corroboration">) {
  const { dispute, affirming, disputing } = board;
  const rated = [...affirming, ...disputing].filter((e) => e.claim.ratings.length).length;
  return (
    <>
      <header className={styles.head}>
        <div>
          <p className="breadcrumb">
            <a href={`/w/${card.slug}`}>Disputes</a> /
          </p>
          <p className={styles.eyebrow}>
            Contested proposition <span className="badge">{statusWords[dispute.status]}</span>
          </p>
          <h1 className={styles.proposition}>{dispute.proposition}</h1>
          {dispute.summary && <p className={styles.summary}>{dispute.summary}</p>}
          <p className={styles.summary}><a href={`/w/${card.slug}/disputes/${dispute.id}/ach`}>ACH matrix</a> · competing hypotheses weighed against the evidence</p>
        </div>
        <dl className={styles.tally} aria-label="Tally">
          <div className={`${styles.tallyCell} ${styles.tallyAffirm}`}>
            <dt>Affirm</dt>
            <dd><strong>{affirming.length}</strong></dd>
          </div>
          <div className={`${styles.tallyCell} ${styles.tallyDispute}`}>
            <dt>Dispute</dt>
            <dd><strong>{disputing.length}</strong></dd>
          </div>
          <div className={styles.tallyCell}>
            <dt>Rated</dt>
            <dd><strong>{rated}</strong></dd>
          </div>
        </dl>
      </header>
      {tools}
      <div className={styles.columns}>
        <Column side="affirms" entries={affirming} {...card} />
        <Column side="disputes" entries={disputing} {...card} />
      </div>
    </>
  );
}
