import { type Assessment, t } from "@mend/core";
import { useQueries } from "@tanstack/react-query";
import { api, queryKeys } from "../../api/index.ts";
import { AppLink } from "../../app/navigation.tsx";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { formatScore, latest, minutesFor, useAssessmentList, useInstruments } from "./useAssessments.ts";
import "./assessments.css";

export function AssessmentsHome() {
  const instruments = useInstruments();
  const results = useAssessmentList();
  const ids = instruments.data?.instruments.map((instrument) => instrument.id) ?? [];
  const drafts = useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.draft(id),
      queryFn: () => api.drafts.get(id),
      staleTime: 0,
    })),
  });

  return (
    <Page title={t("assessments.title")} intro={<p>{t("assessments.intro")}</p>}>
      {instruments.isPending ? <Loading /> : null}
      {instruments.isError ? (
        <Notice role="alert">
          <p>{t("assessments.loadError")}</p>
          <Button variant="secondary" onClick={() => void instruments.refetch()}>
            {t("shell.retry")}
          </Button>
        </Notice>
      ) : null}
      <ul className="instrument-list">
        {(instruments.data?.instruments ?? []).map((instrument, i) => {
          const all = (results.data?.assessments ?? []).filter((a) => a.instrumentId === instrument.id);
          const mine = latest(all, true);
          const partners = latest(all, false);
          const draft = drafts[i]?.data?.draft ?? null;
          const answered = draft ? Object.keys(draft.responses).length : 0;
          const headingId = `instrument-${instrument.id}`;
          return (
            <li key={instrument.id}>
              <article className="card instrument" aria-labelledby={headingId} data-testid="instrument-card">
                <h2 id={headingId}>{instrument.title}</h2>
                <p>{instrument.intro}</p>
                <p className="small muted">
                  {t("assessments.items", {
                    count: instrument.itemCount,
                    minutes: minutesFor(instrument.itemCount),
                  })}
                </p>
                {mine ? <LatestSummary assessment={mine} /> : null}
                {partners ? (
                  <p className="small">
                    {t("assessments.partnerShared", {
                      name: partners.author.displayName,
                      date: formatDate(partners.createdAt),
                    })}{" "}
                    <AppLink to={`/assessments/${instrument.id}/results/${partners.id}`}>
                      {t("assessments.viewResult")}
                    </AppLink>
                  </p>
                ) : null}
                {draft && answered > 0 ? (
                  <p className="small instrument__draft">
                    {t("assessments.continueProgress", { answered, total: instrument.itemCount })}
                  </p>
                ) : null}
                <div className="button-row">
                  {draft && answered > 0 ? (
                    <AppLink
                      className={buttonClass("primary")}
                      to={`/assessments/${instrument.id}`}
                      aria-label={t("assessments.continueLabel", { title: instrument.title })}
                    >
                      {t("assessments.continue")}
                    </AppLink>
                  ) : (
                    <AppLink
                      className={buttonClass(mine ? "secondary" : "primary")}
                      to={`/assessments/${instrument.id}`}
                      aria-label={t(mine ? "assessments.againLabel" : "assessments.startLabel", {
                        title: instrument.title,
                      })}
                    >
                      {mine ? t("assessments.again") : t("assessments.start")}
                    </AppLink>
                  )}
                  {mine ? (
                    <AppLink
                      className={buttonClass("quiet")}
                      to={`/assessments/${instrument.id}/results/${mine.id}`}
                      aria-label={t("assessments.viewResultLabel", { title: instrument.title })}
                    >
                      {t("assessments.viewResult")}
                    </AppLink>
                  ) : null}
                  {mine ? (
                    <AppLink
                      className={buttonClass("quiet")}
                      to={`/assessments/${instrument.id}/history`}
                      aria-label={t("assessments.historyLabel", { title: instrument.title })}
                    >
                      {t("assessments.history")}
                    </AppLink>
                  ) : null}
                </div>
              </article>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}

function LatestSummary({ assessment }: { assessment: Assessment }) {
  return (
    <div className="latest">
      <p className="latest__when small">
        {t("assessments.latest", { date: formatDate(assessment.createdAt) })}
      </p>
      <ul className="latest__list small">
        {assessment.label ? <li>{t("assessments.result.closestTo", { label: assessment.label })}</li> : null}
        {assessment.subscales.map((subscale) => (
          <li key={subscale.id}>
            <span>{subscale.name}</span>
            {": "}
            <strong>{subscale.band?.label ?? formatScore(subscale.score)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
