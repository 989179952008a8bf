import type { Role } from "../db/generated/enums";

/** What each role may do; each role can do everything the roles below it can. */
export type Permission = "read" | "rate" | "edit" | "manage";

const rank: Record<Role, number> = { VIEWER: 0, REVIEWER: 1, EDITOR: 2, OWNER: 3 };
const needed: Record<Permission, number> = { read: 0, rate: 1, edit: 2, manage: 3 };

export function roleAllows(role: Role, permission: Permission): boolean {
  return rank[role] >= needed[permission];
}

export const roleLabels: Record<Role, string> = {
  OWNER: "Owner",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  VIEWER: "Viewer",
};
