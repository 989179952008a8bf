import "server-only";
import { db, type Tx } from "../db/client";

type Link = { sourceId: string; originId: string };

/**
 * The derivations reachable upwards from `sourceIds` (what they copy, what that
 * copies, ...), loaded level by level: never the whole workspace.
 */
export async function reachableDerivations(client: Tx | typeof db, workspaceId: string, sourceIds: string[]): Promise<Link[]> {
  const links: Link[] = [];
  const seen = new Set(sourceIds);
  let frontier = [...seen];
  while (frontier.length) {
    const found = await client.sourceDerivation.findMany({ where: { workspaceId, sourceId: { in: frontier } }, select: { sourceId: true, originId: true } });
    links.push(...found);
    frontier = [...new Set(found.map((l) => l.originId).filter((id) => !seen.has(id)))];
    for (const id of frontier) seen.add(id);
  }
  return links;
}

/** Every source `sourceId` derives from, directly or through others. */
export async function ancestorsOf(client: Tx | typeof db, workspaceId: string, sourceId: string): Promise<Set<string>> {
  return new Set((await reachableDerivations(client, workspaceId, [sourceId])).map((l) => l.originId));
}

export type OriginGroup = { originIds: string[]; originTitle: string; sourceIds: string[]; repeats: number };
export type Corroboration = { sources: number; origins: number; groups: OriginGroup[] };

/**
 * Corroboration counts origins, not articles. A source that derives from another
 * (wire copy, quotation, translation, summary) shares that origin's root; sources
 * that share any root are one origin. Three outlets reprinting one wire report,
 * with or without the report itself, count once.
 */
export async function countIndependentOrigins(workspaceId: string, sourceIds: string[]) {
  const links = sourceIds.length ? await reachableDerivations(db, workspaceId, [...new Set(sourceIds)]) : [];
  const parents = new Map<string, string[]>();
  for (const l of links) parents.set(l.sourceId, [...(parents.get(l.sourceId) ?? []), l.originId]);

  const rootsOf = (id: string): string[] => {
    const roots = new Set<string>();
    const stack = [id];
    const seen = new Set<string>();
    while (stack.length) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      const up = parents.get(current);
      if (up?.length) stack.push(...up);
      else roots.add(current);
    }
    return [...roots].sort();
  };
  const allRoots = new Set(sourceIds.flatMap(rootsOf));
  const titles = new Map(
    (await db.source.findMany({ where: { workspaceId, id: { in: [...allRoots] } }, select: { id: true, title: true } })).map((s) => [s.id, s.title]),
  );

  return {
    summarise(ids: string[]): Corroboration {
      const distinct = [...new Set(ids)];
      // Union sources that share a root: each group is one independent origin.
      const groups: { roots: Set<string>; sources: string[] }[] = [];
      for (const id of distinct) {
        const roots = rootsOf(id);
        const joined = groups.filter((g) => roots.some((r) => g.roots.has(r)));
        const group = { roots: new Set([...roots, ...joined.flatMap((g) => [...g.roots])]), sources: [id, ...joined.flatMap((g) => g.sources)] };
        for (const g of joined) groups.splice(groups.indexOf(g), 1);
        groups.push(group);
      }
      return {
        sources: distinct.length,
        origins: groups.length,
        groups: groups.map((g) => {
          const originIds = [...g.roots].sort();
          return {
            originIds,
            originTitle: titles.get(originIds[0]) ?? "an unknown source",
            sourceIds: g.sources,
            repeats: g.sources.filter((id) => !g.roots.has(id)).length,
          };
        }),
      };
    },
  };
}
