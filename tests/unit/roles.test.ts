import { describe, expect, it } from "vitest";
import { roleAllows, roleLabels, type Permission } from "../../lib/auth/roles";

const permissions: Permission[] = ["read", "rate", "edit", "manage"];

describe("roleAllows", () => {
  it("gives each role its own permissions and everything below", () => {
    const table = Object.fromEntries(
      (["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const).map((role) => [role, permissions.filter((p) => roleAllows(role, p))]),
    );
    expect(table).toEqual({
      OWNER: ["read", "rate", "edit", "manage"],
      EDITOR: ["read", "rate", "edit"],
      REVIEWER: ["read", "rate"],
      VIEWER: ["read"],
    });
  });

  it("names each role in words", () => {
    expect(roleLabels).toEqual({ OWNER: "Owner", EDITOR: "Editor", REVIEWER: "Reviewer", VIEWER: "Viewer" });
  });
});
