import { type ThoughtRecord, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "react-router";
import { api, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink } from "../../app/navigation.tsx";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatMonth } from "../../ui/dates.ts";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { saveErrorText } from "../together/partner.tsx";
import "../../ui/sections.css";
import "../together/together.css";
import "./thought-records.css";

/** My benefit-of-the-doubt records, with how often and how strong over the months. */
export function ThoughtRecordsPage() {
  const location = useLocation();
  const justSaved = (location.state as { saved?: boolean } | null)?.saved === true;
  const [removed, setRemoved] = useState(false);
  const list = useQuery({ queryKey: queryKeys.thoughtRecordList, queryFn: api.thoughtRecords.list });
  const records = (list.data?.thoughtRecords ?? []).filter((record) => record.mine);
  return (
    <Page title={t("thoughts.title")} intro={<p>{t("thoughts.intro")}</p>}>
      <BackLink to="/show-it" label={t("showIt.back")} />
      <div role="status">
        {justSaved && !removed ? (
          <Notice tone="ok">
            <p>{t("thoughts.savedNote")}</p>
          </Notice>
        ) : null}
        {removed ? (
          <Notice tone="ok">
            <p>{t("thoughts.removed")}</p>
          </Notice>
        ) : null}
      </div>
      <p>
        <AppLink to="/thought-records/new" className={buttonClass("primary")}>
          <Icon name="pencil" />
          <span>{t("thoughts.start")}</span>
        </AppLink>
      </p>
      <MonthlyFigures />
      <section className="rebuild-section" aria-labelledby="thought-list" aria-busy={list.isFetching}>
        <h2 id="thought-list">{t("thoughts.list.title")}</h2>
        {list.isPending ? <Loading /> : null}
        {list.isError ? <ErrorState onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && records.length === 0 ? <p className="muted">{t("thoughts.list.empty")}</p> : null}
        {records.length > 0 ? (
          <ul className="talk-list" data-testid="thought-records">
            {records.map((record) => (
              <RecordCard key={record.id} record={record} onRemoved={() => setRemoved(true)} />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}

function MonthlyFigures() {
  const stats = useQuery({ queryKey: queryKeys.thoughtRecordStats, queryFn: api.thoughtRecords.stats });
  const months = stats.data?.months ?? [];
  if (months.length === 0) return null;
  const round = (value: number) => Math.round(value).toString();
  return (
    <section className="rebuild-section" aria-labelledby="thought-stats">
      <h2 id="thought-stats">{t("thoughts.stats.title")}</h2>
      <p className="muted small">{t("thoughts.stats.intro")}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label={t("thoughts.stats.title")}>
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t("thoughts.stats.month")}</th>
              <th scope="col">{t("thoughts.stats.count")}</th>
              <th scope="col">{t("thoughts.stats.before")}</th>
              <th scope="col">{t("thoughts.stats.after")}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month)}</th>
                <td>{month.count}</td>
                <td>{round(month.meanBefore)}</td>
                <td>{month.meanAfter === null ? t("thoughts.stats.none") : round(month.meanAfter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function RecordCard({ record, onRemoved }: { record: ThoughtRecord; onRemoved: () => void }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.thoughtRecords.remove(record.id),
    onSuccess: async () => {
      setConfirming(false);
      onRemoved();
      await queryClient.invalidateQueries({ queryKey: queryKeys.thoughtRecords });
    },
  });
  const date = formatDate(record.createdAt);
  const summary =
    record.intensityAfter === null
      ? t("thoughts.list.item", { date, before: record.intensityBefore })
      : t("thoughts.list.itemAfter", { date, before: record.intensityBefore, after: record.intensityAfter });
  return (
    <li className="card thought-record">
      <details>
        <summary>
          <span className="thought-record__summary">{summary}</span>
          <span className="thought-record__thought">{record.thought}</span>
        </summary>
        <dl className="thought-record__details">
          <dt>{t("thoughts.field.situation")}</dt>
          <dd className="talk-text">{record.situation}</dd>
          <dt>{t("thoughts.field.thought")}</dt>
          <dd className="talk-text">{record.thought}</dd>
          {record.traps.length > 0 ? (
            <>
              <dt>{t("thoughts.step.traps")}</dt>
              <dd>{record.traps.map((kind) => t(`coachField.kind.${kind}`)).join(", ")}</dd>
            </>
          ) : null}
          {record.evidenceFor ? (
            <>
              <dt>{t("thoughts.field.evidenceFor")}</dt>
              <dd className="talk-text">{record.evidenceFor}</dd>
            </>
          ) : null}
          {record.evidenceAgainst ? (
            <>
              <dt>{t("thoughts.field.evidenceAgainst")}</dt>
              <dd className="talk-text">{record.evidenceAgainst}</dd>
            </>
          ) : null}
          {record.alternative ? (
            <>
              <dt>{t("thoughts.field.alternative")}</dt>
              <dd className="talk-text">{record.alternative}</dd>
            </>
          ) : null}
        </dl>
        <Button variant="quiet" icon="trash" onClick={() => setConfirming(true)}>
          {t("thoughts.remove")}
        </Button>
      </details>
      <ConfirmDialog
        open={confirming}
        title={t("thoughts.remove.title")}
        confirmLabel={t("thoughts.remove.confirm")}
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate()}
      >
        <p>{t("thoughts.remove.body")}</p>
        {remove.isError ? <p>{saveErrorText(remove.error)}</p> : null}
      </ConfirmDialog>
    </li>
  );
}
