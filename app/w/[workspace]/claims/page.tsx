import type { Metadata } from "next";
import styles from "@/components/board.module.css";
import { kindLabel } from "@/components/claims/claim-words";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listClaims } from "@/lib/claims/read-claims";
import { formatDate, isoDay } from "@/lib/dates";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/claims`);
  const [workspace, claims] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listClaims(caller, slug)]));
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Claims</h1>
          <p>Every claim and counterclaim in {workspace.name}, newest first, with where it is quoted and how much evidence bears on it.</p>
        </div>
        {roleAllows(workspace.role, "edit") && (
          <a className="button" href={`/w/${slug}/claims/new`}>
            New claim
          </a>
        )}
      </div>
      {claims.length === 0 ? (
        <p className="empty">No claims yet.</p>
      ) : (
        <table className="data">
          <caption className="sr-only">Claims ({claims.length})</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Kind</th>
              <th scope="col">Claimant</th>
              <th scope="col">Made</th>
              <th scope="col" className={styles.num}>Passages</th>
              <th scope="col" className={styles.num}>Evidence</th>
              <th scope="col" className={styles.num}>Disputes</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id}>
                <td className={styles.statementCell}>
                  <a href={`/w/${slug}/claims/${claim.id}`}>{claim.statement}</a>
                </td>
                <td>
                  <span className="badge">{kindLabel(claim.kind)}</span>
                </td>
                <td>
                  {claim.claimant?.name ?? <span className="muted">Unattributed</span>}
                  {claim.onBehalfOf && claim.onBehalfOf.id !== claim.claimant?.id && <small> for {claim.onBehalfOf.name}</small>}
                </td>
                <td>
                  <time dateTime={isoDay(claim.madeAt) ?? undefined}>{formatDate(claim.madeAt, claim.madePrecision)}</time>
                </td>
                <td className={styles.num}>{claim._count.appearances}</td>
                <td className={styles.num}>{claim._count.evidence}</td>
                <td className={styles.num}>{claim._count.disputes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
