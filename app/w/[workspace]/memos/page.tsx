import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { styleInfo, isCitationStyle } from "@/lib/citations/styles";
import { formatDate } from "@/lib/dates";
import { listMemos, memoChoices } from "@/lib/memos/read-memos";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { NewMemoForm } from "@/components/memos/NewMemoForm";
import styles from "@/components/memos/memo.module.css";
import { createMemoAction } from "./actions";

export const metadata: Metadata = { title: "Memos" };

export default async function MemosPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/memos`);
  const [workspace, memos, choices] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listMemos(caller, slug), memoChoices(caller, slug)]));
  const canEdit = roleAllows(workspace.role, "edit");
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Assessment memos</h1>
          <p>Bottom line up front, key judgments with ICD 203 likelihood and confidence, the claims and counterclaims with their evidence, and every quote cited to its exact words.</p>
        </div>
      </div>
      <div className={styles.listGrid}>
        <section className="panel" aria-labelledby="memos-heading">
          <h2 id="memos-heading">Memos</h2>
          {memos.length === 0 ? (
            <p className="empty">No memos yet.{canEdit ? " Start one from a dispute." : ""}</p>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Version</th>
                  <th scope="col">Citation style</th>
                  <th scope="col">Last saved</th>
                </tr>
              </thead>
              <tbody>
                {memos.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <a href={`/w/${slug}/memos/${m.id}`}>{m.title}</a>
                    </td>
                    <td>v{m.version}</td>
                    <td>{isCitationStyle(m.citationStyle) ? styleInfo(m.citationStyle).label : m.citationStyle}</td>
                    <td>{formatDate(m.updatedAt, "DAY")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {canEdit && (
          <section className="panel" aria-labelledby="new-memo-heading">
            <h2 id="new-memo-heading">New memo</h2>
            <NewMemoForm action={createMemoAction.bind(null, slug)} disputes={choices.disputes} />
          </section>
        )}
      </div>
    </main>
  );
}
