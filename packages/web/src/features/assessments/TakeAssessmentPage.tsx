import { type InstrumentDefinition, type MeResponse, t, type Visibility } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useParams } from "react-router";
import { ApiRequestError, api, NetworkError, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink, useAppNavigate } from "../../app/navigation.tsx";
import { useMe } from "../../app/session.ts";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { visibilitiesFor } from "../journal/useJournal.ts";
import { VisibilityChoice } from "../journal/VisibilityChoice.tsx";
import { scaleLabel, scalePoints, useDraft, useInstrument } from "./useAssessments.ts";
import "../journal/journal.css";
import "./assessments.css";

type Answers = Record<string, number>;
type Step = { kind: "intro" } | { kind: "question"; index: number } | { kind: "finish" };

export function TakeAssessmentPage() {
  const { instrumentId = "" } = useParams();
  const me = useMe();
  const instrument = useInstrument(instrumentId);
  const draft = useDraft(instrumentId);

  if (instrument.isError && instrument.error instanceof ApiRequestError && instrument.error.status === 404) {
    return (
      <Page title={t("assessments.take.notFound")}>
        <AppLink className={buttonClass("secondary")} to="/assessments">
          {t("assessments.result.backHome")}
        </AppLink>
      </Page>
    );
  }
  if (instrument.isError || me.isError) {
    return <ErrorState onRetry={() => void instrument.refetch()} />;
  }
  // A draft that cannot be read must not block anyone: start afresh.
  if (!instrument.data || !me.data || draft.isPending) return <Loading />;
  const definition = instrument.data.instrument;
  return (
    <Taking
      key={definition.id}
      instrument={definition}
      me={me.data}
      saved={cleanAnswers(definition, draft.data?.draft?.responses ?? {})}
    />
  );
}

/** Keeps only answers to this instrument's items that lie on its scale. */
function cleanAnswers(instrument: InstrumentDefinition, responses: Record<string, number>): Answers {
  const answers: Answers = {};
  for (const item of instrument.items) {
    const value = responses[item.id];
    if (typeof value === "number" && value >= instrument.scale.min && value <= instrument.scale.max) {
      answers[item.id] = value;
    }
  }
  return answers;
}

function firstUnanswered(instrument: InstrumentDefinition, answers: Answers): number {
  const index = instrument.items.findIndex((item) => answers[item.id] === undefined);
  return index === -1 ? instrument.items.length : index;
}

function Taking({
  instrument,
  me,
  saved,
}: {
  instrument: InstrumentDefinition;
  me: MeResponse;
  saved: Answers;
}) {
  const total = instrument.items.length;
  const resumedAt = Object.keys(saved).length > 0 ? firstUnanswered(instrument, saved) : null;
  const [answers, setAnswers] = useState<Answers>(saved);
  const [step, setStep] = useState<Step>(() =>
    resumedAt === null
      ? { kind: "intro" }
      : resumedAt >= total
        ? { kind: "finish" }
        : { kind: "question", index: resumedAt },
  );
  const [missing, setMissing] = useState(false);
  const autosave = useAutosave(instrument.id);

  function answer(itemId: string, value: number) {
    const next = { ...answers, [itemId]: value };
    setAnswers(next);
    autosave.save(next);
  }

  function goTo(index: number) {
    setMissing(false);
    setStep(index >= total ? { kind: "finish" } : { kind: "question", index: Math.max(0, index) });
  }

  return (
    <Page title={instrument.title}>
      {resumedAt !== null && step.kind === "question" && step.index === resumedAt ? (
        <Notice tone="info" role="status">
          <p>{t("assessments.take.resumed", { number: Math.min(resumedAt + 1, total) })}</p>
        </Notice>
      ) : null}
      {step.kind === "intro" ? (
        <Intro instrument={instrument} onBegin={() => goTo(0)} />
      ) : step.kind === "question" ? (
        <Question
          instrument={instrument}
          index={step.index}
          answers={answers}
          onAnswer={answer}
          onBack={() => (step.index === 0 ? setStep({ kind: "intro" }) : goTo(step.index - 1))}
          onNext={() => goTo(step.index + 1)}
          saveState={autosave.state}
        />
      ) : (
        <Finish
          instrument={instrument}
          me={me}
          answers={answers}
          missing={missing}
          onReview={() => goTo(total - 1)}
          onMissing={() => {
            const index = firstUnanswered(instrument, answers);
            setStep({ kind: "question", index: Math.min(index, total - 1) });
            setMissing(true);
          }}
        />
      )}
      {missing && step.kind === "question" ? (
        <Notice role="alert">
          <p>{t("assessments.take.missing")}</p>
        </Notice>
      ) : null}
    </Page>
  );
}

