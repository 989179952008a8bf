import type { Metadata } from "next";
import { ProvinceTable } from "@/components/ProvinceTable";
import { Timeline } from "@/components/Timeline";
import styles from "@/components/timeline.module.css";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { isAppError } from "@/lib/errors";
import { buildTimeline } from "@/lib/timeline/build-timeline";
import { timelineFilterOptions } from "@/lib/timeline/filter-options";

export const metadata: Metadata = { title: "Timeline" };

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const keys = ["bucket", "actorId", "province", "disputeId", "from", "to"] as const;

export default async function TimelinePage({ params, searchParams }: Props) {
  const { workspace: slug } = await params;
  const search = await searchParams;
  const query = Object.fromEntries(keys.map((k) => [k, typeof search[k] === "string" ? search[k] : undefined]));
  const caller = await pageCaller(`/w/${slug}/timeline`);
  const options = await pageRead(() => timelineFilterOptions(caller, slug));
  // A filter that does not parse is shown as a message, not a 500: these come from a URL anyone can edit.
  const result = await buildTimeline(caller, slug, query).catch((error: unknown) => {
    if (isAppError(error) && error.code === "INVALID") return error;
    throw error;
  });
  const timeline = isAppError(result) ? null : result;
  const dispute = options.disputes.find((d) => d.id === query.disputeId);

  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Timeline</h1>
          <p>What was said against what happened: dated claims above, incidents and their reported deaths below, by {timeline?.query.bucket ?? "month"}.</p>
        </div>
      </div>
      <form method="get" className={`panel ${styles.filters}`} aria-label="Timeline filters">
        <div className="field">
          <label htmlFor="tl-bucket">Count by</label>
          <select id="tl-bucket" name="bucket" defaultValue={query.bucket ?? "month"}>
            <option value="month">Month</option>
            <option value="week">ISO week</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="tl-actor">Actor</label>
          <select id="tl-actor" name="actorId" defaultValue={query.actorId ?? ""}>
            <option value="">Any actor</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tl-province">Province</label>
          <select id="tl-province" name="province" defaultValue={query.province ?? ""}>
            <option value="">Any province</option>
            {options.provinces.map((p) => (
              <option key={p} value={p}>{p}</option>
            ))}
          </select>
        </div>
        <div className={`field ${styles.wide}`}>
          <label htmlFor="tl-dispute">Dispute</label>
          <select id="tl-dispute" name="disputeId" defaultValue={query.disputeId ?? ""}>
            <option value="">All claims</option>
            {options.disputes.map((d) => (
              <option key={d.id} value={d.id}>{d.proposition}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tl-from">From</label>
          <input id="tl-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="tl-to">To</label>
          <input id="tl-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <div className="field">
          <button type="submit">Apply</button> <a href={`/w/${slug}/timeline`}>Clear</a>
        </div>
      </form>

      {isAppError(result) ? (
        <p className="notice error" role="alert">{result.message}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="sr-only">Claims and incidents over time</h2>
            <Timeline timeline={result} slug={slug} disputeLabel={dispute?.proposition} />
            {query.province && <p className={styles.rule}>Claims are not tied to a place, so the province filter narrows the incidents only.</p>}
          </section>
          <section className="panel" aria-labelledby="provinces-heading">
            <h2 id="provinces-heading">Incidents by province</h2>
            <p className={styles.rule}>Every dated incident that matches the filters, including those dated too loosely to draw in a bar. Deaths by the same rule as the chart.</p>
            <ProvinceTable rows={result.provinces} caption="Incidents by province" />
          </section>
        </>
      )}
    </main>
  );
}
