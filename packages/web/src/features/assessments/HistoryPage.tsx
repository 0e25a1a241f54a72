import { type Assessment, type InstrumentDefinition, t } from "@mend/core";
import { lazy, Suspense, useId, useMemo } from "react";
import { useParams } from "react-router";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink } from "../../app/navigation.tsx";
import { useMe } from "../../app/session.ts";
import { buttonClass } from "../../ui/Button.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Loading, Page } from "../../ui/Page.tsx";
import { VisibilityBadge } from "../journal/EntryCard.tsx";
import { Comparison } from "./Comparison.tsx";
import { formatScore, sharedPair, useAssessmentList, useInstrument } from "./useAssessments.ts";
import "../journal/journal.css";
import "./assessments.css";

const TrendChart = lazy(() => import("./TrendChart.tsx"));

export function HistoryPage() {
  const { instrumentId = "" } = useParams();
  const me = useMe();
  const instrument = useInstrument(instrumentId);
  const list = useAssessmentList(instrumentId);
  if (instrument.isError || list.isError) {
    return <ErrorState onRetry={() => void Promise.all([instrument.refetch(), list.refetch()])} />;
  }
  if (!instrument.data || !list.data || !me.data) return <Loading />;
  const definition = instrument.data.instrument;
  const all = list.data.assessments;
  const mine = all.filter((a) => a.mine);
  const partners = all.filter((a) => !a.mine);
  const pair = sharedPair(all);
  const partnerName = partners[0]?.author.displayName ?? me.data.couple?.partner?.displayName ?? "";

  return (
    <Page
      title={t("assessments.history.title", { title: definition.title })}
      intro={<p>{t("assessments.history.intro")}</p>}
    >
      {mine.length === 0 ? <p>{t("assessments.history.none")}</p> : null}
      {mine.length === 1 ? <p className="muted">{t("assessments.history.one")}</p> : null}
      {mine.length > 0 ? <Trend instrument={definition} results={mine} /> : null}
      {mine.length > 0 ? (
        <section className="card" aria-labelledby="mine-title">
          <h2 id="mine-title">{t("assessments.history.results")}</h2>
          <ResultLinks results={mine} instrumentId={definition.id} />
        </section>
      ) : null}
      {pair ? <Comparison mine={pair.mineShared} partner={pair.partnerShared} /> : null}
      {partners.length > 0 ? (
        <section className="card" aria-labelledby="partner-title">
          <h2 id="partner-title">{t("assessments.history.partnerResults", { name: partnerName })}</h2>
          <ResultLinks results={partners} instrumentId={definition.id} />
        </section>
      ) : null}
      <div className="button-row result-links">
        <AppLink className={buttonClass("secondary")} to={`/assessments/${definition.id}`}>
          {mine.length > 0 ? t("assessments.again") : t("assessments.start")}
        </AppLink>
        <AppLink className={buttonClass("quiet")} to="/assessments">
          {t("assessments.result.backHome")}
        </AppLink>
      </div>
    </Page>
  );
}

function ResultLinks({ results, instrumentId }: { results: Assessment[]; instrumentId: string }) {
  return (
    <ul className="result-links__list">
      {results.map((result) => {
        const date = formatDateTime(result.createdAt);
        return (
          <li key={result.id}>
            <AppLink
              to={`/assessments/${instrumentId}/results/${result.id}`}
              aria-label={t("assessments.history.openLabel", { date })}
            >
              {date}
            </AppLink>{" "}
            {result.mine ? <VisibilityBadge visibility={result.visibility} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A line per subscale over time, with the same numbers in a table. */
function Trend({ instrument, results }: { instrument: InstrumentDefinition; results: Assessment[] }) {
  const captionId = useId();
  const oldestFirst = useMemo(() => [...results].reverse(), [results]);
  const subscales = results[0]?.subscales ?? [];
  const range = subscales[0]?.range ?? { min: instrument.scale.min, max: instrument.scale.max };
  const times = useMemo(
    () => oldestFirst.map((result) => Math.floor(Date.parse(result.createdAt) / 1000)),
    [oldestFirst],
  );
  const series = useMemo(
    () =>
      instrument.subscales.map((subscale) => ({
        label: subscale.name,
        values: oldestFirst.map((result) => result.scores[subscale.id] ?? null),
      })),
    [instrument, oldestFirst],
  );
  return (
    <section className="card trend" aria-labelledby={captionId}>
      <h2 id={captionId}>{t("assessments.history.chartTitle")}</h2>
      {results.length > 1 ? (
        <figure className="trend-chart">
          <figcaption className="small muted">
            {t("assessments.history.chartLabel", { title: instrument.title })}{" "}
            {t("assessments.history.range", { min: range.min, max: range.max })}
          </figcaption>
          <Suspense fallback={<p className="small muted">{t("assessments.history.chartLoading")}</p>}>
            <TrendChart times={times} series={series} min={range.min} max={range.max} />
          </Suspense>
        </figure>
      ) : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label={t("assessments.history.table")}>
        <table className="trend-table">
          <caption className="visually-hidden">{t("assessments.history.table")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assessments.history.date")}</th>
              {instrument.subscales.map((subscale) => (
                <th scope="col" key={subscale.id}>
                  {subscale.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.id}>
                <th scope="row">{formatDateTime(result.createdAt)}</th>
                {instrument.subscales.map((subscale) => {
                  const score = result.subscales.find((s) => s.id === subscale.id);
                  return (
                    <td key={subscale.id}>
                      {score ? formatScore(score.score) : "–"}
                      {score?.band ? <span className="trend-table__band">{score.band.label}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