/**
 * Saves the answers so far after every answer. Saves run one at a time and only the newest
 * answers are sent once the previous save is done, so the server never ends up with an older set.
 */
function useAutosave(instrumentId: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const pending = useRef<Answers | null>(null);
  const running = useRef(false);

  async function run() {
    running.current = true;
    while (pending.current) {
      const answers = pending.current;
      pending.current = null;
      setState("saving");
      try {
        const saved = await api.drafts.save(instrumentId, answers);
        queryClient.setQueryData(queryKeys.draft(instrumentId), saved);
        if (!pending.current) setState("saved");
      } catch {
        if (!pending.current) setState("failed");
      }
    }
    running.current = false;
  }

  return {
    state,
    save(answers: Answers) {
      pending.current = answers;
      if (!running.current) void run();
    },
  };
}

function Intro({ instrument, onBegin }: { instrument: InstrumentDefinition; onBegin: () => void }) {
  return (
    <section className="card take-intro" aria-labelledby="intro-title">
      <h2 id="intro-title" className="visually-hidden">
        {instrument.title}
      </h2>
      <p>{instrument.intro}</p>
      {instrument.notADiagnosis ? (
        <div className="not-diagnosis">
          <h3>{t("assessments.take.notDiagnosis")}</h3>
          <p>{instrument.notADiagnosis}</p>
        </div>
      ) : null}
      <p className="small muted">{t("assessments.take.howTo")}</p>
      <Button onClick={onBegin} block>
        {t("assessments.take.begin")}
      </Button>
    </section>
  );
}

