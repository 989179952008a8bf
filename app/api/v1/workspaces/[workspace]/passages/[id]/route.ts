import { apiRoute } from "../../../../../../../lib/api/handler";
import { citePassage } from "../../../../../../../lib/citations/cite-passage";

type Params = { workspace: string; id: string };

/** One passage, its source and "cite this" in ?style= (chicago-note-bibliography, chicago-author-date or apa). */
export const GET = apiRoute<Params>(async ({ caller, params, query }) => {
  const { excerpt, source, style, cite } = await citePassage(caller, params.workspace, params.id, query.get("style"));
  const { text: _text, ...metadata } = source;
  const { source: _source, ...passage } = excerpt;
  return { passage, source: metadata, style, cite, permalink: `/w/${params.workspace}/passages/${excerpt.id}` };
});
