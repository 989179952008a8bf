import type { Metadata } from "next";
import styles from "@/components/board.module.css";
import { DisputeBoard } from "@/components/DisputeBoard";
import { DisputeEditForm, PlaceClaimForm } from "@/components/forms/DisputeTools";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { disputeTitle } from "@/lib/page-titles";
import { roleAllows } from "@/lib/auth/roles";
import { listClaimChoices } from "@/lib/claims/claim-choices";
import { getDisputeBoard } from "@/lib/disputes/read-disputes";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { rateClaimAction } from "../../claims/actions";
import { searchClaimChoices } from "../../choices-actions";
import { placeClaimAction, updateDisputeAction } from "../actions";

type Params = { params: Promise<{ workspace: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/disputes/${id}`);
  return { title: await pageRead(() => disputeTitle(caller, slug, id)) };
}

export default async function DisputePage({ params }: Params) {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/disputes/${id}`);
  const [workspace, board] = await pageRead(() => Promise.all([getWorkspace(caller, slug), getDisputeBoard(caller, slug, id)]));
  const canEdit = roleAllows(workspace.role, "edit");
  const onBoard = new Set(board.dispute.claims.map((c) => c.claimId));
  const others = canEdit ? await listClaimChoices(caller, slug, [...onBoard]) : [];

  const tools = canEdit && (
    <div className={styles.toolbar}>
      <details className={styles.drawer}>
        <summary>Place a claim on the board</summary>
        <div className={styles.drawerBody}>
          <PlaceClaimForm
            action={placeClaimAction.bind(null, slug)}
            disputeId={board.dispute.id}
            claims={others.map((c) => ({ id: c.id, statement: c.statement, claimant: c.claimant?.name ?? null }))}
            search={searchClaimChoices.bind(null, slug, [...onBoard])}
          />
        </div>
      </details>
      <details className={styles.drawer}>
        <summary>Edit proposition, summary or status</summary>
        <div className={styles.drawerBody}>
          <DisputeEditForm
            action={updateDisputeAction.bind(null, slug)}
            // Only what the form shows: a client component's props travel in the page's RSC payload.
            dispute={{ id: board.dispute.id, version: board.dispute.version, proposition: board.dispute.proposition, summary: board.dispute.summary, status: board.dispute.status }}
          />
        </div>
      </details>
    </div>
  );

  return (
    <main>
      <DisputeBoard
        board={board}
        tools={tools}
        slug={slug}
        me={caller.userId}
        raterNames={board.raterNames}
        rateAction={roleAllows(workspace.role, "rate") ? rateClaimAction.bind(null, slug) : undefined}
      />
    </main>
  );
}
