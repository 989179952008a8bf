import type { Metadata } from "next";
import { NewSessionForm } from "@/components/reviews/NewSessionForm";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows, roleLabels } from "@/lib/auth/roles";
import { listClaims } from "@/lib/claims/read-claims";
import { listDisputes } from "@/lib/disputes/read-disputes";
import { listSessions } from "@/lib/reviews/read-sessions";
import { listMembers } from "@/lib/workspaces/members";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { createSessionAction } from "./actions";

export const metadata: Metadata = { title: "Review sessions" };

const phaseWords = { BLIND: "Rating blind", REVEAL: "Revealing", DECIDE: "Deciding", CLOSED: "Closed" } as const;

export default async function SessionsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/sessions`);
  const [workspace, sessions] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listSessions(caller, slug)]));
  const canOpen = roleAllows(workspace.role, "edit");
  const [disputes, claims, members] = canOpen ? await Promise.all([listDisputes(caller, slug), listClaims(caller, slug), listMembers(caller, slug)]) : [[], [], []];
  const raters = members.filter((m) => roleAllows(m.role, "rate") && m.userId !== caller.userId);

  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Review sessions</h1>
          <p className="muted">Rate blind, reveal, measure agreement, then record the judgment and any dissent.</p>
        </div>
      </div>
      <div className={canOpen ? "grid-2" : undefined}>
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Sessions</h2>
          {sessions.length === 0 ? (
            <p className="empty">No review sessions yet.</p>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Session</th>
                  <th scope="col">Phase</th>
                  <th scope="col">Finished rating</th>
                  <th scope="col">Facilitator</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <a href={`/w/${slug}/sessions/${s.id}`}>{s.title}</a>
                      <div className="muted">{s.items} item{s.items === 1 ? "" : "s"} · opened {s.createdAt.toISOString().slice(0, 10)}</div>
                    </td>
                    <td>
                      <span className={`badge${s.phase === "CLOSED" ? "" : " context"}`}>{phaseWords[s.phase]}</span>
                    </td>
                    <td>
                      {s.finished} of {s.participants}
                    </td>
                    <td>{s.facilitator}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {canOpen && (
          <section className="panel" aria-labelledby="new-session-heading">
            <h2 id="new-session-heading">New session</h2>
            <NewSessionForm
              action={createSessionAction.bind(null, slug)}
              disputes={disputes.map((d) => ({ id: d.id, label: d.proposition }))}
              claims={claims.map((c) => ({ id: c.id, label: c.statement, hint: c.claimant?.name }))}
              members={raters.map((m) => ({ id: m.userId, label: m.user.name, hint: roleLabels[m.role] }))}
            />
          </section>
        )}
      </div>
    </main>
  );
}
