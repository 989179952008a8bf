import "server-only";
import type { Rating } from "../db/generated/client";
import type { Tx } from "../db/client";
import { AppError } from "../errors";

type Change = { changeReason: string | null; replaces?: string | null };

// The rater is the only one who changes their rating, so "someone else" would mislead.
const changedElsewhere = () =>
  new AppError("CONFLICT", "Your rating was changed elsewhere (another tab or an API client) since this page showed it. Reload to see it, then apply your change again.");

/**
 * Retires the rater's current rating so a new one can take its place. `replaces`
 * is the rating the rater had in front of them (null: none yet); when another tab
 * or client has rated since, the change is refused rather than laid over a rating
 * its author never saw. Without `replaces` (older API clients) the current rating
 * is changed, as before. The unique index on current ratings backs this up when
 * two first ratings race.
 */
export async function supersedeCurrent(tx: Tx, previous: Rating | null, { changeReason, replaces }: Change) {
  if (replaces !== undefined && replaces !== (previous?.id ?? null)) throw changedElsewhere();
  if (!previous) return;
  if (!changeReason) {
    throw new AppError("INVALID", "changeReason: say why you changed your rating", { changeReason: ["say why you changed your rating"] });
  }
  // Only one request may supersede a given rating; a concurrent one finds it already gone.
  const { count } = await tx.rating.updateMany({ where: { id: previous.id, current: true }, data: { current: false } });
  if (count === 0) throw changedElsewhere();
}
