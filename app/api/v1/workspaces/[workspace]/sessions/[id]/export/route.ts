import { rawRouteCaller } from "@/lib/api/raw-caller";
import { failureResponse } from "@/lib/api/responses";
import { exportSession } from "@/lib/reviews/export-session";

type Params = { workspace: string; id: string };

const fileName = (title: string) => title.replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "session";

/** The session record as a download: `?format=markdown` (default) or `?format=json`. */
export async function GET(request: Request, context: { params: Promise<Params> }) {
  try {
    const caller = await rawRouteCaller(request);
    const { workspace, id } = await context.params;
    const format = new URL(request.url).searchParams.get("format") === "json" ? "json" : "markdown";
    const record = await exportSession(caller, workspace, id);
    const body = format === "json" ? JSON.stringify(record.json, null, 2) : record.markdown;
    return new Response(body, {
      headers: {
        "content-type": format === "json" ? "application/json; charset=utf-8" : "text/markdown; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName(record.title)}.${format === "json" ? "json" : "md"}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return failureResponse(error);
  }
}
