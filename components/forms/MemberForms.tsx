"use client";

import { useActionState } from "react";
import { addMemberAction, changeRoleAction, removeMemberAction } from "@/app/w/[workspace]/members/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormNotice, invalidProps } from "./FieldError";

const roles = [
  { value: "VIEWER", label: "Viewer — reads" },
  { value: "REVIEWER", label: "Reviewer — also rates" },
  { value: "EDITOR", label: "Editor — also creates and edits" },
  { value: "OWNER", label: "Owner — also manages members" },
];

export function AddMemberForm({ workspace }: { workspace: string }) {
  const [state, action, pending] = useActionState(addMemberAction, initialFormState);
  return (
    <form action={action} className="panel" aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">Add a member</h2>
      <FormNotice state={state} />
      <input type="hidden" name="workspace" value={workspace} />
      <div className="form-row">
        <div className="field">
          <label htmlFor="member-email">Email of a registered user</label>
          <input id="member-email" name="email" type="email" required defaultValue={state.ok ? "" : state.values?.email} {...invalidProps(state, "email", "member-email-error")} />
          <FieldError state={state} name="email" id="member-email-error" />
        </div>
        <div className="field">
          <label htmlFor="member-role">Role</label>
          <select id="member-role" name="role" defaultValue="VIEWER">
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending}>
        Add member
      </button>
    </form>
  );
}

export function MemberRow({ workspace, member, canManage }: { workspace: string; member: { id: string; version: number; role: string; name: string; email: string }; canManage: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, initialFormState);
  const [removeState, removeAction, removePending] = useActionState(removeMemberAction, initialFormState);
  const error = [roleState, removeState].find((s) => !s.ok && s.message);
  return (
    <tr>
      <td>
        {member.name}
        <br />
        <small>{member.email}</small>
        {error && <FormNotice state={error} />}
      </td>
      <td>
        {canManage ? (
          <form action={roleAction} className="inline-form">
            <input type="hidden" name="workspace" value={workspace} />
            <input type="hidden" name="membershipId" value={member.id} />
            <input type="hidden" name="version" value={member.version} />
            <label className="sr-only" htmlFor={`role-${member.id}`}>
              Role of {member.name}
            </label>
            <select id={`role-${member.id}`} name="role" defaultValue={member.role}>
              {roles.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
            <button type="submit" className="secondary" disabled={rolePending}>
              Change role
            </button>
          </form>
        ) : (
          member.role.toLowerCase()
        )}
      </td>
      {canManage && (
        <td>
          <form action={removeAction}>
            <input type="hidden" name="workspace" value={workspace} />
            <input type="hidden" name="membershipId" value={member.id} />
            <input type="hidden" name="version" value={member.version} />
            <button type="submit" className="secondary" disabled={removePending} aria-label={`Remove ${member.name}`}>
              Remove
            </button>
          </form>
        </td>
      )}
    </tr>
  );
}
