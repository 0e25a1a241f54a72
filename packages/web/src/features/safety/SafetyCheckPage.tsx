import {
  MAX_SAFETY_NOTE,
  SAFETY_ANSWERS,
  SAFETY_ITEMS,
  type SafetyAnswer,
  type SafetyAnswers,
  type SafetyItemId,
  t,
} from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { AppLink, useAppNavigate } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Page } from "../../ui/Page.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { type SafetyCheckResult, safetyApi, safetyKeys } from "./api.ts";
import "./safety.css";

type AnswersSoFar = { [K in SafetyItemId]?: SafetyAnswer };

/**
 * The private check-in with oneself: twelve short questions on one page (quicker on a phone than
 * twelve screens, and easy to look over before sending), an optional note, then the result.
 * Answers live only in this component until sent; nothing is saved as a draft.
 */
export function SafetyCheckPage() {
  return (
    <Page
      title={t("safetyCheck.pageTitle")}
      intro={
        <>
          <p>{t("safety.check.intro")}</p>
          <p className="small muted">{t("safety.check.exitHint")}</p>
        </>
      }
    >
      <p>
        <AppLink to="/support">{t("safetyCheck.back")}</AppLink>
      </p>
      <CheckForm />
      <PastChecks />
    </Page>
  );
}

function CheckForm() {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  const [answers, setAnswers] = useState<AnswersSoFar>({});
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const send = useMutation({
    mutationFn: safetyApi.check,
    onSuccess: ({ check }) => {
      queryClient.setQueryData(safetyKeys.checks, (old: { checks: SafetyCheckResult[] } | undefined) => ({
        checks: [check, ...(old?.checks ?? [])],
      }));
      void queryClient.invalidateQueries({ queryKey: safetyKeys.suggestions });
      navigate(`/support/check/${encodeURIComponent(check.id)}`);
      // The form ends far down the page; the result is read from its top.
      window.scrollTo(0, 0);
    },
  });
  const answered = SAFETY_ITEMS.filter((item) => answers[item.id] !== undefined).length;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const complete = completeAnswers(answers);
    if (!complete) {
      setMissing(true);
      // Take the person to the first question still open.
      const first = SAFETY_ITEMS.find((item) => answers[item.id] === undefined);
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${first?.id}"]`)?.focus();
      return;
    }
    setMissing(false);
    const trimmed = note.trim();
    send.mutate({ answers: complete, ...(trimmed ? { note: trimmed } : {}) });
  }

  return (
    <form ref={formRef} className="check-form" onSubmit={onSubmit} noValidate>
      {SAFETY_ITEMS.map((item, index) => (
        <Question
          key={item.id}
          id={item.id}
          number={index + 1}
          text={t(item.text)}
          value={answers[item.id]}
          invalid={missing && answers[item.id] === undefined}
          onChange={(value) => setAnswers((old) => ({ ...old, [item.id]: value }))}
        />
      ))}
      <TextArea
        label={t("safety.check.noteLabel")}
        hint={t("safetyCheck.noteHint")}
        value={note}
        onChange={setNote}
        maxLength={MAX_SAFETY_NOTE}
        rows={4}
        name="note"
      />
      {missing ? (
        <Notice role="alert">
          <p>{t("safetyCheck.missing")}</p>
        </Notice>
      ) : null}
      {send.isError ? (
        <Notice role="alert">
          <p>{t("safetyCheck.saveError")}</p>
        </Notice>
      ) : null}
      <div className="check-progress">
        <p className="small muted" aria-live="off">
          {t("safetyCheck.progress", { answered, total: SAFETY_ITEMS.length })}
        </p>
        <Button type="submit" block disabled={send.isPending}>
          {send.isPending ? t("safetyCheck.submitting") : t("safetyCheck.submit")}
        </Button>
      </div>
    </form>
  );
}

function completeAnswers(answers: AnswersSoFar): SafetyAnswers | null {
  const entries = SAFETY_ITEMS.map((item) => [item.id, answers[item.id]] as const);
  if (entries.some(([, value]) => value === undefined)) return null;
  return Object.fromEntries(entries) as SafetyAnswers;
}

function Question({
  id,
  number,
  text,
  value,
  invalid,
  onChange,
}: {
  id: SafetyItemId;
  number: number;
  text: string;
  value: SafetyAnswer | undefined;
  invalid: boolean;
  onChange: (value: SafetyAnswer) => void;
}) {
  return (
    <fieldset className={invalid ? "is-missing" : undefined}>
      <legend>
        <span className="check-form__number">{number}.</span>
        {text}
      </legend>
      {invalid ? <p className="check-form__missing small">{t("safetyCheck.missingOne")}</p> : null}
      <div className="check-options">
        {SAFETY_ANSWERS.map((answer) => (
          <label key={answer} className="check-option">
            <input
              type="radio"
              name={id}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            <span>{t(`safety.answer.${answer}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function PastChecks() {
  const titleId = useId();
  const checks = useQuery({ queryKey: safetyKeys.checks, queryFn: safetyApi.checks });
  const list = checks.data?.checks ?? [];
  return (
    <section className="support-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("safetyCheck.past.title")}</h2>
      {checks.isSuccess && list.length === 0 ? <p className="muted">{t("safetyCheck.past.none")}</p> : null}
      {list.length > 0 ? (
        <ul className="past-checks" data-testid="past-checks">
          {list.map((check) => (
            <li key={check.id}>
              <AppLink to={`/support/check/${encodeURIComponent(check.id)}`}>
                {t("safetyCheck.past.item", {
                  date: formatDate(check.createdAt),
                  level: t(`safetyResult.level.${check.level}`),
                })}
              </AppLink>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
