import "server-only";
import { z } from "zod";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { listSourceRevisions } from "./correct-source";

/** One text a source has held: the current one, or an earlier one kept by a correction. */
export type TextVersion = {
  textVersion: number;
  textSha256: string;
  length: number;
  current: boolean;
  /** When this text became the source's text: the import, or the correction that made it. */
  since: Date;
  /** What that correction changed, as its editor put it; empty for the imported text. */
  correctionNote: string;
};

/** Every text of a source, newest first, without the texts themselves. */
export async function listTextVersions(caller: Caller | null, workspace: string, sourceId: string): Promise<TextVersion[]> {
  const revisions = await listSourceRevisions(caller, workspace, sourceId);
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId }, select: { text: true, textSha256: true, textVersion: true, createdAt: true } });
  if (!source) throw AppError.notFound("Source");
  // A revision holds the text it replaced, and the note and date of the correction that replaced it.
  const replaced = new Map(revisions.map((r) => [r.textVersion, r]));
  const madeBy = (version: number) => replaced.get(version - 1);
  const texts = [{ ...source, current: true, length: source.text.length }, ...revisions.map((r) => ({ ...r, current: false, length: r.text.length }))];
  return texts.map(({ textVersion, textSha256, length, current }) => ({
    textVersion,
    textSha256,
    length,
    current,
    since: madeBy(textVersion)?.createdAt ?? source.createdAt,
    correctionNote: madeBy(textVersion)?.note ?? "",
  }));
}

const versionNumber = z.coerce.number().int().positive();

/** One text of a source by its version number, with its hash; NOT_FOUND for a version it never had. */
export async function getTextVersion(caller: Caller | null, workspace: string, sourceId: string, version: unknown) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const parsed = versionNumber.safeParse(version);
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId },
    select: { id: true, title: true, text: true, textSha256: true, textVersion: true },
  });
  if (!source) throw AppError.notFound("Source");
  if (!parsed.success) throw AppError.notFound("Text version");
  if (parsed.data === source.textVersion) {
    const { text, textSha256, textVersion } = source;
    return { sourceId, title: source.title, textVersion, text, textSha256, current: true, latestVersion: source.textVersion, replacedAt: null, note: "" };
  }
  const revision = await db.sourceRevision.findFirst({ where: { workspaceId, sourceId, textVersion: parsed.data } });
  if (!revision) throw AppError.notFound("Text version");
  const { text, textSha256, textVersion, note, createdAt } = revision;
  return { sourceId, title: source.title, textVersion, text, textSha256, current: false, latestVersion: source.textVersion, replacedAt: createdAt, note };
}
