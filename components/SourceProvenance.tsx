import type { ChoicesAnswer } from "@/app/w/[workspace]/choices-actions";
import type { FormState } from "@/lib/actions/form-state";
import { derivationKindLabels, type SourceProvenanceData } from "@/lib/sources/derivations";
import { DerivationForm } from "./forms/DerivationForm";
import styles from "./provenance.module.css";

type Props = {
  slug: string;
  provenance: SourceProvenanceData;
  /** Present for editors and above; the server checks again. */
  markAction?: (state: FormState, data: FormData) => Promise<FormState>;
  removeAction?: (derivationId: string) => Promise<void>;
  searchSources: (q: string) => Promise<ChoicesAnswer<{ id: string; title: string; publisher: string }>>;
};

const kindOptions = Object.entries(derivationKindLabels).map(([value, label]) => ({ value, label: label[0].toUpperCase() + label.slice(1) }));

function Remove({ action, label }: { action?: () => Promise<void>; label: string }) {
  if (!action) return null;
  return (
    <form action={action} className={styles.remove}>
      <button type="submit" className="secondary" aria-label={`Remove: ${label}`}>
        Remove
      </button>
    </form>
  );
}

/**
 * Where this source's text comes from and who repeats it. Corroboration counts
 * origins, so copies marked here count once on the dispute board.
 */
export function SourceProvenance({ slug, provenance, markAction, removeAction, searchSources }: Props) {
  const { derivedFrom, copies, others } = provenance;
  return (
    <section className="panel" aria-labelledby="provenance-heading">
      <h2 id="provenance-heading">Provenance</h2>
      <p className="muted">Copies, quotations, translations and summaries count as one origin with what they repeat.</p>
      <h3 className={styles.subhead}>Derived from</h3>
      {derivedFrom.length === 0 ? (
        <p className="empty">An original, as far as anyone has marked.</p>
      ) : (
        <ul className={styles.list} aria-label="Derived from">
          {derivedFrom.map((d) => (
            <li key={d.id}>
              <span className="badge">{derivationKindLabels[d.kind]}</span> <a href={`/w/${slug}/sources/${d.origin.id}`}>{d.origin.title}</a>
              {d.origin.publisher && <small> — {d.origin.publisher}</small>}
              {d.note && <p className={styles.note}>{d.note}</p>}
              <Remove action={removeAction?.bind(null, d.id)} label={`derived from ${d.origin.title}`} />
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.subhead}>Derived copies</h3>
      {copies.length === 0 ? (
        <p className="empty">No source is marked as repeating this one.</p>
      ) : (
        <ul className={styles.list} aria-label="Derived copies">
          {copies.map((d) => (
            <li key={d.id}>
              <a href={`/w/${slug}/sources/${d.source.id}`}>{d.source.title}</a> <span className="badge">{derivationKindLabels[d.kind]} this</span>
              {d.source.publisher && <small> — {d.source.publisher}</small>}
              {d.note && <p className={styles.note}>{d.note}</p>}
              <Remove action={removeAction?.bind(null, d.id)} label={`${d.source.title} derived from this`} />
            </li>
          ))}
        </ul>
      )}
      {markAction && others.length > 0 && (
        <details className={styles.drawer}>
          <summary>Mark a derivation</summary>
          <DerivationForm action={markAction} others={others} search={searchSources} kinds={kindOptions} />
        </details>
      )}
    </section>
  );
}
