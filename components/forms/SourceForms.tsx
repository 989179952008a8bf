"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { isoDay } from "@/lib/dates";
import { FieldError, invalidProps } from "./FieldError";
import { FormLinkNotice } from "./FormLinkNotice";
import { useTypedValue } from "./use-typed-value";
import { emptyFormState, exactly, formKey, type LinkedFormState } from "./form-types";
import styles from "../source.module.css";

type Action<S> = (state: FormState, data: FormData) => Promise<S>;
type Metadata = {
  title: string;
  publisher: string;
  authors: string[];
  publishedAt: Date | null;
  publishedPrecision: string | null;
  url: string | null;
  archiveUrl: string | null;
  accessedAt: Date | null;
  language: string;
  kind: string;
  attribution: string;
};

const kinds = [
  ["ARTICLE", "Article"],
  ["REPORT", "Report"],
  ["STATEMENT", "Statement"],
  ["SOCIAL_POST", "Social media post"],
  ["TRANSCRIPT", "Transcript"],
  ["DATASET", "Dataset"],
  ["OTHER", "Other"],
];
const precisions = [
  ["DAY", "Exact day"],
  ["MONTH", "Month only"],
  ["YEAR", "Year only"],
  ["ABOUT", "Approximate"],
];

/** One labelled input with its error next to it. */
function Field({ form, name, label, state, hint, children }: { form: string; name: string; label: string; state: FormState; hint?: string; children: (props: Record<string, unknown>) => React.ReactNode }) {
  const id = `${form}-${name}`;
  const described = [state.fields[name]?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, "aria-invalid": state.fields[name]?.length ? true : undefined, "aria-describedby": described || undefined })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError state={state} name={name} id={`${id}-error`} />
    </div>
  );
}

function MetadataFields({ form, state, source }: { form: string; state: FormState; source?: Metadata }) {
  const value = (name: keyof Metadata, fallback = "") => state.values?.[name] ?? fallback;
  const p = { form, state };
  return (
    <>
      <Field {...p} name="title" label="Title">
        {(a) => <input {...a} required defaultValue={value("title", source?.title)} />}
      </Field>
      <div className="form-row">
        <Field {...p} name="publisher" label="Publisher">
          {(a) => <input {...a} defaultValue={value("publisher", source?.publisher)} />}
        </Field>
        <Field {...p} name="authors" label="Authors" hint="Separate names with ;">
          {(a) => <input {...a} defaultValue={value("authors", source?.authors.join("; "))} />}
        </Field>
      </div>
      <div className="form-row">
        <Field {...p} name="publishedAt" label="Published">
          {(a) => <input {...a} type="date" defaultValue={value("publishedAt", isoDay(source?.publishedAt) ?? "")} />}
        </Field>
        <Field {...p} name="publishedPrecision" label="Date precision">
          {(a) => (
            <select {...a} defaultValue={value("publishedPrecision", source?.publishedPrecision ?? "DAY")}>
              {precisions.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...p} name="language" label="Language" hint="A code such as en, fa, ps">
          {(a) => <input {...a} defaultValue={value("language", source?.language ?? "en")} />}
        </Field>
        <Field {...p} name="kind" label="Kind">
          {(a) => (
            <select {...a} defaultValue={value("kind", source?.kind ?? "ARTICLE")}>
              {kinds.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field {...p} name="url" label="URL">
          {(a) => <input {...a} type="url" defaultValue={value("url", source?.url ?? "")} />}
        </Field>
        <Field {...p} name="archiveUrl" label="Archive URL">
          {(a) => <input {...a} type="url" defaultValue={value("archiveUrl", source?.archiveUrl ?? "")} />}
        </Field>
        <Field {...p} name="accessedAt" label="Accessed">
          {(a) => <input {...a} type="date" defaultValue={value("accessedAt", isoDay(source?.accessedAt) ?? "")} />}
        </Field>
      </div>
      <Field {...p} name="attribution" label="Provenance note" hint="Where the text came from and anything odd about it.">
        {(a) => <textarea {...a} rows={2} defaultValue={value("attribution", source?.attribution)} />}
      </Field>
    </>
  );
}

export function NewSourceForm({ action }: { action: Action<LinkedFormState> }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  // Kept in state and sent as JSON: a textarea's own field would reach the server with CRLF newlines.
  const [text, textField] = useTypedValue<HTMLTextAreaElement>("");
  return (
    <form action={formAction} key={formKey(state)} className="panel" aria-label="New source">
      <FormLinkNotice state={state} />
      <input type="hidden" name="textJson" value={exactly(text)} />
      <Field form="new" name="text" label="Text" state={state} hint="Paste the full text. It is stored exactly as pasted and quoted by character position.">
        {(a) => <textarea {...a} {...textField} name={undefined} className={styles.pasteArea} required />}
      </Field>
      <MetadataFields form="new" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save source"}
      </button>
    </form>
  );
}

export function EditSourceForm({ source, action }: { source: Metadata & { version: number }; action: Action<FormState> }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <details className="panel" open={!state.ok && Boolean(state.message)}>
      <summary>
        <h2 className={styles.inlineHeading}>Edit details</h2>
      </summary>
      <form action={formAction} key={`${source.version}-${formKey(state)}`}>
        <FormLinkNotice state={state} />
        <input type="hidden" name="version" value={source.version} />
        <MetadataFields form="edit" state={state} source={source} />
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save details"}
        </button>
      </form>
    </details>
  );
}
