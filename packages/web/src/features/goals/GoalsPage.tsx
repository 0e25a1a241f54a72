import { type Goal, MAX_ACTIVE_GOALS, t, type Visibility } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiRequestError, api, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { VisibilityChoice } from "../journal/VisibilityChoice.tsx";
import { saveErrorText, usePartnerName } from "../together/partner.tsx";
import { GoalCard } from "./GoalCard.tsx";
import "../../ui/sections.css";
import "../together/together.css";
import "./goals.css";

/** At most two goals under way; a third is refused by the server with a kind explanation. */
export function GoalsPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  const list = useQuery({ queryKey: queryKeys.goals, queryFn: api.goals.list });
  const [celebrating, setCelebrating] = useState<Goal | null>(null);
  const goals = list.data?.goals ?? [];
  const mine = goals.filter((goal) => goal.mine);
  const active = mine.filter((goal) => goal.status === "active");
  const reached = goals.filter((goal) => goal.status === "reached");
  const setAside = mine.filter((goal) => goal.status === "set-aside");
  const partnersActive = goals.filter((goal) => !goal.mine && goal.status === "active");
  return (
    <Page title={t("goals.title")} intro={<p>{t("goals.intro")}</p>} wide>
      <BackLink to="/pace" label={t("pace.back")} />
      {celebrating ? <Celebration goal={celebrating} onClose={() => setCelebrating(null)} /> : null}
      <div className="rebuild-layout">
        <div>
          <NewGoal partnerName={partner.linked ? name : null} activeCount={active.length} />
        </div>
        <div aria-busy={list.isFetching}>
          {list.isPending ? <Loading /> : null}
          {list.isError ? <ErrorState onRetry={() => void list.refetch()} /> : null}
          {list.isSuccess ? (
            <>
              <GoalGroup
                id="goals-active"
                title={t("goals.active.title")}
                goals={active}
                onReached={setCelebrating}
              />
              {partner.linked && partnersActive.length > 0 ? (
                <GoalGroup
                  id="goals-partner"
                  title={t("goals.partner.title", { name })}
                  goals={partnersActive}
                  onReached={setCelebrating}
                />
              ) : null}
              {reached.length > 0 ? (
                <GoalGroup
                  id="goals-reached"
                  title={t("goals.reached.title")}
                  goals={reached}
                  onReached={setCelebrating}
                />
              ) : null}
              {setAside.length > 0 ? (
                <GoalGroup
                  id="goals-set-aside"
                  title={t("goals.setAside.title")}
                  goals={setAside}
                  onReached={setCelebrating}
                />
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </Page>
  );
}

function GoalGroup({
  id,
  title,
  goals,
  onReached,
}: {
  id: string;
  title: string;
  goals: Goal[];
  onReached: (goal: Goal) => void;
}) {
  return (
    <section className="rebuild-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {goals.length === 0 ? <p className="muted">{t("goals.active.empty")}</p> : null}
      {goals.length > 0 ? (
        <ul className="talk-list" data-testid={id}>
          {goals.map((goal) => (
            <GoalCard key={goal.id} goal={goal} onReached={onReached} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function NewGoal({ partnerName, activeCount }: { partnerName: string | null; activeCount: number }) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [visibility, setVisibility] = useState<Visibility>(partnerName ? "couple" : "private");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const limitRef = useRef<HTMLDivElement>(null);
  const create = useMutation({
    mutationFn: api.goals.create,
    onSuccess: async () => {
      setTitle("");
      setStatus(t("goals.created"));
      await queryClient.invalidateQueries({ queryKey: queryKeys.goals });
    },
  });
  const limit =
    create.error instanceof ApiRequestError && create.error.code === "too_many_goals" ? create.error : null;

  // The explanation is the answer to what they just did: take them to it.
  useEffect(() => {
    if (limit) limitRef.current?.focus();
  }, [limit]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    if (title.trim().length === 0) {
      setError(t("goals.error.title"));
      return;
    }
    create.mutate({ title: title.trim(), visibility: partnerName ? visibility : "private" });
  }

  return (
    <section className="card" aria-labelledby="new-goal">
      <h2 id="new-goal">{t("goals.new.title")}</h2>
      {activeCount >= MAX_ACTIVE_GOALS && !limit ? <p className="muted small">{t("goal.limit")}</p> : null}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t("goals.field.title")}
          hint={t("goals.field.titleHint")}
          value={title}
          maxLength={200}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
          error={error}
          required
        />
        <VisibilityChoice
          value={partnerName ? visibility : "private"}
          onChange={setVisibility}
          allowed={partnerName ? ["private", "couple"] : ["private"]}
          partnerName={partnerName}
          text={{
            legend: t("goals.visibility.legend"),
            privateHelp: t("goals.visibility.private"),
            coupleHelp: t("goals.visibility.couple", { name: partnerName ?? "" }),
            needsPartner: t("visibility.couple.needsPartner"),
          }}
        />
        {limit ? (
          <Notice tone="info" role="alert" ref={limitRef} focusable>
            <p>
              <strong>{t("goals.limit.title")}</strong>
            </p>
            <p data-testid="goal-limit">{limit.message}</p>
          </Notice>
        ) : null}
        {create.isError && !limit ? (
          <Notice role="alert">
            <p>{saveErrorText(create.error)}</p>
          </Notice>
        ) : null}
        <Button type="submit" block disabled={create.isPending} aria-busy={create.isPending || undefined}>
          {t("goals.submit")}
        </Button>
        <StatusNotice message={status} className="form-status" />
      </form>
    </section>
  );
}

/** A calm moment, not fireworks: a gentle glow that stays still for people who prefer less motion. */
function Celebration({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="celebration" role="status" tabIndex={-1} data-testid="celebration">
      <div className="celebration__glow" aria-hidden="true" />
      <h2 className="celebration__title">{t("goals.celebrate.title")}</h2>
      <p>{t("goals.celebrate.body", { title: goal.title })}</p>
      <Button variant="secondary" onClick={onClose}>
        {t("goals.celebrate.close")}
      </Button>
    </div>
  );
}
