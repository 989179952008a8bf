"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { citationStyles } from "@/lib/citations/styles-list";
import { mixingMessage, mixingWarnings } from "@/lib/memos/icd203";
import type { MemoContent } from "@/lib/memos/schemas";
import { FieldError, invalidProps } from "../forms/FieldError";
import { useTypedValue } from "../forms/use-typed-value";
import { SubmitNotice } from "../forms/SubmitNotice";
import { KeyJudgmentRows } from "./KeyJudgmentRows";
import styles from "./memo.module.css";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Choices = { disputes: { id: string; proposition: string }[]; judgments: { id: string; label: string }[] };

/** The memo builder: what the author writes and chooses; each save is a new version. */
export function MemoBuilder({ action, version, content, choices }: { action: Action; version: number; content: MemoContent; choices: Choices }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [bluf, blufField] = useTypedValue<HTMLTextAreaElement>(content.bluf);
  const v = { ...content, ...(state.ok ? {} : state.values) };
  const field = (name: string) => ({ id: `memo-${name}`, name, ...invalidProps(state, name, `memo-${name}-error`) });
  const blufWarnings = mixingWarnings(bluf);
  // Submitted by hand so React does not reset the form after saving: the key judgment
  // rows and the BLUF live in state, and a reset would show stale choices. Without
  // JavaScript the form still posts to the action.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form action={formAction} onSubmit={submit} noValidate aria-label="Memo builder" className={styles.builder}>
      <SubmitNotice state={state} />
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="memo-title">Title</label>
        <input {...field("title")} defaultValue={v.title} required />
        <FieldError state={state} name="title" id="memo-title-error" />
      </div>
      <div className="field">
        <label htmlFor="memo-bluf">Bottom line up front</label>
        <textarea {...field("bluf")} {...blufField} rows={4} aria-describedby="memo-bluf-hint" />
        <div className="hint" id="memo-bluf-hint">
          The answer first, in two or three sentences. State likelihood and confidence in separate sentences.
        </div>
        {blufWarnings.map((w) => (
          <p key={w.sentence} className={styles.warning} role="status">
            ⚠ {mixingMessage(w)}
          </p>
        ))}
        <FieldError state={state} name="bluf" id="memo-bluf-error" />
      </div>
      <fieldset className={styles.choices}>
        <legend>Disputes</legend>
        {choices.disputes.map((d) => (
          <label key={d.id} className={styles.choice}>
            <input type="checkbox" name="disputeIds" value={d.id} defaultChecked={content.disputeIds.includes(d.id)} /> {d.proposition}
          </label>
        ))}
        <FieldError state={state} name="disputeIds" id="memo-disputeIds-error" />
      </fieldset>
      <fieldset className={styles.choices}>
        <legend>Judgments from review sessions</legend>
        {choices.judgments.length === 0 ? (
          <p className="muted">No review session has recorded a judgment yet; the memo shows the claims&apos; ratings instead.</p>
        ) : (
          choices.judgments.map((j) => (
            <label key={j.id} className={styles.choice}>
              <input type="checkbox" name="judgmentIds" value={j.id} defaultChecked={content.judgmentIds.includes(j.id)} /> {j.label}
            </label>
          ))
        )}
        <FieldError state={state} name="judgmentIds" id="memo-judgmentIds-error" />
      </fieldset>
      <KeyJudgmentRows initial={content.keyJudgments} state={state} />
      <div className="field">
        <label htmlFor="memo-alternatives">Alternatives</label>
        <textarea {...field("alternatives")} rows={3} defaultValue={v.alternatives} />
        <div className="hint">Other explanations considered; recorded dissent is added from review sessions.</div>
      </div>
      <div className="field">
        <label htmlFor="memo-whatWouldChange">What would change the judgment</label>
        <textarea {...field("whatWouldChange")} rows={3} defaultValue={v.whatWouldChange} />
      </div>
      <div className="field">
        <label htmlFor="memo-citationStyle">Citation style</label>
        <select {...field("citationStyle")} defaultValue={v.citationStyle}>
          {citationStyles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <FieldError state={state} name="citationStyle" id="memo-citationStyle-error" />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : `Save as version ${version + 1}`}
      </button>
    </form>
  );
}
