"use client";

import { useActionState } from "react";
import { importIncidentsAction, type ImportState } from "@/app/w/[workspace]/incidents/import/actions";
import styles from "../relations.module.css";

const initial: ImportState = { ok: false, message: "", imported: [], errors: [] };

export function IncidentImportForm({ workspace }: { workspace: string }) {
  const [state, action, pending] = useActionState(importIncidentsAction, initial);
  return (
    <form action={action} className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a CSV file</h2>
      <input type="hidden" name="workspace" value={workspace} />
      <div className="field">
        <label htmlFor="import-file">CSV file with ACLED column names</label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-hint" />
        <p className="hint" id="import-hint">Each good row becomes an incident; bad rows are listed below by line, and nothing else is lost.</p>
      </div>
      <button type="submit" disabled={pending}>{pending ? "Importing…" : "Import"}</button>
      {state.message && (
        <div role={state.errors.length || !state.ok ? "alert" : "status"} className={styles.importReport}>
          <p className={`notice ${state.ok ? "ok" : "error"}`}>{state.message}</p>
          {state.errors.length > 0 && (
            <>
              <h3>Rows not imported</h3>
              <ul aria-label="Rows not imported">
                {state.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </>
          )}
          {state.imported.length > 0 && (
            <>
              <h3>Imported</h3>
              <ul aria-label="Imported incidents">
                {state.imported.map((i) => (
                  <li key={i.id}>
                    line {i.line}: <a href={`/w/${workspace}/incidents/${i.id}`}>{i.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
