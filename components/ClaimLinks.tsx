import { AddClaimLinkForm, UnlinkButton } from "@/components/forms/ClaimLinkForms";
import type { Caller } from "@/lib/auth/caller";
import { claimLinkWords } from "@/lib/claims/link-schemas";
import { linkTargets, listClaimLinks } from "@/lib/claims/links";
import { formatDate } from "@/lib/dates";
import styles from "./relations.module.css";

type Props = { caller: Caller; slug: string; claimId: string; canEdit: boolean };

const short = (text: string, n = 110) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Typed links both ways: what this claim says about others, and what others say about it. */
export async function ClaimLinks({ caller, slug, claimId, canEdit }: Props) {
  const [{ outgoing, incoming }, targets] = await Promise.all([listClaimLinks(caller, slug, claimId), canEdit ? linkTargets(caller, slug) : null]);
  const rows = [
    ...outgoing.map((l) => ({
      id: l.id,
      type: l.type,
      words: claimLinkWords[l.type].forward,
      href: l.toClaim ? `/w/${slug}/claims/${l.toClaim.id}` : `/w/${slug}/incidents/${l.incident!.id}`,
      text: l.toClaim ? l.toClaim.statement : l.incident!.title,
      meta: l.toClaim ? l.toClaim.claimant?.name : l.incident ? formatDate(l.incident.occurredOn, l.incident.datePrecision) : undefined,
      note: l.note,
    })),
    ...incoming.map((l) => ({
      id: l.id,
      type: l.type,
      words: claimLinkWords[l.type].backward,
      href: `/w/${slug}/claims/${l.fromClaim.id}`,
      text: l.fromClaim.statement,
      meta: l.fromClaim.claimant?.name,
      note: l.note,
    })),
  ];
  return (
    <section className="panel" aria-labelledby="links-heading">
      <h2 id="links-heading">
        Linked claims and incidents <small>({rows.length || "none"})</small>
      </h2>
      {rows.length === 0 && <p className="empty">No links yet.</p>}
      {rows.length > 0 && (
        <ul className={styles.links}>
          {rows.map((r) => (
            <li key={r.id}>
              <span className={`${styles.type} ${styles[r.type]}`}>{r.words}</span>
              <span>
                <a href={r.href}>{short(r.text)}</a>
                {r.meta && <small className="muted"> · {r.meta}</small>}
                {r.note && <span className={styles.note}>{r.note}</span>}
              </span>
              {canEdit ? <UnlinkButton workspace={slug} claimId={claimId} linkId={r.id} label={`${r.words} ${short(r.text, 60)}`} /> : <span />}
            </li>
          ))}
        </ul>
      )}
      {targets && (
        <details>
          <summary>Add a link</summary>
          <AddClaimLinkForm
            workspace={slug}
            claimId={claimId}
            claims={targets.claims.map((c) => ({ id: c.id, label: short(`${c.statement}${c.claimant ? ` — ${c.claimant.name}` : ""}`, 120) }))}
            incidents={targets.incidents.map((i) => ({ id: i.id, label: `${formatDate(i.occurredOn, i.datePrecision)} — ${short(i.title, 100)}` }))}
          />
        </details>
      )}
    </section>
  );
}
