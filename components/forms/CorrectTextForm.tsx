"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import type { CorrectionReport as Report } from "@/lib/sources/correction-report";
import { CorrectionReport } from "../sources/CorrectionReport";
import styles from "../sources/corrections.module.css";
import { FieldError } from "./FieldError";
import { FormLinkNotice } from "./FormLinkNotice";
import { emptyFormState, exactly, formKey } from "./form-types";
import { useTypedValue } from "./use-typed-value";

type State = FormState & { report?: Report };
type Props = { workspace: string; readerHref: string; text: string; version: number; intro: ReactNode; action: (state: State, data: FormData) => Promise<State> };

/**
 * A textarea's value always uses LF newlines, whatever the stored text used. A text
 * stored with CR LF gets them back, so a correction changes only what the editor changed.
 */
function withNewlinesOf(original: string, edited: string) {
  const crlf = original.includes("\r\n") && !/(^|[^\r])\n/.test(original);
  return crlf ? edited.replace(/\r?\n/g, "\r\n") : edited;
}

function changeText(text: string, edited: string) {
  if (edited === text) return "unchanged";
  const delta = edited.length - text.length;
  return delta === 0 ? "edited, same length" : `${delta > 0 ? "+" : "−"}${Math.abs(delta).toLocaleString("en")} from the current text`;
}

/** Edits a source's text in place; the server keeps the old text and re-anchors every passage. */
export function CorrectTextForm({ workspace, readerHref, text, version, intro, action }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState as State);
  // Kept outside the keyed form, so a refused save leaves the edits in place. The
  // textarea keeps its own value, so typing that began before the script loaded is
  // neither lost nor mixed with the original.
  const [draft, draftField] = useTypedValue<HTMLTextAreaElement>(() => text.replace(/\r\n?/g, "\n"));
  if (state.ok && state.report) return <CorrectionReport report={state.report} workspace={workspace} />;

  const edited = withNewlinesOf(text, draft);
  const changed = edited !== text;
  const describe = (name: string, hint: string) => [state.fields[name]?.length ? `correct-${name}-error` : "", hint].filter(Boolean).join(" ");
  return (
    <>
      {/* What the editor is about to change; once saved, the report replaces it. */}
      {intro}
      <form action={formAction} className="panel" aria-label="Correct the text">
        <FormLinkNotice state={state} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="textJson" value={exactly(edited)} />
        <div className="field">
          <label htmlFor="correct-text">Text</label>
          <textarea
            id="correct-text"
            className={styles.editor}
            {...draftField}
            aria-invalid={state.fields.text?.length ? true : undefined}
            aria-describedby={describe("text", "correct-text-hint")}
            spellCheck={false}
          />
          <p className={styles.counts} id="correct-text-hint" aria-live="polite">
            {edited.length.toLocaleString("en")} characters ({changeText(text, edited)})
          </p>
          <FieldError state={state} name="text" id="correct-text-error" />
        </div>
        <div className="field" key={formKey(state)}>
          <label htmlFor="correct-note">What was corrected</label>
          <input
            id="correct-note"
            name="note"
            required
            maxLength={2000}
            defaultValue={state.values?.note ?? ""}
            aria-invalid={state.fields.note?.length ? true : undefined}
            aria-describedby={describe("note", "correct-note-hint")}
          />
          <p className="hint" id="correct-note-hint">
            Kept with the replaced version, e.g. “Toll corrected to twelve after the ministry’s update”.
          </p>
          <FieldError state={state} name="note" id="correct-note-error" />
        </div>
        <div className={styles.actions}>
          <button type="submit" disabled={pending || !changed}>
            {pending ? "Saving and re-anchoring…" : "Save corrected text"}
          </button>
          <a href={readerHref}>Cancel</a>
        </div>
      </form>
    </>
  );
}
