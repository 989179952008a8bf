"use server";

import { revalidatePath } from "next/cache";
import { sessionCaller } from "@/lib/auth/caller";
import { isAppError } from "@/lib/errors";
import { describeRowError, importIncidentsCsv } from "@/lib/incidents/csv-import";

export type ImportState = { ok: boolean; message: string; imported: { id: string; title: string; line: number }[]; errors: string[] };

/** The uploaded file goes through the same import as the API; the report comes back to the form. */
export async function importIncidentsAction(_state: ImportState, data: FormData): Promise<ImportState> {
  const workspace = String(data.get("workspace") ?? "");
  const file = data.get("file");
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, message: "Choose a CSV file to import.", imported: [], errors: [] };
  try {
    const report = await importIncidentsCsv(await sessionCaller(), workspace, await file.text());
    if (report.imported.length) revalidatePath(`/w/${workspace}/incidents`);
    const errors = report.errors.map(describeRowError);
    const message = `Imported ${report.imported.length} incident${report.imported.length === 1 ? "" : "s"}${errors.length ? `; ${errors.length} row${errors.length === 1 ? "" : "s"} refused` : ""}.`;
    return { ok: errors.length === 0, message, imported: report.imported, errors };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, imported: [], errors: [] };
    throw error;
  }
}
