import { z } from "zod";
import { id, optionalText } from "../schemas";

export const claimLinkTypes = ["CONTRADICTS", "DENIES", "CLAIMS_RESPONSIBILITY_FOR", "CONCERNS_INCIDENT", "SUPPORTS"] as const;
export type ClaimLinkTypeName = (typeof claimLinkTypes)[number];

/** How a link reads from its claim ("contradicts …") and back from its target ("contradicted by …"). */
export const claimLinkWords: Record<ClaimLinkTypeName, { forward: string; backward: string }> = {
  CONTRADICTS: { forward: "Contradicts", backward: "Contradicted by" },
  DENIES: { forward: "Denies", backward: "Denied by" },
  CLAIMS_RESPONSIBILITY_FOR: { forward: "Claims responsibility for", backward: "Responsibility claimed by" },
  CONCERNS_INCIDENT: { forward: "Concerns incident", backward: "Concerned by" },
  SUPPORTS: { forward: "Supports", backward: "Supported by" },
};

/** Links whose target is an incident; every other type links two claims. */
export const incidentLinkTypes: readonly ClaimLinkTypeName[] = ["CLAIMS_RESPONSIBILITY_FOR", "CONCERNS_INCIDENT"];

const optionalId = z.union([z.literal(""), id]).optional().nullable().transform((v) => v || null);

export const linkClaimsSchema = z
  .object({
    fromClaimId: id,
    type: z.enum(claimLinkTypes, { error: `must be one of ${claimLinkTypes.join(", ")}` }),
    toClaimId: optionalId,
    incidentId: optionalId,
    note: optionalText(2000),
  })
  .superRefine((link, ctx) => {
    const wantsIncident = incidentLinkTypes.includes(link.type);
    if (wantsIncident) {
      if (!link.incidentId) ctx.addIssue({ code: "custom", path: ["incidentId"], message: "is required for this kind of link: choose the incident" });
      if (link.toClaimId) ctx.addIssue({ code: "custom", path: ["toClaimId"], message: "must be empty: this kind of link points to an incident" });
    } else {
      if (!link.toClaimId) ctx.addIssue({ code: "custom", path: ["toClaimId"], message: "is required for this kind of link: choose the other claim" });
      if (link.incidentId) ctx.addIssue({ code: "custom", path: ["incidentId"], message: "must be empty: this kind of link points to another claim" });
    }
    if (link.toClaimId && link.toClaimId === link.fromClaimId) ctx.addIssue({ code: "custom", path: ["toClaimId"], message: "cannot be the claim itself" });
  });

/** `claimId`, when given, must be one end of the link (the API nests links under a claim). */
export const unlinkClaimsSchema = z.object({ id, claimId: id.optional() });
