// Restoring backups through the API: damaged or altered files are refused with a
// message naming the problem and nothing written; the restore rule (owners of the
// workspace in the file, signed in, workspace not present) holds; a restore into a
// database that still holds the old audit rows renumbers the restored ones.
import { gzipSync } from "node:zlib";
import { getServerSession } from "next-auth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "../../lib/auth/api-tokens";
import { buildManifest, type WorkspaceBackup } from "../../lib/backup/format";
import { decodeBackupBytes } from "../../lib/backup/verify-backup";
import { db } from "../../lib/db/client";
import { GET as download } from "../../app/api/v1/workspaces/[workspace]/backup/route";
import { POST as restore } from "../../app/api/v1/workspaces/restore/route";
import { makeClaimWithPassage, makeTeam } from "../support/factories";

let team: Awaited<ReturnType<typeof makeTeam>>;
let file: Buffer;
let claimId: string;

// Session cookies are mocked as in the other API tests: the caller is chosen per request.
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: vi.fn() }));
const session = vi.mocked(getServerSession);
const signIn = (userId: string | null) => session.mockResolvedValue(userId ? { user: { id: userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null);

async function getBackup(workspace: string, headers: Record<string, string> = { cookie: "s=1" }) {
  return download(new Request(`http://localhost/api/v1/workspaces/${workspace}/backup`, { headers }), { params: Promise.resolve({ workspace }) });
}

async function postRestore(body: Uint8Array | string, headers: Record<string, string> = { cookie: "s=1", "content-type": "application/gzip" }) {
  const response = await restore(new Request("http://localhost/api/v1/workspaces/restore", { method: "POST", headers, body: body as BodyInit }));
  return { status: response.status, body: await response.json() };
}

/** The file's JSON, edited, re-packed; with `rehash`, the manifest is recomputed as a forger would. */
function edited(change: (backup: WorkspaceBackup) => void, { rehash = false } = {}) {
  const backup = JSON.parse(decodeBackupBytes(file)) as WorkspaceBackup;
  change(backup);
  if (rehash) backup.manifest = buildManifest(backup.users, backup.tables);
  return gzipSync(JSON.stringify(backup));
}

const nothingWritten = async (run: () => Promise<unknown>) => {
  const count = () => Promise.all([db.workspace.count(), db.auditEvent.count(), db.user.count()]);
  const before = await count();
  await run();
  expect(await count()).toEqual(before);
};

beforeAll(async () => {
  team = await makeTeam();
  ({ claim: { id: claimId } } = await makeClaimWithPassage(team.callers.editor, team.workspace.id));
  signIn(team.users.owner.id);
  const response = await getBackup(team.workspace.slug);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/gzip");
  expect(response.headers.get("content-disposition")).toMatch(new RegExp(`counterclaim-${team.workspace.slug}-\\d{8}T\\d{6}Z\\.json\\.gz`));
  file = Buffer.from(await response.arrayBuffer());
});

describe("GET /api/v1/workspaces/[workspace]/backup", () => {
  it("refuses editors, outsiders and signed-out callers", async () => {
    signIn(team.users.editor.id);
    expect((await getBackup(team.workspace.slug)).status).toBe(403);
    signIn(team.users.outsider.id);
    expect((await getBackup(team.workspace.slug)).status).toBe(404);
    expect((await getBackup(team.workspace.slug, {})).status).toBe(401);
  });
});

describe("POST /api/v1/workspaces/restore refuses a file it cannot trust, writing nothing", () => {
  const cases: [string, () => Uint8Array | string, RegExp][] = [
    ["a changed row", () => edited((b) => void (b.tables.Claim[0].statement = "Altered statement")), /altered or damaged.*tables\.Claim: does not match the manifest's SHA-256/],
    ["a removed row", () => edited((b) => void b.tables.Excerpt.pop()), /tables\.Excerpt: has 0 rows but the manifest says 1/],
    ["a source text altered with the manifest recomputed", () => edited((b) => void (b.tables.Source[0].text += " "), { rehash: true }), /not the text that was saved.*tables\.Source\[0\]\.text: does not match its textSha256/],
    ["an unknown format version", () => edited((b) => void (b.formatVersion = 2)), /formatVersion: is 2; this version of Counterclaim reads backup format 1 only/],
    ["a column this version does not know", () => edited((b) => void (b.tables.Claim[0].secret = "x"), { rehash: true }), /tables\.Claim\[0\]: Unrecognized key: "secret"/],
    ["a bad timestamp", () => edited((b) => void (b.tables.Claim[0].createdAt = "yesterday"), { rehash: true }), /tables\.Claim\[0\]\.createdAt: must be an ISO 8601/],
    ["a row of another workspace", () => edited((b) => void (b.tables.Claim[0].workspaceId = "elsewhere"), { rehash: true }), /tables\.Claim\[0\]\.workspaceId: belongs to another workspace/],
    ["a file cut short", () => file.subarray(0, file.length - 40), /damaged or cut short/],
    ["something that is not a backup", () => '{"hello": "world"}', /format: must be "counterclaim-workspace-backup"/],
  ];
  for (const [what, make, message] of cases) {
    it(`refuses ${what}`, async () => {
      signIn(team.users.owner.id);
      await nothingWritten(async () => {
        const result = await postRestore(make());
        expect(result.status).toBe(400);
        expect(result.body.error.message).toMatch(message);
      });
    });
  }

  it("refuses a request that is not a file upload (e.g. a cross-site form)", async () => {
    signIn(team.users.owner.id);
    const result = await postRestore(file, { cookie: "s=1", "content-type": "multipart/form-data; boundary=x" });
    expect(result.status).toBe(400);
    expect(result.body.error.fields.file[0]).toMatch(/Content-Type: application\/gzip/);
  });
});

describe("who may restore through the API", () => {
  it("refuses a workspace that exists here (CONFLICT), signed-out callers, API tokens and non-owners, writing nothing", async () => {
    const { token } = await createApiToken(team.callers.owner, team.workspace.id, { name: "restore attempt" });
    await nothingWritten(async () => {
      signIn(team.users.owner.id);
      const clash = await postRestore(file);
      expect(clash.status).toBe(409);
      expect(clash.body.error.message).toMatch(/already exists in this database/);

      signIn(null);
      expect((await postRestore(file, { "content-type": "application/gzip" })).status).toBe(401);

      const byToken = await postRestore(file, { authorization: `Bearer ${token}`, "content-type": "application/gzip" });
      expect(byToken.status).toBe(403);
      expect(byToken.body.error.message).toMatch(/An API token cannot restore/);

      signIn(team.users.editor.id);
      const byEditor = await postRestore(file);
      expect(byEditor.status).toBe(403);
      expect(byEditor.body.error.message).toMatch(/not one of its owners/);
    });
  });

  it("lets an owner of the workspace in the file put it back, renumbering audit ids still in use", async () => {
    const oldAudit = await db.auditEvent.count({ where: { workspaceId: team.workspace.id } });
    // The workspace is gone (its rows cascade away); its audit rows stay, append-only.
    await db.$transaction([db.apiToken.deleteMany({ where: { workspaceId: team.workspace.id } }), db.workspace.delete({ where: { id: team.workspace.id } })]);
    signIn(team.users.owner.id);
    const result = await postRestore(file);
    expect(result.status).toBe(201);
    expect(result.body.workspace.slug).toBe(team.workspace.slug);
    expect(result.body.users.created).toEqual([]);
    expect(result.body.users.matched).toHaveLength(4);
    expect(result.body.renumbered).toContain("AuditEvent");

    const claim = await db.claim.findFirstOrThrow({ where: { id: claimId, workspaceId: team.workspace.id } });
    expect(claim.version).toBe(1);
    const members = await db.membership.count({ where: { workspaceId: team.workspace.id } });
    expect(members).toBe(4);
    const restoredRow = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: team.workspace.id, action: "workspace.restore" } });
    expect(restoredRow.userId).toBe(team.users.owner.id);
    // The old rows plus their restored copies plus the restore itself.
    expect(await db.auditEvent.count({ where: { workspaceId: team.workspace.id } })).toBeGreaterThan(oldAudit);
    const found = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "SearchText" WHERE "entityId" = ${claimId}`;
    expect(Number(found[0].n)).toBe(1);
  });
});
