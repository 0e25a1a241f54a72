import { type Goal, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { saveErrorText } from "../together/partner.tsx";

/** A goal, its milestones and what can be done with it; the partner's goals are read-only. */
export function GoalCard({ goal, onReached }: { goal: Goal; onReached: (goal: Goal) => void }) {
  const queryClient = useQueryClient();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.goals });
    await queryClient.invalidateQueries({ queryKey: queryKeys.timeline });
  };
  const change = useMutation({
    mutationFn: (action: "reach" | "set-aside" | "resume") =>
      action === "reach"
        ? api.goals.reach(goal.id)
        : action === "set-aside"
          ? api.goals.setAside(goal.id)
          : api.goals.resume(goal.id),
    onSuccess: async (result, action) => {
      await refresh();
      if (action === "reach") onReached(result.goal);
    },
  });
  const milestoneDone = useMutation({
    mutationFn: (milestoneId: string) => api.goals.milestoneDone(goal.id, milestoneId),
    onSuccess: refresh,
  });
  const done = goal.milestones.filter((milestone) => milestone.doneAt !== null).length;
  const editable = goal.mine && goal.status === "active";
  const headingId = `goal-${goal.id}`;
  const error = change.error ?? milestoneDone.error;
  return (
    <li className="card goal" data-testid="goal">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{goal.title}</h3>
        {goal.reachedAt ? (
          <p className="goal__reached">
            <Icon name="heart" />
            <span>{t("goals.reachedOn", { date: formatDate(goal.reachedAt) })}</span>
          </p>
        ) : null}
        {goal.milestones.length > 0 ? (
          <p className="muted small">{t("goals.progress", { done, total: goal.milestones.length })}</p>
        ) : null}
        <h4 className="goal__subhead">{t("goals.milestones")}</h4>
        {goal.milestones.length === 0 ? <p className="muted small">{t("goals.milestones.none")}</p> : null}
        {goal.milestones.length > 0 ? (
          <ul className="milestones">
            {goal.milestones.map((milestone) => (
              <li key={milestone.id} className={milestone.doneAt ? "milestone milestone--done" : "milestone"}>
                <span className="milestone__mark" aria-hidden="true">
                  {milestone.doneAt ? <Icon name="check" /> : null}
                </span>
                <span className="milestone__title">
                  {milestone.title}
                  {milestone.doneAt ? (
                    <span className="muted small">
                      {" "}
                      · {t("goals.milestone.doneOn", { date: formatDate(milestone.doneAt) })}
                    </span>
                  ) : null}
                </span>
                {editable && !milestone.doneAt ? (
                  <Button
                    variant="quiet"
                    className="button--small"
                    aria-label={t("goals.milestone.done", { title: milestone.title })}
                    onClick={() => milestoneDone.mutate(milestone.id)}
                    disabled={milestoneDone.isPending}
                  >
                    <Icon name="check" />
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {editable ? <AddMilestone goal={goal} onAdded={refresh} /> : null}
        {error ? (
          <Notice role="alert">
            <p>{saveErrorText(error)}</p>
          </Notice>
        ) : null}
        {goal.mine ? (
          <div className="button-row goal__actions">
            {goal.status === "active" ? (
              <>
                <Button icon="heart" onClick={() => change.mutate("reach")} disabled={change.isPending}>
                  {goal.visibility === "couple" ? t("goals.reach") : t("goals.reachSolo")}
                </Button>
                <Button
                  variant="quiet"
                  onClick={() => change.mutate("set-aside")}
                  disabled={change.isPending}
                >
                  {t("goals.setAside")}
                </Button>
              </>
            ) : null}
            {goal.status === "set-aside" ? (
              <Button variant="secondary" onClick={() => change.mutate("resume")} disabled={change.isPending}>
                {t("goals.resume")}
              </Button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

function AddMilestone({ goal, onAdded }: { goal: Goal; onAdded: () => Promise<void> }) {
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => api.goals.addMilestone(goal.id, title.trim()),
    onSuccess: async () => {
      setTitle("");
      await onAdded();
    },
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (title.trim().length === 0) {
      setError(t("goals.milestone.error"));
      return;
    }
    add.mutate();
  }
  return (
    <form className="milestone-form" onSubmit={onSubmit} noValidate>
      <TextField
        label={t("goals.milestone.field")}
        value={title}
        maxLength={200}
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        error={error}
      />
      <Button
        type="submit"
        variant="secondary"
        disabled={add.isPending}
        aria-busy={add.isPending || undefined}
      >
        {t("goals.milestone.add")}
      </Button>
    </form>
  );
}