function Question({
  instrument,
  index,
  answers,
  onAnswer,
  onBack,
  onNext,
  saveState,
}: {
  instrument: InstrumentDefinition;
  index: number;
  answers: Answers;
  onAnswer: (itemId: string, value: number) => void;
  onBack: () => void;
  onNext: () => void;
  saveState: "idle" | "saving" | "saved" | "failed";
}) {
  const item = instrument.items[index];
  const total = instrument.items.length;
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const progressId = useId();
  const hintId = useId();
  const radioName = useId();
  const [needAnswer, setNeedAnswer] = useState(false);
  const value = item ? answers[item.id] : undefined;

  // Each new question: focus its chosen answer (or the first), so the arrow keys work at once and
  // a screen reader reads the question with the answer.
  useEffect(() => {
    setNeedAnswer(false);
    const group = groupRef.current;
    if (!group || index < 0) return;
    const target =
      group.querySelector<HTMLInputElement>("input:checked") ??
      group.querySelector<HTMLInputElement>("input");
    target?.focus();
  }, [index]);

  if (!item) return null;

  function next(event?: FormEvent) {
    event?.preventDefault();
    if (value === undefined) {
      setNeedAnswer(true);
      return;
    }
    onNext();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      next();
    }
  }

  const number = index + 1;
  return (
    <form className="card question" onSubmit={next} noValidate>
      <div className="question__progress">
        <p id={progressId} className="question__count">
          {t("assessments.take.progress", { number, total })}
        </p>
        <progress className="progress" max={total} value={number} aria-labelledby={progressId} />
      </div>
      <fieldset
        ref={groupRef}
        className="scale"
        onKeyDown={onKeyDown}
        aria-describedby={needAnswer ? hintId : undefined}
      >
        <legend className="question__text">
          <span className="visually-hidden">{t("assessments.take.progress", { number, total })}: </span>
          {item.text ?? t("assessments.take.progress", { number, total })}
        </legend>
        <div className="scale__options">
          {scalePoints(instrument).map((point) => (
            <label key={point} className="scale__option">
              <input
                type="radio"
                name={radioName}
                value={point}
                checked={value === point}
                onChange={() => {
                  setNeedAnswer(false);
                  onAnswer(item.id, point);
                }}
              />
              <span>{scaleLabel(instrument, point)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {needAnswer ? (
        <p className="field__error" id={hintId} role="alert">
          {t("assessments.take.chooseFirst")}
        </p>
      ) : null}
      <div className="question__nav">
        <Button variant="quiet" onClick={onBack}>
          {t("assessments.take.back")}
        </Button>
        <Button type="submit">
          {number === total ? t("assessments.take.finish") : t("assessments.take.next")}
        </Button>
      </div>
      <p className="question__save small muted" data-save-state={saveState}>
        {saveState === "saved" ? t("assessments.take.saved") : null}
        {saveState === "saving" ? t("form.saving") : null}
      </p>
      {saveState === "failed" ? (
        <Notice role="alert">
          <p>{t("assessments.take.saveFailed")}</p>
        </Notice>
      ) : null}
    </form>
  );
}

function Finish({
  instrument,
  me,
  answers,
  missing,
  onReview,
  onMissing,
}: {
  instrument: InstrumentDefinition;
  me: MeResponse;
  answers: Answers;
  missing: boolean;
  onReview: () => void;
  onMissing: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [visibility, setVisibility] = useState<Visibility>("private");
  const allowed = visibilitiesFor(me);
  const partnerName = me.couple?.partner?.displayName ?? null;
  const name = partnerName ?? t("couples.partnerFallback");
  const effective: Visibility = allowed.includes(visibility) ? visibility : "private";

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = useMutation({
    mutationFn: () =>
      api.assessments.create({ instrumentId: instrument.id, responses: answers, visibility: effective }),
    onSuccess: async (answer) => {
      const result = answer.assessment;
      queryClient.setQueryData(queryKeys.assessment(result.id), answer);
      queryClient.setQueryData(queryKeys.draft(instrument.id), { draft: null });
      await queryClient.invalidateQueries({ queryKey: queryKeys.assessments });
      navigate(
        `/assessments/${encodeURIComponent(instrument.id)}/results/${encodeURIComponent(result.id)}`,
        result.visibility === "couple"
          ? t("assessments.result.savedShared", { name })
          : t("assessments.result.saved"),
      );
    },
    onError: (failure) => {
      if (failure instanceof ApiRequestError && failure.status === 400) {
        if (Object.keys(answers).length < instrument.items.length) onMissing();
      }
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (Object.keys(answers).length < instrument.items.length) {
      onMissing();
      return;
    }
    submit.mutate();
  }

  return (
    <form className="card finish" onSubmit={onSubmit} noValidate>
      <h2 ref={headingRef} tabIndex={-1}>
        {t("assessments.take.doneTitle")}
      </h2>
      <p>{t("assessments.take.doneIntro")}</p>
      <VisibilityChoice
        value={effective}
        onChange={setVisibility}
        allowed={allowed}
        partnerName={partnerName}
        text={{
          legend: t("assessments.take.visibilityLegend"),
          privateHelp: t("assessments.take.privateHelp"),
          coupleHelp: partnerName
            ? t("assessments.take.coupleHelp", { name: partnerName })
            : t("assessments.take.coupleHelpUnnamed"),
          needsPartner: t("assessments.take.needsPartner"),
        }}
      />
      {submit.isError && !missing ? (
        <Notice role="alert">
          <p>
            {submit.error instanceof NetworkError ? t("error.network") : t("assessments.take.submitError")}
          </p>
        </Notice>
      ) : null}
      <Button
        type="submit"
        block
        icon={effective === "couple" ? "people" : "lock"}
        disabled={submit.isPending}
        aria-busy={submit.isPending || undefined}
      >
        {submit.isPending
          ? t("assessments.take.submitting")
          : effective === "couple"
            ? t("assessments.take.submitCouple", { name })
            : t("assessments.take.submitPrivate")}
      </Button>
      <div className="finish__review">
        <Button variant="quiet" onClick={onReview}>
          {t("assessments.take.reviewAnswers")}
        </Button>
      </div>
    </form>
  );
}
