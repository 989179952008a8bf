// Builds the demo workspace through the same domain functions the app uses, so
// every row passes the same validation and lands in the audit log.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createActor, addAffiliation } from "../../lib/actors/write-actors";
import { createUser } from "../../lib/auth/create-user";
import { linkClaims } from "../../lib/claims/links";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { createDispute, updateDispute } from "../../lib/disputes/write-disputes";
import { createEvidenceLink } from "../../lib/evidence/write-evidence";
import { createIncident } from "../../lib/incidents/write-incidents";
import { rate } from "../../lib/ratings/rate";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { createSource } from "../../lib/sources/create-source";
import { createTag, tagClaim } from "../../lib/tags/write-tags";
import { occurrences } from "../../lib/text/anchor";
import { addMember, createWorkspace } from "../../lib/workspaces/write-workspaces";
import demoUsers from "./users.json";
import { demoWorkspace as demo } from "./workspace";

const textsDir = join(import.meta.dirname, "texts");

export type DemoOptions = { slug?: string; emailDomain?: string };

/** Loads the demo workspace; returns its id and the ids of its users by role key. */
export async function loadDemoWorkspace(options: DemoOptions = {}) {
  const slug = options.slug ?? demoUsers.workspace.slug;
  const email = (address: string) => (options.emailDomain ? address.replace(/@.*/, `@${options.emailDomain}`) : address);

  const users: Record<string, string> = {};
  for (const user of demoUsers.users) {
    const created = await createUser({ email: email(user.email), name: user.name, password: demoUsers.password });
    users[user.key] = created.id;
  }
  const owner = { userId: users.owner };
  const workspace = await createWorkspace(owner, { ...demoUsers.workspace, slug });
  for (const user of demoUsers.users.filter((u) => u.role !== "OWNER")) {
    await addMember(owner, workspace.id, { userId: users[user.key], role: user.role });
  }
  const editor = { userId: users.editor };
  const ws = workspace.id;

  const actors: Record<string, string> = {};
  for (const actor of demo.actors) {
    const { key, ...fields } = actor;
    actors[key] = (await createActor(editor, ws, fields)).id;
  }
  for (const a of demo.affiliations) {
    await addAffiliation(editor, ws, { personId: actors[a.person], organisationId: actors[a.organisation], role: a.role });
  }

  const sources: Record<string, { id: string; text: string }> = {};
  for (const source of demo.sources) {
    const { key, file, ...metadata } = source;
    const text = readFileSync(join(textsDir, file), "utf8");
    const { source: created } = await createSource(editor, ws, { ...metadata, text });
    sources[key] = { id: created.id, text };
  }

  const excerpts: Record<string, string> = {};
  for (const excerpt of demo.excerpts) {
    const source = sources[excerpt.source];
    const at = occurrences(source.text, excerpt.exact)[excerpt.occurrence ?? 0];
    if (at === undefined) throw new Error(`Demo excerpt ${excerpt.key} is not in ${excerpt.source}`);
    const created = await createExcerpt(editor, ws, { sourceId: source.id, start: at, end: at + excerpt.exact.length, exact: excerpt.exact, note: excerpt.note });
    excerpts[excerpt.key] = created.id;
  }

  const claims: Record<string, string> = {};
  for (const claim of demo.claims) {
    const created = await createClaim(editor, ws, {
      statement: claim.statement,
      kind: claim.kind,
      claimantId: claim.claimant ? actors[claim.claimant] : null,
      onBehalfOfId: claim.onBehalfOf ? actors[claim.onBehalfOf] : null,
      madeAt: claim.madeAt ?? null,
      madePrecision: claim.madePrecision ?? null,
      numericValue: claim.numeric?.value ?? null,
      numericLow: claim.numeric?.low ?? null,
      numericHigh: claim.numeric?.high ?? null,
      numericUnit: claim.numeric?.unit ?? null,
      excerptIds: claim.appearances.map((key) => excerpts[key]),
    });
    claims[claim.key] = created.id;
  }

  const incidents: Record<string, string> = {};
  for (const incident of demo.incidents) {
    const { key, actors: roles, tolls, reconciled, ...fields } = incident;
    const created = await createIncident(editor, ws, {
      ...fields,
      ...(reconciled ? { ...reconciled, reconciliationNote: reconciled.note } : {}),
      actors: roles.map((r) => ({ actorId: actors[r.actor], role: r.role })),
      tolls: tolls.map((t) => ({
        reportedById: t.reportedBy ? actors[t.reportedBy] : null,
        sourceId: t.source ? sources[t.source].id : null,
        excerptId: t.excerpt ? excerpts[t.excerpt] : null,
        killedLow: t.killedLow, killedBest: t.killedBest, killedHigh: t.killedHigh,
        injuredLow: t.injuredLow, injuredBest: t.injuredBest, injuredHigh: t.injuredHigh,
        note: t.note,
      })),
    });
    incidents[key] = created.id;
  }

  const disputes: Record<string, string> = {};
  for (const dispute of demo.disputes) {
    disputes[dispute.key] = (await createDispute(editor, ws, {
      proposition: dispute.proposition,
      summary: dispute.summary,
      claims: dispute.claims.map((c) => ({ claimId: claims[c.claim], side: c.side })),
    })).id;
    // A new dispute starts OPEN; the demo's data says where each one stands now.
    if (dispute.status && dispute.status !== "OPEN") {
      await updateDispute(editor, ws, { id: disputes[dispute.key], version: 1, proposition: dispute.proposition, summary: dispute.summary, status: dispute.status });
    }
  }

  for (const link of demo.evidence) {
    await createEvidenceLink(editor, ws, {
      claimId: claims[link.claim],
      excerptId: link.excerpt ? excerpts[link.excerpt] : undefined,
      incidentId: link.incident ? incidents[link.incident] : undefined,
      fromClaimId: link.fromClaim ? claims[link.fromClaim] : undefined,
      stance: link.stance,
      note: link.note,
    });
  }

  for (const rating of demo.ratings) {
    await rate({ userId: users[rating.rater] }, ws, {
      scale: rating.scale,
      value: rating.value,
      rationale: rating.rationale,
      claimId: rating.claim ? claims[rating.claim] : undefined,
      sourceId: rating.source ? sources[rating.source].id : undefined,
    });
  }
  await (await import("./ach")).loadDemoAch({ workspaceId: ws, users, claims, incidents });

  // Typed links between claims, and from claims to incidents.
  for (const link of demo.claimLinks) {
    await linkClaims(editor, ws, {
      fromClaimId: claims[link.from],
      type: link.type,
      toClaimId: link.to ? claims[link.to] : null,
      incidentId: link.incident ? incidents[link.incident] : null,
      note: link.note,
    });
  }

  // The tag vocabulary is the owner's to make; editors apply it.
  const tags: Record<string, string> = {};
  for (const tag of demo.tags) tags[tag.name] = (await createTag(owner, ws, tag)).id;
  for (const claim of demo.claims) {
    for (const name of claim.tags ?? []) await tagClaim(editor, ws, { claimId: claims[claim.key], tagId: tags[name] });
  }
  await (await import("./review")).loadDemoReview({ workspaceId: ws, users, claims, disputes });
  return { workspaceId: ws, users, claims, sources, excerpts, incidents, disputes };
}

export async function databaseIsEmpty() {
  return (await db.workspace.count()) === 0;
}
