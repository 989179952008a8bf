import { TagChip, TagPicker } from "@/components/forms/ClaimTagForms";
import type { Caller } from "@/lib/auth/caller";
import { listTags } from "@/lib/tags/read-tags";
import styles from "./relations.module.css";

type Props = { caller: Caller; slug: string; claimId: string; tags: { tag: { id: string; name: string; description: string } }[]; canEdit: boolean };

/** The claim's tags as chips; editors add terms from the workspace's vocabulary. */
export async function ClaimTags({ caller, slug, claimId, tags, canEdit }: Props) {
  const vocabulary = canEdit ? await listTags(caller, slug) : [];
  const applied = new Set(tags.map((t) => t.tag.id));
  const sorted = [...tags].sort((a, b) => a.tag.name.localeCompare(b.tag.name));
  return (
    <section className="panel" aria-labelledby="tags-heading">
      <h2 id="tags-heading">Tags</h2>
      {sorted.length === 0 ? (
        <p className="empty">No tags.</p>
      ) : (
        <ul className={styles.chips} aria-label="Tags on this claim">
          {sorted.map(({ tag }) => (
            <TagChip key={tag.id} workspace={slug} claimId={claimId} tag={tag} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit && <TagPicker workspace={slug} claimId={claimId} available={vocabulary.filter((t) => !applied.has(t.id))} />}
      {canEdit && vocabulary.length === 0 && <p className="empty">The workspace has no tags yet; owners add them on the Tags page.</p>}
    </section>
  );
}
