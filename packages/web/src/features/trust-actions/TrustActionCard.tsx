import { hasMessage, type TrustActionToday, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { localTimeZone } from "../../ui/dates.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading } from "../../ui/Page.tsx";
import { saveErrorText } from "../together/partner.tsx";
import "./trust-actions.css";

/** Today's small step: one suggestion, stable through the day, with "done" and "another". */
export function TrustActionCard() {
  const queryClient = useQueryClient();
  const timeZone = localTimeZone();
  const today = useQuery({
    queryKey: queryKeys.trustAction,
    queryFn: () => api.trustActions.today(timeZone),
  });
  const change = useMutation({
    mutationFn: (action: "done" | "skip") =>
      action === "done" ? api.trustActions.done(timeZone) : api.trustActions.skip(timeZone),
    onSuccess: (result) => queryClient.setQueryData(queryKeys.trustAction, result),
  });
  const data = today.data?.today;
  return (
    <section className="card trust-action" aria-labelledby="trust-action-title" aria-busy={today.isFetching}>
      <h2 id="trust-action-title">{t("trustToday.title")}</h2>
      {today.isPending ? <Loading /> : null}
      {today.isError ? (
        <Notice role="alert">
          <p>{t("web.rebuild.loadError")}</p>
        </Notice>
      ) : null}
      {data ? (
        <TrustActionBody
          today={data}
          busy={change.isPending}
          onDone={() => change.mutate("done")}
          onSkip={() => change.mutate("skip")}
        />
      ) : null}
      {change.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(change.error)}</p>
        </Notice>
      ) : null}
    </section>
  );
}

function TrustActionBody({
  today,
  busy,
  onDone,
  onSkip,
}: {
  today: TrustActionToday;
  busy: boolean;
  onDone: () => void;
  onSkip: () => void;
}) {
  const key = today.action ? `trustAction.${today.action.id}` : "";
  const total =
    today.doneTotal === 1
      ? t("trustToday.total.one")
      : t("trustToday.total.many", { count: today.doneTotal });
  return (
    <>
      {today.status === "open" ? <p className="muted small">{t("trustToday.intro")}</p> : null}
      {today.action && hasMessage(key) ? (
        <p className="trust-action__text" data-testid="trust-action">
          {t(key)}
        </p>
      ) : null}
      {!today.action ? <p>{t("trustToday.none")}</p> : null}
      <div role="status">
        {today.status === "done" ? (
          <Notice tone="ok">
            <p>{t("trustToday.doneNote")}</p>
          </Notice>
        ) : null}
      </div>
      {today.status === "open" && today.action ? (
        <div className="button-row">
          <Button icon="check" onClick={onDone} disabled={busy} aria-busy={busy || undefined}>
            {t("trustToday.done")}
          </Button>
          <Button variant="quiet" onClick={onSkip} disabled={busy}>
            {t("trustToday.skip")}
          </Button>
        </div>
      ) : null}
      {today.doneTotal > 0 ? <p className="muted small trust-action__total">{total}</p> : null}
    </>
  );
}
