import { formatDate } from "@/lib/dates";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import { stances } from "@/lib/evidence/schemas";
import styles from "../board.module.css";
import { Passage } from "../Passage";

type Evidence = ClaimDetail["evidence"][number];

const stanceClass = { SUPPORTS: styles.supports, CONTRADICTS: styles.contradicts, CONTEXT: styles.context };
const stanceHeading = { SUPPORTS: "For", CONTRADICTS: "Against", CONTEXT: "Context" };
const attributionWords = { CLAIMED: "claimed", ATTRIBUTED: "attributed", DENIED: "denied", UNCLAIMED: "unclaimed" };

function Incident({ incident, slug }: { incident: NonNullable<Evidence["incident"]>; slug: string }) {
  const facts = [
    formatDate(incident.occurredOn, incident.datePrecision),
    incident.province,
    incident.killedBest !== null ? `${incident.killedBest} killed (best estimate)` : "toll unknown",
    attributionWords[incident.attribution],
  ].filter(Boolean);
  return (
    <>
      <span className={styles.kindTag}>Incident</span>
      <a href={`/w/${slug}/incidents/${incident.id}`}>{incident.title}</a>
      <small> · {facts.join(" · ")}</small>
    </>
  );
}

function EvidenceItem({ link, slug }: { link: Evidence; slug: string }) {
  return (
    <li>
      {link.excerpt && <Passage excerpt={link.excerpt} slug={slug} />}
      {link.incident && <Incident incident={link.incident} slug={slug} />}
      {link.fromClaim && (
        <>
          <span className={styles.kindTag}>Claim</span>
          <a href={`/w/${slug}/claims/${link.fromClaim.id}`}>{link.fromClaim.statement}</a>
          {link.fromClaim.claimant && <small> — {link.fromClaim.claimant.name}</small>}
        </>
      )}
      {link.note && <span className={styles.note}>{link.note}</span>}
    </li>
  );
}

/** The evidence for, against and around a claim, grouped by stance. */
export function ClaimEvidence({ evidence, slug, standalone = false }: { evidence: Evidence[]; slug: string; standalone?: boolean }) {
  // On a card it is a small section under the claim; on the claim's page, a panel of its own.
  const Heading = standalone ? "h2" : "h4";
  const counts = stances
    .map((stance) => ({ stance, count: evidence.filter((e) => e.stance === stance).length }))
    .filter(({ count }) => count > 0)
    .map(({ stance, count }) => `${count} ${stanceHeading[stance].toLowerCase()}`);
  return (
    <section className={standalone ? "panel" : styles.section}>
      <Heading className={standalone ? styles.pageTitle : styles.sectionTitle}>
        Evidence <span>{evidence.length ? counts.join(" · ") : ""}</span>
      </Heading>
      {evidence.length === 0 && <p className={styles.nothing}>No evidence linked yet.</p>}
      {stances.map((stance) => {
        const group = evidence.filter((e) => e.stance === stance);
        if (!group.length) return null;
        return (
          <div key={stance} className={styles.stanceGroup}>
            <span className={`${styles.stanceLabel} ${stanceClass[stance]}`}>
              {stanceHeading[stance]}
            </span>
            <ul className={styles.evidenceList}>
              {group.map((link) => (
                <EvidenceItem key={link.id} link={link} slug={slug} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
