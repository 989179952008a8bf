import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { roleAllows } from "../auth/roles";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { ScaleName } from "../ratings/scales";
import { sessionAgreement, summariseItem, type CurrentRating } from "./agreement";
import { latestSessionEventId } from "./live";
import type { ItemKind } from "./session-scales";
import { visibleRatings, type VisibleRating } from "./visible-ratings";

export async function listSessions(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const sessions = await db.reviewSession.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { items: true } }, participants: { select: { userId: true, finishedAt: true } } },
  });
  const names = await userNames(sessions.map((s) => s.facilitatorId));
  return sessions.map((s) => ({
    id: s.id,
    title: s.title,
    phase: s.phase,
    createdAt: s.createdAt,
    closedAt: s.closedAt,
    items: s._count.items,
    participants: s.participants.length,
    finished: s.participants.filter((p) => p.finishedAt).length,
    facilitator: names.get(s.facilitatorId) ?? "former member",
  }));
}

async function userNames(ids: string[]) {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

const current = (ratings: VisibleRating[]): CurrentRating[] => ratings.filter((r) => r.current).map((r) => ({ id: r.id, raterId: r.raterId, scale: r.scale as ScaleName, value: r.value, rationale: r.rationale }));

/**
 * A session as the caller may see it: for each item the caller's own ratings (with
 * their history) always, everyone's ratings only once the item is revealed; who has
 * finished (names only); judgments and dissents. Revealed items come first, the
 * widest disagreement at the top.
 */
export async function getSession(caller: Caller | null, workspace: string, sessionId: string) {
  const membership = await requireMember(caller, workspace, "read");
  const { workspaceId, userId } = membership;
  const session = await db.reviewSession.findFirst({
    where: { id: sessionId, workspaceId },
    include: {
      participants: { orderBy: { id: "asc" } },
      items: {
        orderBy: { position: "asc" },
        include: {
          dispute: { select: { id: true, proposition: true } },
          judgments: { include: { dissents: { orderBy: { createdAt: "asc" } } } },
        },
      },
    },
  });
  if (!session) throw AppError.notFound("Review session");

  const claimIds = session.items.flatMap((i) => (i.claimId ? [i.claimId] : []));
  const [claims, ratings, lastEventId] = await Promise.all([
    db.claim.findMany({ where: { id: { in: claimIds }, workspaceId }, select: { id: true, statement: true } }),
    visibleRatings(workspaceId, userId, session.items.map((i) => i.id)),
    latestSessionEventId(workspaceId, sessionId),
  ]);
  const statements = new Map(claims.map((c) => [c.id, c.statement]));
  const people = [session.facilitatorId, ...session.participants.map((p) => p.userId), ...session.items.flatMap((i) => i.judgments.flatMap((j) => [j.authorId, ...j.dissents.map((d) => d.authorId)]))];
  const names = await userNames(people);
  const nameOf = (id: string) => names.get(id) ?? "former member";

  const items = session.items.map((item) => {
    const kind: ItemKind = item.disputeId ? "dispute" : "claim";
    const mine = ratings.filter((r) => r.reviewItemId === item.id && r.raterId === userId);
    const everyone = item.revealedAt ? current(ratings.filter((r) => r.reviewItemId === item.id)) : [];
    const judgment = item.judgments[0];
    return {
      id: item.id,
      position: item.position,
      kind,
      targetId: item.disputeId ?? item.claimId!,
      title: item.dispute?.proposition ?? statements.get(item.claimId ?? "") ?? "(claim removed)",
      revealedAt: item.revealedAt,
      mine: current(mine),
      myHistory: mine,
      ratings: everyone,
      summary: item.revealedAt ? summariseItem(kind, everyone) : null,
      judgment: judgment && {
        ...judgment,
        authorName: nameOf(judgment.authorId),
        dissents: judgment.dissents.map((d) => ({ ...d, authorName: nameOf(d.authorId) })),
      },
    };
  });
  const revealed = items.filter((i) => i.revealedAt);
  const ordered = [...revealed.sort((a, b) => b.summary!.disagreement - a.summary!.disagreement || a.position - b.position), ...items.filter((i) => !i.revealedAt)];

  return {
    session: { id: session.id, title: session.title, phase: session.phase, createdAt: session.createdAt, closedAt: session.closedAt, version: session.version, facilitatorId: session.facilitatorId, facilitatorName: nameOf(session.facilitatorId) },
    me: {
      userId,
      role: membership.role,
      isFacilitator: session.facilitatorId === userId && roleAllows(membership.role, "edit"),
      isParticipant: session.participants.some((p) => p.userId === userId) && roleAllows(membership.role, "rate"),
    },
    participants: session.participants.map((p) => ({ userId: p.userId, name: nameOf(p.userId), finishedAt: p.finishedAt })),
    items: ordered,
    agreement: sessionAgreement(revealed.map((i) => ({ kind: i.kind, ratings: i.ratings }))),
    lastEventId,
  };
}

export type SessionView = Awaited<ReturnType<typeof getSession>>;
export type SessionItemView = SessionView["items"][number];
