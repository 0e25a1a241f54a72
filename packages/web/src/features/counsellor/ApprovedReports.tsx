import { type CounsellorCouple, t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Loading } from "../../ui/Page.tsx";
import { counsellorApi, counsellorKeys } from "./api.ts";
import { categoryList } from "./catalogue.ts";

type Couple = z.infer<typeof CounsellorCouple>;

/**
 * Summaries both partners approved. One opens only while the couple still shares every category
 * it holds; otherwise the screen says so instead of offering a link that would be refused.
 */
export function ApprovedReports({ couple, names }: { couple: Couple; names: string }) {
  const reports = useQuery({
    queryKey: counsellorKeys.reports(couple.id),
    queryFn: () => counsellorApi.reports(couple.id),
  });
  return (
    <section className="card" aria-labelledby="counsellor-reports-title">
      <h2 id="counsellor-reports-title">{t("counsellor.reports.title")}</h2>
      <p>{t("counsellor.reports.intro", { names })}</p>
      {reports.isPending ? <Loading /> : null}
      {reports.isError ? <p className="muted">{t("counsellor.loadError")}</p> : null}
      {reports.data && reports.data.reports.length === 0 ? (
        <p className="muted">{t("counsellor.reports.none")}</p>
      ) : null}
      {reports.data && reports.data.reports.length > 0 ? (
        <ul className="counsellor-notes" data-testid="counsellor-reports">
          {reports.data.reports.map((report) => {
            const missing = report.categories.filter((c) => !couple.categories.includes(c));
            return (
              <li key={report.id}>
                <p className="counsellor-entry__lead">
                  {t("counsellor.reports.period", {
                    from: formatDate(report.from),
                    to: formatDate(report.to),
                  })}
                </p>
                <p className="muted small">
                  {t("counsellor.reports.covers", { list: categoryList(report.categories) })}
                </p>
                {missing.length === 0 ? (
                  <a
                    className="button button--secondary"
                    href={counsellorApi.reportPdfUrl(report.id)}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    <span>{t("counsellor.reports.open")}</span>
                  </a>
                ) : (
                  <p className="counsellor-not-shared counsellor-not-shared--inline">
                    <Icon name="lock" />
                    <span>{t("counsellor.reports.unavailable", { names, list: categoryList(missing) })}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
