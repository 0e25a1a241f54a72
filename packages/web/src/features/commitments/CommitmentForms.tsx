import { type Commitment, MAX_COMMITMENT_TITLE, t, type Visibility } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { localDate, localTimeZone } from "../../ui/dates.ts";
import { Notice } from "../../ui/Notice.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { VisibilityChoice } from "../journal/VisibilityChoice.tsx";
import { saveErrorText } from "../together/partner.tsx";
import {
  draftOf,
  type ScheduleDraft,
  type ScheduleErrors,
  ScheduleFields,
  scheduleBody,
  scheduleProblems,
} from "./ScheduleFields.tsx";

function titleProblem(title: string): string | null {
  if (title.trim().length === 0) return t("commitments.error.title");
  if (title.length > MAX_COMMITMENT_TITLE) return t("web.rebuild.tooLong", { max: MAX_COMMITMENT_TITLE });
  return null;
}

/** A new promise: what, how often, and who sees it (only me when not linked). */
export function NewCommitmentForm({ partnerName }: { partnerName: string | null }) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [schedule, setSchedule] = useState<ScheduleDraft>({
    repeat: "daily",
    startsOn: localDate(),
    endsOn: "",
    weekdays: [],
  });
  const [visibility, setVisibility] = useState<Visibility>(partnerName ? "couple" : "private");
  const [errors, setErrors] = useState<ScheduleErrors & { title?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: api.commitments.create,
    onSuccess: async () => {
      setTitle("");
      setStatus(t("commitments.created"));
      await queryClient.invalidateQueries({ queryKey: queryKeys.commitments });
    },
  });
  const linked = partnerName !== null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const next: typeof errors = { ...scheduleProblems(schedule) };
    const problem = titleProblem(title);
    if (problem) next.title = problem;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    create.mutate({
      title: title.trim(),
      schedule: scheduleBody(schedule, localTimeZone()),
      visibility: linked ? visibility : "private",
    });
  }

  return (
    <section className="card" aria-labelledby="new-commitment">
      <h2 id="new-commitment">{t("commitments.new.title")}</h2>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t("commitments.field.title")}
          hint={t("commitments.field.titleHint")}
          value={title}
          maxLength={MAX_COMMITMENT_TITLE}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
          required
        />
        <ScheduleFields value={schedule} onChange={setSchedule} errors={errors} />
        <VisibilityChoice
          value={linked ? visibility : "private"}
          onChange={setVisibility}
          allowed={linked ? ["private", "couple"] : ["private"]}
          partnerName={partnerName}
          text={{
            legend: t("commitments.visibility.legend"),
            privateHelp: t("commitments.visibility.private"),
            coupleHelp: t("commitments.visibility.couple", { name: partnerName ?? "" }),
            needsPartner: t("commitments.visibility.needsPartner"),
          }}
        />
        {create.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(create.error)}</p>
          </Notice>
        ) : null}
        <Button type="submit" block disabled={create.isPending} aria-busy={create.isPending || undefined}>
          {t("commitments.submit")}
        </Button>
        <StatusNotice message={status} className="form-status" />
      </form>
    </section>
  );
}

/** A changed promise is a new version; the old one and its history stay. */
/** `onSaved` after a new version is saved (then `onDone`); `onDone` alone when cancelled. */
export function RenegotiateForm({
  commitment,
  onDone,
  onSaved,
}: {
  commitment: Commitment;
  onDone: () => void;
  onSaved?: () => void;
}) {
  const queryClient = useQueryClient();
  const today = localDate();
  const [title, setTitle] = useState(commitment.title);
  const [schedule, setSchedule] = useState<ScheduleDraft>(
    // The new version starts today, or later if the promise had not begun yet (ISO dates sort as text).
    draftOf(commitment.schedule, [commitment.schedule.startsOn, today].sort()[1]),
  );
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<ScheduleErrors & { title?: string }>({});
  const renegotiate = useMutation({
    mutationFn: () =>
      api.commitments.renegotiate(commitment.id, {
        title: title.trim(),
        schedule: scheduleBody(schedule, commitment.schedule.timeZone || localTimeZone()),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.commitments });
      onSaved?.();
      onDone();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = { ...scheduleProblems(schedule) };
    const problem = titleProblem(title);
    if (problem) next.title = problem;
    setErrors(next);
    if (Object.keys(next).length === 0) renegotiate.mutate();
  }

  return (
    <form className="commitment__renegotiate" onSubmit={onSubmit} noValidate>
      <h4>{t("commitments.renegotiate.title")}</h4>
      <p className="muted small">{t("commitments.renegotiate.hint")}</p>
      <TextField
        label={t("commitments.field.title")}
        value={title}
        maxLength={MAX_COMMITMENT_TITLE}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        required
      />
      <ScheduleFields value={schedule} onChange={setSchedule} errors={errors} />
      {/* On a shared promise the partner reads why it changed, so the coach reads along. */}
      <CoachedField
        label={t("commitments.field.reason")}
        value={reason}
        onChange={setReason}
        coachWanted={commitment.visibility === "couple"}
        rows={2}
        maxLength={1000}
      />
      {renegotiate.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(renegotiate.error)}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button type="submit" disabled={renegotiate.isPending} aria-busy={renegotiate.isPending || undefined}>
          {t("commitments.renegotiate.submit")}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
