import type { ActorOption, ClaimValues } from "@/components/forms/ClaimForm";
import { isoDay } from "@/lib/dates";
import type { listActors } from "@/lib/actors/read-actors";

/** Actors as the claim form's choices: each person with the organisations they belong to. */
export function actorOptions(actors: Awaited<ReturnType<typeof listActors>>): ActorOption[] {
  return actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, organisationIds: a.memberOf.map((m) => m.organisation.id) }));
}

type ClaimFields = {
  statement: string; kind: string; claimantId: string | null; onBehalfOfId: string | null; madeAt: Date | null; madePrecision: string | null;
  numericValue: number | null; numericLow: number | null; numericHigh: number | null; numericUnit: string | null;
};

/** A stored claim as the strings its edit form starts from. */
export function claimFormValues(claim: ClaimFields): ClaimValues {
  const text = (value: number | string | null) => (value === null ? "" : String(value));
  return {
    statement: claim.statement, kind: claim.kind, claimantId: text(claim.claimantId), onBehalfOfId: text(claim.onBehalfOfId),
    madeAt: isoDay(claim.madeAt) ?? "", madePrecision: text(claim.madePrecision),
    numericValue: text(claim.numericValue), numericLow: text(claim.numericLow), numericHigh: text(claim.numericHigh), numericUnit: text(claim.numericUnit),
  };
}
