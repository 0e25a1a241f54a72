import { type Checkin, MAX_CHECKIN_TEXT, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { saveErrorText, textProblem } from "../together/partner.tsx";

type Answer = NonNullable<Checkin["mine"]>;

/** Both answers next to each other (stacked on a phone); no totals, no winner. */
export function AnswersSideBySide({
  mine,
  partner,
  partnerName,
}: {
  mine: Answer;
  partner: Answer | null;
  partnerName?: string;
}) {
  return (
    <div className={partner ? "reveal" : "reveal reveal--single"} data-testid="reveal">
      <AnswerColumn answer={mine} title={t("checkins.reveal.you")} />
      {partner ? (
        <AnswerColumn answer={partner} title={partnerName ?? partner.author.displayName} theirs />
      ) : null}
    </div>
  );
}

function AnswerColumn({
  answer,
  title,
  theirs = false,
}: {
  answer: Answer;
  title: string;
  theirs?: boolean;
}) {
  return (
    <section
      className={theirs ? "reveal__column reveal__column--theirs" : "reveal__column"}
      aria-label={title}
    >
      <h3>{title}</h3>
      <dl>
        <dt>{t("checkins.form.safety")}</dt>
        <dd>{t("checkins.reveal.rating", { value: answer.safety })}</dd>
        <dt>{t("checkins.form.trust")}</dt>
        <dd>{t("checkins.reveal.rating", { value: answer.trust })}</dd>
        <dt>{t("checkins.form.appreciation")}</dt>
        <dd className="talk-text">{answer.appreciation}</dd>
        <dt>{t("checkins.form.worry")}</dt>
        <dd className="talk-text">{answer.worry}</dd>
        <dt>{t("checkins.form.request")}</dt>
        <dd className="talk-text">{answer.request}</dd>
      </dl>
    </section>
  );
}

/** After the reveal, answers are final; a later thought is a visible note. */
export function NotesSection({ checkin, readOnly = false }: { checkin: Checkin; readOnly?: boolean }) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (text: string) => api.checkins.addNote(checkin.id, text),
    onSuccess: async (result) => {
      setBody("");
      setStatus(t("checkins.notes.added"));
      queryClient.setQueryData(queryKeys.checkinCurrent, result);
      await queryClient.invalidateQueries({ queryKey: queryKeys.checkins });
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const problem = textProblem(body, MAX_CHECKIN_TEXT);
    setError(problem);
    if (!problem) add.mutate(body);
  }

  const headingId = `notes-${checkin.id}`;
  return (
    <section className="notes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("checkins.notes.title")}</h3>
      {checkin.notes.length === 0 ? <p className="muted small">{t("checkins.notes.none")}</p> : null}
      {checkin.notes.length > 0 ? (
        <ul className="talk-list">
          {checkin.notes.map((note) => (
            <li key={note.id} className="note">
              <p className="talk-meta">
                {note.author.displayName} ·{" "}
                <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
              </p>
              <p className="talk-text">{note.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <form onSubmit={onSubmit} noValidate className="notes__form">
          <CoachedField
            label={t("checkins.notes.field")}
            name="note"
            value={body}
            onChange={(value) => {
              setBody(value);
              if (error) setError(null);
            }}
            hint={t("checkins.notes.hint")}
            error={error}
            maxLength={MAX_CHECKIN_TEXT}
            rows={3}
          />
          {add.isError ? (
            <Notice role="alert">
              <p>{saveErrorText(add.error)}</p>
            </Notice>
          ) : null}
          <Button
            type="submit"
            variant="secondary"
            disabled={add.isPending}
            aria-busy={add.isPending || undefined}
          >
            {t("checkins.notes.submit")}
          </Button>
          <StatusNotice message={status} className="talk-status" />
        </form>
      )}
    </section>
  );
}
