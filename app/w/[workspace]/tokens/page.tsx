import type { Metadata } from "next";
import { CreateTokenForm, RevokeTokenButton } from "@/components/forms/TokenForms";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { pageCaller, pageRead } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "API tokens" };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "—");

export default async function TokensPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/tokens`);
  const tokens = await pageRead(() => listApiTokens(caller, slug));
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>API tokens</h1>
          <p>
            A token lets a script use the JSON API (<code>/api/v1</code>) as you, with your role, in this workspace only. Send it as{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>. Only a fingerprint is stored; the token is shown once.
          </p>
        </div>
      </div>
      <table className="data">
        <caption className="sr-only">Your API tokens in this workspace</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Status</th>
            <th scope="col">Revoke</th>
          </tr>
        </thead>
        <tbody>
          {tokens.length === 0 && (
            <tr>
              <td colSpan={4} className="empty">
                No tokens yet.
              </td>
            </tr>
          )}
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>{when(t.createdAt)}</td>
              <td>{t.revokedAt ? `Revoked ${when(t.revokedAt)}` : <span className="badge affirm">Active</span>}</td>
              <td>{!t.revokedAt && <RevokeTokenButton workspace={slug} id={t.id} name={t.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreateTokenForm workspace={slug} />
    </main>
  );
}
