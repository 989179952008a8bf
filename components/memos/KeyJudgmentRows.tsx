"use client";

import { useEffect, useRef, useState } from "react";
import { mixingMessage, mixingWarnings } from "@/lib/memos/icd203";
import { confidence, likelihood } from "@/lib/ratings/scales";
import type { FormState } from "@/lib/actions/form-state";
import { ScaleOptions } from "../forms/ScaleOptions";
import styles from "./memo.module.css";

export type KeyJudgmentValue = { statement: string; likelihood: string; confidence: string };
const blank: KeyJudgmentValue = { statement: "", likelihood: "", confidence: "" };

/** Field errors of row i, e.g. keyJudgments.0.likelihood. */
function rowErrors(state: FormState, i: number) {
  return Object.entries(state.fields)
    .filter(([key]) => key.startsWith(`keyJudgments.${i}.`))
    .map(([key, messages]) => `${key.split(".")[2]}: ${messages.join(", ")}`);
}

/**
 * Key judgments: each a statement with its ICD 203 likelihood and its confidence,
 * chosen apart. The statement is checked as it is typed for a sentence that mixes
 * a likelihood term with a confidence level.
 */
export function KeyJudgmentRows({ initial, state }: { initial: KeyJudgmentValue[]; state: FormState }) {
  const [rows, setRows] = useState<KeyJudgmentValue[]>(initial.length ? initial : [blank]);
  const update = (i: number, patch: Partial<KeyJudgmentValue>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // The fields are not controlled (React would reset them when it hydrates): what was
  // typed or chosen before the script loaded is in the fields, so the rows start from them.
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const box = group.current;
    if (!box) return;
    const values = (name: string) => Array.from(box.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`), (field) => field.value);
    const [likelihoods, confidences] = [values("kjLikelihood"), values("kjConfidence")];
    setRows(values("kjStatement").map((statement, i) => ({ statement, likelihood: likelihoods[i] ?? "", confidence: confidences[i] ?? "" })));
  }, []);
  return (
    <fieldset className={styles.judgments} ref={group}>
      <legend>Key judgments</legend>
      {state.fields.keyJudgments && <p className="field-error">{state.fields.keyJudgments.join("; ")}</p>}
      {rows.map((row, i) => {
        const warnings = mixingWarnings(row.statement);
        const errors = rowErrors(state, i);
        const id = `kj-${i}`;
        return (
          <div key={i} className={styles.judgmentRow} role="group" aria-label={`Key judgment ${i + 1}`}>
            <div className="field">
              <label htmlFor={`${id}-statement`}>Judgment {i + 1}</label>
              <textarea id={`${id}-statement`} name="kjStatement" rows={2} defaultValue={row.statement} onChange={(e) => update(i, { statement: e.target.value })} aria-describedby={warnings.length || errors.length ? `${id}-note` : undefined} />
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={`${id}-likelihood`}>Likelihood (ICD 203)</label>
                <select id={`${id}-likelihood`} name="kjLikelihood" defaultValue={row.likelihood} onChange={(e) => update(i, { likelihood: e.target.value })}>
                  <ScaleOptions scale={likelihood} />
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-confidence`}>Confidence</label>
                <select id={`${id}-confidence`} name="kjConfidence" defaultValue={row.confidence} onChange={(e) => update(i, { confidence: e.target.value })}>
                  <ScaleOptions scale={confidence} />
                </select>
              </div>
            </div>
            <div id={`${id}-note`}>
              {errors.map((e) => (
                <p key={e} className="field-error">
                  {e}
                </p>
              ))}
              {warnings.map((w) => (
                <p key={w.sentence} className={styles.warning} role="status">
                  ⚠ {mixingMessage(w)}
                </p>
              ))}
            </div>
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => setRows([...rows, blank])}>
        Add a key judgment
      </button>
    </fieldset>
  );
}
