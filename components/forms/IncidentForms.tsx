"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { attributionLabels } from "@/lib/incidents/schemas";
import { FieldError } from "./FieldError";
import { FormLinkNotice } from "./FormLinkNotice";
import { emptyFormState, formKey } from "./form-types";
import styles from "../incidents.module.css";

type Option = { id: string; name: string };
type Action = (state: FormState, data: FormData) => Promise<FormState>;
type FieldProps = { state: FormState; form: string; name: string; label: string; type?: string; required?: boolean; options?: [string, string][]; rows?: number; hint?: string };

/** One labelled control with its error (and hint) tied to it by aria-describedby. */
function Field({ state, form, name, label, type = "text", required, options, rows, hint }: FieldProps) {
  const id = `${form}-${name.replace(/\W/g, "-")}`;
  const error = state.fields[name]?.length ? `${id}-error` : "";
  const a = { id, name, required, defaultValue: state.values?.[name] ?? (options ? options[0][0] : ""), "aria-invalid": error ? true : undefined, "aria-describedby": [error, hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...a}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      ) : rows ? (
        <textarea {...a} rows={rows} />
      ) : (
        <input {...a} type={type} inputMode={type === "number" ? "numeric" : undefined} min={type === "number" ? 0 : undefined} />
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError state={state} name={name} id={`${id}-error`} />
    </div>
  );
}

/** Low / best / high for killed and injured. */
function Figures({ state, form, prefix = "" }: { state: FormState; form: string; prefix?: string }) {
  return (
    <>
      {(["killed", "injured"] as const).map((kind) => (
        <fieldset key={kind} className={styles.fieldset}>
          <legend>{kind === "killed" ? "Killed" : "Injured"}</legend>
          <div className={styles.numbers}>
            {(["Low", "Best", "High"] as const).map((level) => (
              <Field key={level} state={state} form={`${form}-${kind}`} name={`${prefix}${kind}${level}`} label={level} type="number" />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

function TollFields({ state, form, prefix = "", actors, sources }: { state: FormState; form: string; prefix?: string; actors: Option[]; sources: Option[] }) {
  return (
    <>
      <div className="form-row">
        <Field state={state} form={form} name={`${prefix}reportedById`} label="Reported by" options={[["", "— not named —"], ...actors.map((a): [string, string] => [a.id, a.name])]} />
        <Field state={state} form={form} name={`${prefix}sourceId`} label="Source" options={[["", "— none —"], ...sources.map((s): [string, string] => [s.id, s.name])]} />
      </div>
      <Figures state={state} form={form} prefix={prefix} />
      <Field state={state} form={form} name={`${prefix}note`} label="Note on these figures" rows={2} />
    </>
  );
}

export function AddTollForm({ action, actors, sources }: { action: Action; actors: Option[]; sources: Option[] }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} key={formKey(state)} className="panel" aria-labelledby="add-toll-heading">
      <h2 id="add-toll-heading">Add a reported toll</h2>
      <p className="muted">Record another source’s own figures. They are kept beside the others, not merged.</p>
      <FormLinkNotice state={state} />
      <TollFields state={state} form="toll" actors={actors} sources={sources} />
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add toll"}
      </button>
    </form>
  );
}

export function NewIncidentForm({ action, actors, sources }: { action: Action; actors: Option[]; sources: Option[] }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const p = { state, form: "incident" };
  return (
    <form action={formAction} key={formKey(state)} aria-label="New incident">
      <FormLinkNotice state={state} />
      <div className={`panel`}>
        <h2>What happened</h2>
        <Field {...p} name="title" label="Title" required />
        <div className="form-row">
          <Field {...p} name="occurredOn" label="Date" type="date" />
          <Field {...p} name="datePrecision" label="Date precision" options={[["DAY", "Exact day"], ["MONTH", "Month only"], ["YEAR", "Year only"], ["ABOUT", "Approximate"]]} />
          <Field {...p} name="timeOfDay" label="Time (HH:MM)" type="time" />
        </div>
        <div className="form-row">
          <Field {...p} name="eventType" label="Event type" required hint="ACLED wording, e.g. Explosions/Remote violence" />
          <Field {...p} name="subEventType" label="Sub-event type" hint="e.g. Suicide bomb" />
          <Field {...p} name="attribution" label="Attribution" options={(["UNCLAIMED", "CLAIMED", "ATTRIBUTED", "DENIED"] as const).map((s): [string, string] => [s, attributionLabels[s]])} />
        </div>
        <Field {...p} name="target" label="Target" />
        <div className="form-row">
          <Field {...p} name="province" label="Province" />
          <Field {...p} name="district" label="District" />
          <Field {...p} name="town" label="Town" />
          <Field {...p} name="placePrecision" label="Place precision" options={(["PROVINCE", "DISTRICT", "TOWN", "EXACT", "COUNTRY"] as const).map((s): [string, string] => [s, s.charAt(0) + s.slice(1).toLowerCase()])} />
        </div>
        <Field {...p} name="notes" label="Notes" rows={3} />
      </div>
      <div className="panel">
        <h2>First reported toll</h2>
        <TollFields {...p} prefix="tolls.0." actors={actors} sources={sources} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save incident"}
      </button>
    </form>
  );
}
