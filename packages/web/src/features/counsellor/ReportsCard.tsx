import { type Report, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { z } from "zod";
import { ApiRequestError } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { supportApi, supportKeys } from "./api.ts";
import { categoryList } from "./catalogue.ts";

type ReportView = z.infer<typeof Report>;

/** YYYY-MM-DD of a local day, `daysAgo` before today. */
function localDay(daysAgo: number): string {
  const date = new Date();
  date.setDate(date.getDate() - daysAgo);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Make a session-prep summary over a period, preview it, and approve it; both must approve. */
export function ReportsCard({ partnerName }: { partnerName: string }) {
  const reports = useQuery({ queryKey: supportKeys.reports, queryFn: supportApi.reports });
  return (
    <section className="card" aria-labelledby="support-reports-title">
      <h2 id="support-reports-title">{t("support.reports.title")}</h2>
      <p>{t("support.reports.intro")}</p>
      <CreateReportForm />
      {reports.isPending ? <Loading /> : null}
      {reports.isError ? <p className="muted">{t("counsellor.loadError")}</p> : null}
      {reports.data && reports.data.reports.length === 0 ? (
        <p className="muted">{t("support.reports.none")}</p>
      ) : null}
      {reports.data && reports.data.reports.length > 0 ? (
        <ul className="counsellor-notes" data-testid="report-list">
          {reports.data.reports.map((report) => (
            <ReportItem key={report.id} report={report} partnerName={partnerName} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CreateReportForm() {
  const queryClient = useQueryClient();
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(() => localDay(30));
  const [to, setTo] = useState(() => localDay(0));
  const [status, setStatus] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => supportApi.createReport(from, to),
    onSuccess: async () => {
      setStatus(t("support.reports.created"));
      await queryClient.invalidateQueries({ queryKey: supportKeys.reports });
    },
    onError: () => setStatus(null),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    create.mutate();
  }

  return (
    <form onSubmit={onSubmit} className="counsellor-period" noValidate>
      <div className="counsellor-period__fields">
        <div className="field">
          <label className="field__label" htmlFor={fromId}>
            {t("support.reports.from")}
          </label>
          <input
            id={fromId}
            className="input"
            type="date"
            required
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={toId}>
            {t("support.reports.to")}
          </label>
          <input
            id={toId}
            className="input"
            type="date"
            required
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
      </div>
      <Button type="submit" disabled={create.isPending} aria-busy={create.isPending || undefined}>
        {t("support.reports.create")}
      </Button>
      <StatusNotice message={status} className="counsellor-status" />
      {create.isError ? (
        <Notice role="alert">
          <p>{createErrorText(create.error)}</p>
        </Notice>
      ) : null}
    </form>
  );
}

function createErrorText(error: unknown): string {
  if (error instanceof ApiRequestError && error.code === "nothing_shared")
    return t("support.reports.nothingShared");
  if (error instanceof ApiRequestError && error.status === 400) return t("support.reports.badPeriod");
  return t("support.reports.saveError");
}

function ReportItem({ report, partnerName }: { report: ReportView; partnerName: string }) {
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => supportApi.approveReport(report.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.reports }),
  });
  const period = t("support.reports.period", { from: formatDate(report.from), to: formatDate(report.to) });
  return (
    <li data-testid="report">
      <p className="counsellor-entry__lead">{period}</p>
      <p className="muted small">
        {t("support.reports.madeBy", {
          name: report.createdBy.displayName,
          date: formatDate(report.createdAt),
        })}
      </p>
      <p className="small">{t("support.reports.covers", { list: categoryList(report.categories) })}</p>
      <ul className="counsellor-approvals">
        <ApprovalLine
          done={report.approvedByMe}
          text={report.approvedByMe ? t("support.reports.youApproved") : t("support.reports.youNotYet")}
        />
        <ApprovalLine
          done={report.approvedByPartner}
          text={
            report.approvedByPartner
              ? t("support.reports.partnerApproved", { name: partnerName })
              : t("support.reports.partnerNotYet", { name: partnerName })
          }
        />
      </ul>
      <p className="small">{report.approved ? t("support.reports.ready") : t("support.reports.waiting")}</p>
      <div className="button-row">
        <a
          className="button button--secondary"
          href={supportApi.reportPdfUrl(report.id)}
          target="_blank"
          rel="noopener noreferrer"
        >
          <span>{t("support.reports.preview")}</span>
        </a>
        {report.approvedByMe ? null : (
          <Button
            icon="check"
            disabled={approve.isPending}
            aria-busy={approve.isPending || undefined}
            onClick={() => approve.mutate()}
          >
            {t("support.reports.approve")}
          </Button>
        )}
      </div>
      {approve.isError ? (
        <Notice role="alert">
          <p>{t("support.reports.saveError")}</p>
        </Notice>
      ) : null}
    </li>
  );
}

function ApprovalLine({ done, text }: { done: boolean; text: string }) {
  return (
    <li className={done ? "counsellor-approval counsellor-approval--done" : "counsellor-approval"}>
      <Icon name={done ? "check" : "info"} />
      <span>{text}</span>
    </li>
  );
}
