"use client";

import { useActionState } from "react";
import { createTagAction, deleteTagAction, renameTagAction } from "@/app/w/[workspace]/tags/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormNotice, invalidProps } from "./FieldError";

export function NewTagForm({ workspace }: { workspace: string }) {
  const [state, action, pending] = useActionState(createTagAction, initialFormState);
  return (
    <form action={action} className="panel" aria-labelledby="new-tag-heading">
      <h2 id="new-tag-heading">Add a tag</h2>
      <FormNotice state={state} />
      <input type="hidden" name="workspace" value={workspace} />
      <div className="form-row">
        <div className="field">
          <label htmlFor="tag-name">Name</label>
          <input id="tag-name" name="name" required maxLength={60} defaultValue={state.ok ? "" : state.values?.name} {...invalidProps(state, "name", "tag-name-error")} />
          <FieldError state={state} name="name" id="tag-name-error" />
        </div>
        <div className="field">
          <label htmlFor="tag-description">What it means</label>
          <input id="tag-description" name="description" maxLength={500} defaultValue={state.ok ? "" : state.values?.description} {...invalidProps(state, "description", "tag-description-error")} />
          <FieldError state={state} name="description" id="tag-description-error" />
        </div>
      </div>
      <button type="submit" disabled={pending}>Add tag</button>
    </form>
  );
}

type Tag = { id: string; name: string; description: string; version: number; count: number };

/** One term of the vocabulary; owners rename or delete it in place. */
export function TagRow({ workspace, tag }: { workspace: string; tag: Tag }) {
  const [state, action, pending] = useActionState(renameTagAction, initialFormState);
  const [deleteState, deleteAction, deleting] = useActionState(deleteTagAction, initialFormState);
  const errorId = `tag-${tag.id}-error`;
  return (
    <tr>
      <td colSpan={2}>
        <form action={action} className="inline-form" aria-label={`Edit tag ${tag.name}`}>
          <input type="hidden" name="workspace" value={workspace} />
          <input type="hidden" name="id" value={tag.id} />
          <input type="hidden" name="version" value={tag.version} />
          <label className="sr-only" htmlFor={`tag-${tag.id}-name`}>Name of {tag.name}</label>
          <input id={`tag-${tag.id}-name`} name="name" defaultValue={tag.name} required maxLength={60} {...invalidProps(state, "name", errorId)} />
          <label className="sr-only" htmlFor={`tag-${tag.id}-description`}>Meaning of {tag.name}</label>
          <input id={`tag-${tag.id}-description`} name="description" defaultValue={tag.description} maxLength={500} />
          <button type="submit" className="secondary" disabled={pending}>Save</button>
        </form>
        <FieldError state={state} name="name" id={errorId} />
        <FormNotice state={state.ok ? state : { ...state, fields: {} }} />
        <FormNotice state={deleteState} />
      </td>
      <td>{tag.count}</td>
      <td>
        <form action={deleteAction}>
          <input type="hidden" name="workspace" value={workspace} />
          <input type="hidden" name="id" value={tag.id} />
          <input type="hidden" name="version" value={tag.version} />
          <button type="submit" className="secondary" disabled={deleting} aria-label={`Delete tag ${tag.name}`}>Delete</button>
        </form>
      </td>
    </tr>
  );
}
