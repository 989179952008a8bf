import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { assembleMemo, getMemo, memoChoices } from "@/lib/memos/read-memos";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { MemoBuilder } from "@/components/memos/MemoBuilder";
import { MemoExports } from "@/components/memos/MemoExports";
import { MemoPreview } from "@/components/memos/MemoPreview";
import { MemoVersions } from "@/components/memos/MemoVersions";
import { QuoteFlags } from "@/components/memos/QuoteFlags";
import styles from "@/components/memos/memo.module.css";
import { updateMemoAction } from "../actions";

type Props = { params: Promise<{ workspace: string; id: string }>; searchParams: Promise<{ version?: string }> };

export const metadata: Metadata = { title: "Memo" };

export default async function MemoPage({ params, searchParams }: Props) {
  const { workspace: slug, id } = await params;
  const asked = Number((await searchParams).version);
  const caller = await pageCaller(`/w/${slug}/memos/${id}`);
  const revision = Number.isInteger(asked) && asked >= 1 ? asked : undefined;
  const [workspace, memo, doc, choices] = await pageRead(() =>
    Promise.all([getWorkspace(caller, slug), getMemo(caller, slug, id, revision), assembleMemo(caller, slug, id, { revision }), memoChoices(caller, slug)]),
  );
  const latest = memo.revision === memo.memo.version;
  const canEdit = roleAllows(workspace.role, "edit") && latest;
  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}/memos`}>Memos</a> ›
          </p>
          <h1>{memo.memo.title}</h1>
          <p>
            Version {memo.revision} of {memo.memo.version}
            {!latest && (
              <>
                {" "}
                — an earlier version. <a href={`/w/${slug}/memos/${id}`}>Open the latest</a>
              </>
            )}{" "}
            · {doc.style.label} · {doc.citations.length} cited passage{doc.citations.length === 1 ? "" : "s"} from {doc.originSummary.sources} source{doc.originSummary.sources === 1 ? "" : "s"}
          </p>
        </div>
      </div>
      <QuoteFlags doc={doc} slug={slug} />
      <MemoExports slug={slug} memoId={id} version={memo.revision} latest={latest} />
      <div className={canEdit ? styles.workGrid : undefined}>
        {canEdit && (
          <section className="panel" aria-labelledby="builder-heading">
            <h2 id="builder-heading">Build</h2>
            <MemoBuilder action={updateMemoAction.bind(null, slug, id)} version={memo.memo.version} content={memo.content} choices={choices} />
          </section>
        )}
        <div>
          <MemoPreview doc={doc} />
          <MemoVersions slug={slug} memoId={id} versions={memo.versions} current={memo.revision} />
        </div>
      </div>
    </main>
  );
}
