"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { scales, type ScaleName } from "@/lib/ratings/scales";
import { SubmitNotice } from "../forms/SubmitNotice";
import styles from "./reviews.module.css";

type Mine = Partial<Record<ScaleName, { value: string; rationale?: string }>>;
type Action = (state: FormState, data: FormData) => Promise<FormState>;

const optionText = (scale: ScaleName, value: string, label: string) => (scale === "INFO_CREDIBILITY" ? `${value} — ${label}` : label);

/** The caller's blind ratings of one item: every scale with its words, each with a rationale. */
export function ItemRatingForm({ action, itemId, itemScales, mine, title }: { action: Action; itemId: string; itemScales: ScaleName[]; mine: Mine; title: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const id = (name: string) => `r-${itemId}-${name}`;
  const err = (name: string) => state.fields[name];
  return (
    <form action={formAction} noValidate aria-label={`Your ratings: ${title}`}>
      <div className={styles.scales}>
        {itemScales.map((scale) => {
          const current = mine[scale];
          const retry = !state.ok ? state.values : undefined;
          const checked = retry?.[`value:${scale}`] ?? current?.value;
          const valueError = err(`value:${scale}`);
          return (
            <fieldset key={scale} className={styles.scale} aria-describedby={valueError ? id(`${scale}-value-error`) : undefined}>
              <legend>{scales[scale].name}</legend>
              {scales[scale].options.map((o) => (
                <label key={o.value} className={styles.option}>
                  <input type="radio" name={`value:${scale}`} value={o.value} defaultChecked={checked === o.value} aria-invalid={valueError ? true : undefined} />
                  {optionText(scale, o.value, o.label)}
                </label>
              ))}
              {valueError && (
                <p className="field-error" id={id(`${scale}-value-error`)}>
                  {valueError[0]}
                </p>
              )}
              <label className={styles.small} htmlFor={id(`${scale}-rationale`)}>
                Rationale for {scales[scale].name.toLowerCase()}
              </label>
              <textarea
                id={id(`${scale}-rationale`)}
                name={`rationale:${scale}`}
                defaultValue={retry?.[`rationale:${scale}`] ?? current?.rationale ?? ""}
                aria-invalid={err(`rationale:${scale}`) ? true : undefined}
                aria-describedby={err(`rationale:${scale}`) ? id(`${scale}-rationale-error`) : undefined}
              />
              {err(`rationale:${scale}`) && (
                <p className="field-error" id={id(`${scale}-rationale-error`)}>
                  {err(`rationale:${scale}`)!.join("; ")}
                </p>
              )}
              {current && (
                <>
                  <label className={styles.small} htmlFor={id(`${scale}-change`)}>
                    If you change it: why?
                  </label>
                  <textarea
                    id={id(`${scale}-change`)}
                    name={`changeReason:${scale}`}
                    defaultValue={retry?.[`changeReason:${scale}`] ?? ""}
                    aria-invalid={err(`changeReason:${scale}`) ? true : undefined}
                    aria-describedby={err(`changeReason:${scale}`) ? id(`${scale}-change-error`) : undefined}
                  />
                  {err(`changeReason:${scale}`) && (
                    <p className="field-error" id={id(`${scale}-change-error`)}>
                      {err(`changeReason:${scale}`)!.join("; ")}
                    </p>
                  )}
                </>
              )}
            </fieldset>
          );
        })}
      </div>
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save my ratings"}
        </button>
        <span className={styles.hiddenNote}>Only you can see these until the facilitator reveals this item.</span>
      </div>
      <SubmitNotice state={state} />
    </form>
  );
}
