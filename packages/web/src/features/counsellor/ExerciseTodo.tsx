import { t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AppLink } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading } from "../../ui/Page.tsx";
import { type ExerciseKind, supportApi, supportKeys } from "./api.ts";
import { exerciseText, kindName } from "./catalogue.ts";

/** What the counsellor suggested; either partner can mark an item done. */
export function ExerciseTodo() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: supportKeys.exercises, queryFn: supportApi.exercises });
  const done = useMutation({
    mutationFn: (exerciseId: string) => supportApi.markDone(exerciseId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.exercises }),
  });
  return (
    <section className="card" aria-labelledby="support-exercises-title">
      <h2 id="support-exercises-title">{t("support.exercises.title")}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <p className="muted">{t("counsellor.loadError")}</p> : null}
      {list.data && list.data.exercises.length === 0 ? (
        <p className="muted">{t("support.exercises.none")}</p>
      ) : null}
      {list.data && list.data.exercises.length > 0 ? (
        <ul className="counsellor-notes" data-testid="exercise-todo">
          {list.data.exercises.map((exercise) => (
            <li key={exercise.id}>
              <p className="muted small">
                {kindName(exercise.kind)} ·{" "}
                {t("support.exercises.from", {
                  name: exercise.assignedBy.displayName,
                  date: formatDate(exercise.assignedAt),
                })}
              </p>
              <p className="counsellor-entry__lead">{exerciseText(exercise.kind, exercise.ref)}</p>
              {exercise.note ? <p className="counsellor-text">{exercise.note}</p> : null}
              <ExerciseLink kind={exercise.kind} refId={exercise.ref} />
              {exercise.doneAt && exercise.doneBy ? (
                <p className="counsellor-done">
                  <Icon name="check" />
                  <span>
                    {t("support.exercises.done", {
                      name: exercise.doneBy.displayName,
                      date: formatDate(exercise.doneAt),
                    })}
                  </span>
                </p>
              ) : (
                <Button
                  variant="secondary"
                  icon="check"
                  disabled={done.isPending}
                  onClick={() => done.mutate(exercise.id)}
                >
                  {t("support.exercises.markDone")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {done.isError ? (
        <Notice role="alert">
          <p>{t("support.exercises.saveError")}</p>
        </Notice>
      ) : null}
    </section>
  );
}

/** Where in Mend an exercise is done, for the kinds that have a place of their own. */
function ExerciseLink({ kind, refId }: { kind: ExerciseKind; refId: string }) {
  if (kind === "instrument")
    return (
      <p>
        <AppLink to={`/assessments/${encodeURIComponent(refId)}`}>
          {t("support.exercises.openInstrument")}
        </AppLink>
      </p>
    );
  if (kind === "prompt")
    return (
      <p>
        <AppLink to="/journal">{t("support.exercises.openJournal")}</AppLink>
      </p>
    );
  return null;
}
