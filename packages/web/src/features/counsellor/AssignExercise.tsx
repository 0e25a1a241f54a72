import { t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { counsellorApi, counsellorKeys, type ExerciseKind } from "./api.ts";
import { catalogueFor, EXERCISE_KINDS, exerciseText, kindName } from "./catalogue.ts";

/** The server's limit for a note (AssignExerciseBody). */
const MAX_NOTE = 1000;

/** The counsellor suggests something from Mend's catalogues; it lands on the couple's to-do list. */
export function AssignExercise({ coupleId, names }: { coupleId: string; names: string }) {
  const queryClient = useQueryClient();
  const kindId = useId();
  const itemId = useId();
  const [kind, setKind] = useState<ExerciseKind>("prompt");
  const [ref, setRef] = useState(() => catalogueFor("prompt")[0]?.ref ?? "");
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: () =>
      counsellorApi.assign(coupleId, note.trim() ? { kind, ref, note: note.trim() } : { kind, ref }),
    onSuccess: async () => {
      setNote("");
      setStatus(t("counsellor.exercises.assigned", { names }));
      await queryClient.invalidateQueries({ queryKey: counsellorKeys.exercises(coupleId) });
    },
    onError: () => setStatus(null),
  });

  function onKind(next: ExerciseKind) {
    setKind(next);
    setRef(catalogueFor(next)[0]?.ref ?? "");
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    assign.mutate();
  }

  return (
    <section className="card" aria-labelledby="counsellor-exercises-title">
      <h2 id="counsellor-exercises-title">{t("counsellor.exercises.title")}</h2>
      <p>{t("counsellor.exercises.intro", { names })}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={kindId}>
            {t("counsellor.exercises.kind")}
          </label>
          <select
            id={kindId}
            className="select"
            value={kind}
            onChange={(event) => onKind(EXERCISE_KINDS.find((k) => k === event.target.value) ?? "prompt")}
          >
            {EXERCISE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={itemId}>
            {t("counsellor.exercises.item")}
          </label>
          <select id={itemId} className="select" value={ref} onChange={(event) => setRef(event.target.value)}>
            {catalogueFor(kind).map((item) => (
              <option key={item.ref} value={item.ref}>
                {item.text}
              </option>
            ))}
          </select>
        </div>
        <TextArea
          label={t("counsellor.exercises.note")}
          hint={t("counsellor.exercises.noteHint")}
          value={note}
          onChange={setNote}
          maxLength={MAX_NOTE}
          rows={3}
          name="note"
        />
        <Button type="submit" disabled={assign.isPending} aria-busy={assign.isPending || undefined}>
          {t("counsellor.exercises.assign", { names })}
        </Button>
      </form>
      <StatusNotice message={status} className="counsellor-status" />
      {assign.isError ? (
        <Notice role="alert">
          <p>{t("counsellor.exercises.saveError")}</p>
        </Notice>
      ) : null}
      <AssignedExercises coupleId={coupleId} />
    </section>
  );
}

function AssignedExercises({ coupleId }: { coupleId: string }) {
  const list = useQuery({
    queryKey: counsellorKeys.exercises(coupleId),
    queryFn: () => counsellorApi.exercises(coupleId),
  });
  return (
    <>
      <h3 className="counsellor-assigned-title">{t("counsellor.exercises.listTitle")}</h3>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <p className="muted">{t("counsellor.loadError")}</p> : null}
      {list.data && list.data.exercises.length === 0 ? (
        <p className="muted">{t("counsellor.exercises.none")}</p>
      ) : null}
      {list.data && list.data.exercises.length > 0 ? (
        <ul className="counsellor-notes" data-testid="counsellor-exercises">
          {list.data.exercises.map((exercise) => (
            <li key={exercise.id}>
              <p className="muted small">
                {kindName(exercise.kind)} ·{" "}
                {t("counsellor.exercises.assignedOn", { date: formatDate(exercise.assignedAt) })}
              </p>
              <p>{exerciseText(exercise.kind, exercise.ref)}</p>
              {exercise.note ? <p className="counsellor-text muted">{exercise.note}</p> : null}
              <p className="small">
                {exercise.doneAt && exercise.doneBy
                  ? t("counsellor.exercises.done", {
                      name: exercise.doneBy.displayName,
                      date: formatDate(exercise.doneAt),
                    })
                  : t("counsellor.exercises.open")}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
