import { type TimelineItem, t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { formatDate } from "../../ui/format.ts";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { usePartnerName } from "../together/partner.tsx";
import "../../ui/sections.css";
import "../together/together.css";
import "./timeline.css";

// The assessments' chart (uPlot), loaded only when there is something to draw.
const TrendChart = lazy(() => import("../assessments/TrendChart.tsx"));

type Ratings = Awaited<ReturnType<typeof api.timeline>>["ratings"];

/** "How far we've come": the shared milestones, and safety and trust over the months. */
export function TimelinePage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  const timeline = useQuery({ queryKey: queryKeys.timeline, queryFn: api.timeline });
  return (
    <Page title={t("timeline.title")} intro={<p>{t("timeline.intro")}</p>} wide>
      <BackLink to="/pace" label={t("pace.back")} />
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? <ErrorState onRetry={() => void timeline.refetch()} /> : null}
      {timeline.data ? (
        <div className="rebuild-layout timeline-layout">
          <Feed items={timeline.data.items} />
          <Charts ratings={timeline.data.ratings} partnerName={name} />
        </div>
      ) : null}
    </Page>
  );
}

function itemText(item: TimelineItem): string {
  const title = item.title ?? "";
  switch (item.kind) {
    case "commitments-kept":
      return item.count === 1
        ? t("timeline.kind.commitments-kept.one")
        : t("timeline.kind.commitments-kept.many", { count: item.count ?? 0 });
    case "repair-done":
    case "goal-reached":
    case "milestone-reached":
    case "boundary-agreed":
      return t(`timeline.kind.${item.kind}`, { title });
    default:
      return t(`timeline.kind.${item.kind}`);
  }
}

function Feed({ items }: { items: TimelineItem[] }) {
  return (
    <section className="card" aria-labelledby="timeline-feed">
      <h2 id="timeline-feed">{t("timeline.feed.title")}</h2>
      {items.length === 0 ? <p className="muted">{t("timeline.feed.empty")}</p> : null}
      {items.length > 0 ? (
        <ol className="timeline" data-testid="timeline">
          {items.map((item) => (
            <li
              key={`${item.kind}-${item.at}-${item.title ?? ""}-${item.by?.id ?? ""}`}
              className="timeline__item"
            >
              <span className="timeline__dot" aria-hidden="true" />
              <p className="talk-meta">
                <time dateTime={item.at}>{formatDate(item.at)}</time>
                {item.by ? ` · ${item.by.displayName}` : null}
              </p>
              <p className="timeline__text">{itemText(item)}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** Two charts (safety, trust), a line per person, with the same numbers in a table. */
function Charts({ ratings, partnerName }: { ratings: Ratings; partnerName: string }) {
  const times = useMemo(
    () =>
      [...new Set(ratings.map((rating) => Math.floor(Date.parse(rating.at) / 1000)))].sort((a, b) => a - b),
    [ratings],
  );
  const seriesFor = useMemo(
    () => (field: "safety" | "trust") =>
      [true, false].map((mine) => ({
        label: mine ? t("web.rebuild.you") : partnerName,
        values: times.map((time) => {
          const point = ratings.find(
            (rating) => rating.mine === mine && Math.floor(Date.parse(rating.at) / 1000) === time,
          );
          return point ? point[field] : null;
        }),
      })),
    [ratings, times, partnerName],
  );
  const safety = useMemo(() => seriesFor("safety"), [seriesFor]);
  const trust = useMemo(() => seriesFor("trust"), [seriesFor]);
  return (
    <section className="card" aria-labelledby="timeline-charts">
      <h2 id="timeline-charts">{t("timeline.charts.title")}</h2>
      <p className="muted small">{t("timeline.charts.intro")}</p>
      {ratings.length === 0 ? <p className="muted">{t("timeline.charts.empty")}</p> : null}
      {times.length > 1 ? (
        <Suspense fallback={<p className="small muted">{t("timeline.charts.loading")}</p>}>
          <figure className="trend-chart">
            <figcaption className="small">{t("timeline.chart.safety")}</figcaption>
            <TrendChart times={times} series={safety} min={0} max={10} />
          </figure>
          <figure className="trend-chart">
            <figcaption className="small">{t("timeline.chart.trust")}</figcaption>
            <TrendChart times={times} series={trust} min={0} max={10} />
          </figure>
        </Suspense>
      ) : null}
      {ratings.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label={t("timeline.table")}>
          <table className="figures-table">
            <caption className="visually-hidden">{t("timeline.table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("timeline.table.date")}</th>
                <th scope="col">{t("timeline.table.who")}</th>
                <th scope="col">{t("timeline.table.safety")}</th>
                <th scope="col">{t("timeline.table.trust")}</th>
              </tr>
            </thead>
            <tbody>
              {[...ratings].reverse().map((rating) => (
                <tr key={`${rating.at}-${rating.author.id}`}>
                  <th scope="row">{formatDate(rating.at)}</th>
                  <td>{rating.mine ? t("web.rebuild.you") : rating.author.displayName}</td>
                  <td>{rating.safety}</td>
                  <td>{rating.trust}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
}
