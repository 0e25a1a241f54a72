import { type CheckinAnswerBody, MAX_CHECKIN_TEXT, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiRequestError, api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { saveErrorText, textProblem } from "../together/partner.tsx";

type TextKey = "appreciation" | "worry" | "request";
const TEXT_FIELDS: readonly {
  key: TextKey;
  label: "checkins.form.appreciation" | "checkins.form.worry" | "checkins.form.request";
  hint?: "checkins.form.worryHint";
}[] = [
  { key: "appreciation", label: "checkins.form.appreciation" },
  { key: "worry", label: "checkins.form.worry", hint: "checkins.form.worryHint" },
  { key: "request", label: "checkins.form.request" },
];

/** The check-in questions: two 0–10 scales and three coached answers, sealed on submit. */
export function AnswerForm({ checkinId }: { checkinId: string }) {
  const queryClient = useQueryClient();
  const [safety, setSafety] = useState<number | null>(null);
  const [trust, setTrust] = useState<number | null>(null);
  const [texts, setTexts] = useState<Record<TextKey, string>>({ appreciation: "", worry: "", request: "" });
  const [errors, setErrors] = useState<Partial<Record<TextKey | "safety" | "trust", string>>>({});
  const answer = useMutation({
    mutationFn: (body: CheckinAnswerBody) => api.checkins.answer(checkinId, body),
    onSuccess: async (result) => {
      queryClient.setQueryData(queryKeys.checkinCurrent, result);
      await queryClient.invalidateQueries({ queryKey: queryKeys.checkins });
    },
    onError: async (error) => {
      if (error instanceof ApiRequestError && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: queryKeys.checkins });
      }
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (safety === null) next.safety = t("checkins.form.pickRating");
    if (trust === null) next.trust = t("checkins.form.pickRating");
    for (const field of TEXT_FIELDS) {
      const problem = textProblem(texts[field.key], MAX_CHECKIN_TEXT);
      if (problem) next[field.key] = problem;
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || safety === null || trust === null) return;
    answer.mutate({ safety, trust, ...texts });
  }

  return (
    <form className="answer-form" onSubmit={onSubmit} noValidate>
      <RatingScale
        name="safety"
        legend={t("checkins.form.safety")}
        value={safety}
        onChange={(value) => {
          setSafety(value);
          setErrors((old) => ({ ...old, safety: undefined }));
        }}
        error={errors.safety}
      />
      <RatingScale
        name="trust"
        legend={t("checkins.form.trust")}
        value={trust}
        onChange={(value) => {
          setTrust(value);
          setErrors((old) => ({ ...old, trust: undefined }));
        }}
        error={errors.trust}
      />
      {TEXT_FIELDS.map((field) => (
        <CoachedField
          key={field.key}
          label={t(field.label)}
          name={field.key}
          value={texts[field.key]}
          onChange={(value) => {
            setTexts((old) => ({ ...old, [field.key]: value }));
            if (errors[field.key]) setErrors((old) => ({ ...old, [field.key]: undefined }));
          }}
          hint={field.hint ? t(field.hint) : undefined}
          error={errors[field.key] ?? null}
          maxLength={MAX_CHECKIN_TEXT}
          rows={3}
          required
        />
      ))}
      {answer.isError ? (
        <Notice role="alert">
          <p>{answerErrorText(answer.error)}</p>
        </Notice>
      ) : null}
      <p className="muted small" id="seal-hint">
        {t("checkins.form.submitHint")}
      </p>
      <Button
        type="submit"
        block
        icon="lock"
        aria-describedby="seal-hint"
        disabled={answer.isPending}
        aria-busy={answer.isPending || undefined}
      >
        {t("checkins.form.submit")}
      </Button>
    </form>
  );
}

function answerErrorText(error: unknown): string {
  if (error instanceof ApiRequestError && error.status === 409) {
    return error.code === "already_answered" ? t("checkins.form.alreadyAnswered") : t("checkins.form.closed");
  }
  return saveErrorText(error);
}

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A native radio group 0–10: arrows move, every number visible, ends explained in words. */
function RatingScale({
  name,
  legend,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string;
}) {
  const hintId = `${name}-scale-hint`;
  const errorId = `${name}-scale-error`;
  return (
    <fieldset
      className="rating"
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <p className="field__hint rating__ends" id={hintId}>
        <span>{t("checkins.form.scaleLow")}</span>
        <span>{t("checkins.form.scaleHigh")}</span>
      </p>
      <div className="rating__options">
        {SCALE.map((number) => (
          <label key={number} className="rating__option">
            <input
              type="radio"
              name={name}
              value={number}
              checked={value === number}
              onChange={() => onChange(number)}
            />
            <span>{number}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <Icon name="info" />
          <span>{error}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
