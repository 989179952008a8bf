import "server-only";
import { db } from "../db/client";

/**
 * Corroboration counts origins, not articles: a source derived from another
 * (wire copy, quotation, translation, summary) shares its origin's root.
 */
export async function countIndependentOrigins(workspaceId: string, sourceIds: string[]) {
  const derivations = sourceIds.length
    ? await db.sourceDerivation.findMany({ where: { workspaceId }, select: { sourceId: true, originId: true } })
    : [];
  const parent = new Map(derivations.map((d) => [d.sourceId, d.originId]));
  const rootOf = (id: string) => {
    const seen = new Set<string>();
    let current = id;
    while (parent.has(current) && !seen.has(current)) {
      seen.add(current);
      current = parent.get(current)!;
    }
    return current;
  };
  return {
    summarise(ids: string[]) {
      const distinct = [...new Set(ids)];
      const roots = new Set(distinct.map(rootOf));
      return { sources: distinct.length, origins: roots.size };
    },
  };
}
