"use client";

import { useActionState, useState } from "react";
import type { ChoicesAnswer } from "@/app/w/[workspace]/choices-actions";
import type { FormState } from "@/lib/actions/form-state";
import { ChoiceSearch } from "./ChoiceSearch";
import { FieldError, FormNotice, invalidProps } from "./FieldError";
import { emptyFormState, formKey } from "./form-types";

type Other = { id: string; title: string; publisher: string };
type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The latest sources; others are found by their words. */
  others: Other[];
  search: (q: string) => Promise<ChoicesAnswer<Other>>;
  kinds: { value: string; label: string }[];
};

/** Marks how this source and another relate: this one copies it, or it copies this one. */
export function DerivationForm({ action, others: latest, search, kinds }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const [others, setOthers] = useState(latest);
  const v = state.values ?? {};
  return (
    <form action={formAction} key={formKey(state)} aria-labelledby="derivation-form-heading">
      <h3 id="derivation-form-heading">Mark a derivation</h3>
      <FormNotice state={state} />
      <div className="field">
        <label htmlFor="derivation-direction">Direction</label>
        <select id="derivation-direction" name="direction" defaultValue={v.direction ?? "origin"}>
          <option value="origin">This source derives from…</option>
          <option value="copy">This source is the origin of…</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="derivation-kind">How</label>
        <select id="derivation-kind" name="kind" defaultValue={v.kind ?? "WIRE_COPY"} {...invalidProps(state, "kind", "derivation-kind-error")}>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
        <FieldError state={state} name="kind" id="derivation-kind-error" />
      </div>
      <ChoiceSearch label="a source by words of its title or text" noun={["source", "sources"]} search={search} onFound={setOthers} pickerId="derivation-other" />
      <div className="field">
        <label htmlFor="derivation-other">Other source</label>
        <select id="derivation-other" name="otherId" required defaultValue={v.otherId ?? ""} {...invalidProps(state, "otherId", "derivation-other-error")}>
          <option value="" disabled>
            Choose a source
          </option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
              {o.publisher ? ` — ${o.publisher}` : ""}
            </option>
          ))}
        </select>
        <FieldError state={state} name="otherId" id="derivation-other-error" />
      </div>
      <div className="field">
        <label htmlFor="derivation-note">Note (optional)</label>
        <input id="derivation-note" name="note" defaultValue={v.note} placeholder="e.g. same text as the AFP dispatch, byline removed" {...invalidProps(state, "note", "derivation-note-error")} />
        <FieldError state={state} name="note" id="derivation-note-error" />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Mark derivation"}
      </button>
    </form>
  );
}
