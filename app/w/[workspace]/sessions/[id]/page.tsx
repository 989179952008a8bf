import type { Metadata } from "next";
import { AgreementPanel } from "@/components/reviews/AgreementPanel";
import { DissentForm } from "@/components/reviews/DissentForm";
import { ItemRatingForm } from "@/components/reviews/ItemRatingForm";
import { JudgmentForm } from "@/components/reviews/JudgmentForm";
import { JudgmentRecord } from "@/components/reviews/JudgmentRecord";
import { PhaseBanner } from "@/components/reviews/PhaseBanner";
import { RatingsByRater, RevealedRatings } from "@/components/reviews/RevealedRatings";
import { SessionLive } from "@/components/reviews/SessionLive";
import { StepButton } from "@/components/reviews/StepButton";
import styles from "@/components/reviews/reviews.module.css";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { sessionTitle } from "@/lib/page-titles";
import { getSession, type SessionItemView } from "@/lib/reviews/read-sessions";
import { sessionScales } from "@/lib/reviews/session-scales";
import { closeAction, dissentAction, finishAction, judgmentAction, rateItemAction, revealAction } from "../actions";

type Params = { params: Promise<{ workspace: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/sessions/${id}`);
  return { title: await pageRead(() => sessionTitle(caller, slug, id)) };
}

export default async function SessionPage({ params }: Params) {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/sessions/${id}`);
  const view = await pageRead(() => getSession(caller, slug, id));
  const { session, me } = view;
  const open = session.phase !== "CLOSED";
  const names = Object.fromEntries(view.participants.map((p) => [p.userId, p.name]));
  const finished = view.participants.filter((p) => p.finishedAt).length;
  const myself = view.participants.find((p) => p.userId === me.userId);
  const anyRevealed = view.items.some((i) => i.revealedAt);
  const anyBlind = view.items.some((i) => !i.revealedAt);
  const api = `/api/v1/workspaces/${slug}/sessions/${session.id}`;

  const itemBody = (item: SessionItemView) => {
    if (!item.revealedAt) {
      return (
        <>
          {me.isParticipant && open ? (
            <ItemRatingForm
              action={rateItemAction.bind(null, slug, session.id, item.id, sessionScales[item.kind], Object.fromEntries(item.mine.map((r) => [r.scale, { id: r.id, value: r.value }])))}
              itemId={item.id}
              itemScales={sessionScales[item.kind]}
              mine={Object.fromEntries(item.mine.map((r) => [r.scale, r]))}
              title={item.title}
            />
          ) : (
            <p className={styles.hiddenNote}>Ratings stay hidden until the facilitator reveals this item.</p>
          )}
          {me.isFacilitator && open && (
            <div className={styles.actions}>
              <StepButton action={revealAction.bind(null, slug, session.id)} hidden={{ itemId: item.id }} label="Reveal this item" pendingLabel="Revealing…" secondary />
            </div>
          )}
        </>
      );
    }
    return (
      <>
        <RevealedRatings item={item} names={names} />
        <RatingsByRater item={item} names={names} />
        {item.judgment && <JudgmentRecord judgment={item.judgment} />}
        {item.judgment && open && me.isParticipant && item.judgment.authorId !== me.userId && (
          <details style={{ marginTop: "0.6rem" }}>
            <summary>Dissent from this judgment</summary>
            <DissentForm action={dissentAction.bind(null, slug, session.id)} judgmentId={item.judgment.id} />
          </details>
        )}
        {me.isFacilitator && open && (
          <details style={{ marginTop: "0.75rem" }} open={!item.judgment}>
            <summary>{item.judgment ? "Revise the judgment" : "Record the team's judgment"}</summary>
            <JudgmentForm action={judgmentAction.bind(null, slug, session.id)} itemId={item.id} existing={item.judgment ?? undefined} />
          </details>
        )}
      </>
    );
  };

  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}/sessions`}>Review sessions</a> /
          </p>
          <h1>{session.title}</h1>
          <p className="muted">
            Facilitated by {session.facilitatorName} · opened {session.createdAt.toISOString().slice(0, 10)}
            {session.closedAt && ` · closed ${session.closedAt.toISOString().slice(0, 10)}`}
          </p>
        </div>
        <div className={styles.actions}>
          {me.isFacilitator && open && anyBlind && <StepButton action={revealAction.bind(null, slug, session.id)} label="Reveal all items" pendingLabel="Revealing…" />}
          {me.isFacilitator && open && (
            <StepButton action={closeAction.bind(null, slug, session.id)} label="Close session" pendingLabel="Closing…" secondary confirm="Close this session? Items still blind are revealed and nothing can be changed afterwards." />
          )}
          <a className="button secondary" href={`${api}/export?format=markdown`} download>
            Export Markdown
          </a>
          <a className="button secondary" href={`${api}/export?format=json`} download>
            Export JSON
          </a>
        </div>
      </div>
      <PhaseBanner phase={session.phase} />
      <div className={styles.layout}>
        <div>
          {anyRevealed && <AgreementPanel agreement={view.agreement} />}
          {view.items.map((item) => (
            <article key={item.id} className={styles.item} aria-labelledby={`item-${item.id}`}>
              <p className={styles.itemHead}>
                <span className={`badge ${item.kind === "dispute" ? "dispute" : "affirm"}`}>{item.kind === "dispute" ? "Dispute" : "Claim"}</span>
                <span className="badge">{item.revealedAt ? "Revealed" : "Blind"}</span>
                <a href={`/w/${slug}/${item.kind === "dispute" ? "disputes" : "claims"}/${item.targetId}`}>Open {item.kind}</a>
              </p>
              <h2 id={`item-${item.id}`}>{item.title}</h2>
              {itemBody(item)}
            </article>
          ))}
        </div>
        <aside className={`panel ${styles.side}`} aria-labelledby="progress-heading">
          <h2 id="progress-heading">
            {finished} of {view.participants.length} finished
          </h2>
          <ul className={styles.people}>
            {view.participants.map((p) => (
              <li key={p.userId}>
                <span>
                  {p.name}
                  {p.userId === session.facilitatorId && <span className={styles.who}>facilitator</span>}
                </span>
                {p.finishedAt ? <span className={styles.done}>Finished</span> : <span className={styles.waiting}>Rating</span>}
              </li>
            ))}
          </ul>
          {me.isParticipant && open && myself && !myself.finishedAt && anyBlind && (
            <div className={styles.actions}>
              <StepButton action={finishAction.bind(null, slug, session.id)} label="I have finished rating" pendingLabel="Saving…" />
            </div>
          )}
          {open && <SessionLive url={`${api}/events`} after={view.lastEventId} />}
        </aside>
      </div>
    </main>
  );
}
