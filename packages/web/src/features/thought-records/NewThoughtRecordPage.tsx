import {
  COACH_KINDS,
  type CoachKind,
  type CreateThoughtRecordBody,
  MAX_THOUGHT_TEXT,
  t,
  type Visibility,
} from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type RefObject, useEffect, useRef, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { useAppNavigate } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { loadCoach } from "../coach/loadCoach.ts";
import { VisibilityChoice } from "../journal/VisibilityChoice.tsx";
import { saveErrorText, usePartnerName } from "../together/partner.tsx";
import { IntensityField } from "./IntensityField.tsx";
import "../../ui/sections.css";
import "./thought-records.css";

const STEPS = ["situation", "thought", "before", "traps", "evidence", "alternative", "after"] as const;
type Step = (typeof STEPS)[number];

interface Draft {
  situation: string;
  thought: string;
  intensityBefore: number;
  traps: CoachKind[];
  evidenceFor: string;
  evidenceAgainst: string;
  alternative: string;
  intensityAfter: number | null;
  visibility: Visibility;
}

const EMPTY: Draft = {
  situation: "",
  thought: "",
  intensityBefore: 50,
  traps: [],
  evidenceFor: "",
  evidenceAgainst: "",
  alternative: "",
  intensityAfter: 50,
  visibility: "private",
};

/** Benefit of the doubt, one step at a time (one question per screen reads calmer on a phone). */
export function NewThoughtRecordPage() {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [suggested, setSuggested] = useState<CoachKind[]>([]);
  /** Once the person changes the traps, the coach no longer re-ticks them. */
  const trapsTouched = useRef(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const step: Step = STEPS[index] ?? "situation";
  const save = useMutation({
    mutationFn: (body: CreateThoughtRecordBody) => api.thoughtRecords.create(body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.thoughtRecords });
      // The list opens at its top, where the "saved" note is, not half-way down the long form.
      window.scrollTo(0, 0);
      navigate("/thought-records", { saved: true });
    },
  });

  // Each new step is announced by moving focus to its question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs because the step changed
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [index]);

  const update = (patch: Partial<Draft>) => {
    setDraft((old) => ({ ...old, ...patch }));
    setError(null);
  };

  async function suggestTraps(thought: string) {
    try {
      const coach = await loadCoach();
      const { kinds } = await coach.analyze(thought);
      setSuggested(kinds);
      if (!trapsTouched.current) setDraft((old) => ({ ...old, traps: kinds }));
    } catch {
      setSuggested([]); // Offline: the person ticks the traps themselves.
    }
  }

  function stepProblem(): string | null {
    if (step === "situation" && draft.situation.trim().length === 0) return t("thoughts.error.situation");
    if (step === "thought" && draft.thought.trim().length === 0) return t("thoughts.error.thought");
    return null;
  }

  function onNext(event: FormEvent) {
    event.preventDefault();
    const problem = stepProblem();
    setError(problem);
    if (problem) return;
    if (step === "thought") void suggestTraps(draft.thought);
    if (index < STEPS.length - 1) {
      setIndex(index + 1);
      return;
    }
    save.mutate({
      situation: draft.situation.trim(),
      thought: draft.thought.trim(),
      intensityBefore: draft.intensityBefore,
      traps: draft.traps,
      evidenceFor: draft.evidenceFor.trim(),
      evidenceAgainst: draft.evidenceAgainst.trim(),
      alternative: draft.alternative.trim(),
      intensityAfter: draft.intensityAfter,
      visibility: draft.visibility,
    });
  }

  const last = index === STEPS.length - 1;
  return (
    <Page title={t("thoughts.new.title")} intro={<p>{t("thoughts.intro")}</p>}>
      <BackLink to="/thought-records" label={t("thoughts.new.back")} />
      <form className="card thought-step" onSubmit={onNext} noValidate>
        <p className="muted small thought-step__count">
          {t("thoughts.step", { step: index + 1, total: STEPS.length })}
        </p>
        <progress
          className="thought-step__progress"
          max={STEPS.length}
          value={index + 1}
          aria-hidden="true"
        />
        <StepFields
          step={step}
          draft={draft}
          update={update}
          error={error}
          suggested={suggested}
          headingRef={stepHeading}
          onTrapsTouched={() => {
            trapsTouched.current = true;
          }}
        />
        {save.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(save.error)}</p>
          </Notice>
        ) : null}
        <div className="button-row thought-step__nav">
          {index > 0 ? (
            <Button variant="quiet" onClick={() => setIndex(index - 1)}>
              {t("thoughts.previous")}
            </Button>
          ) : null}
          <Button type="submit" disabled={save.isPending} aria-busy={save.isPending || undefined}>
            {last ? t("thoughts.save") : t("thoughts.next")}
          </Button>
        </div>
      </form>
    </Page>
  );
}

function StepFields({
  step,
  draft,
  update,
  error,
  suggested,
  headingRef,
  onTrapsTouched,
}: {
  step: Step;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  error: string | null;
  suggested: CoachKind[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onTrapsTouched: () => void;
}) {
  const partner = usePartnerName();
  const heading = (key: Parameters<typeof t>[0], hint?: Parameters<typeof t>[0]) => (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="thought-step__question">
        {t(key)}
      </h2>
      {hint ? <p className="muted">{t(hint)}</p> : null}
    </>
  );
  switch (step) {
    case "situation":
      return (
        <>
          {heading("thoughts.step.situation", "thoughts.step.situationHint")}
          <CoachedField
            label={t("thoughts.field.situation")}
            value={draft.situation}
            onChange={(situation) => update({ situation })}
            error={error}
            maxLength={MAX_THOUGHT_TEXT}
            rows={4}
            required
          />
        </>
      );
    case "thought":
      return (
        <>
          {heading("thoughts.step.thought", "thoughts.step.thoughtHint")}
          <CoachedField
            label={t("thoughts.field.thought")}
            value={draft.thought}
            onChange={(thought) => update({ thought })}
            error={error}
            maxLength={MAX_THOUGHT_TEXT}
            rows={4}
            required
          />
        </>
      );
    case "before":
      return (
        <>
          {heading("thoughts.step.before")}
          <IntensityField
            label={t("thoughts.field.intensity")}
            value={draft.intensityBefore}
            onChange={(intensityBefore) => update({ intensityBefore })}
          />
        </>
      );
    case "traps":
      return (
        <>
          {heading("thoughts.step.traps", "thoughts.step.trapsHint")}
          <fieldset className="choice-group">
            <legend className="visually-hidden">{t("thoughts.step.traps")}</legend>
            {COACH_KINDS.map((kind) => (
              <label key={kind} className="choice">
                <input
                  type="checkbox"
                  checked={draft.traps.includes(kind)}
                  onChange={(event) => {
                    onTrapsTouched();
                    update({
                      traps: event.target.checked
                        ? [...draft.traps, kind]
                        : draft.traps.filter((other) => other !== kind),
                    });
                  }}
                />
                <span>
                  {t(`coachField.kind.${kind}`)}
                  {suggested.includes(kind) ? (
                    <span className="choice__help">{t("thoughts.traps.suggested")}</span>
                  ) : null}
                </span>
              </label>
            ))}
          </fieldset>
        </>
      );
    case "evidence":
      return (
        <>
          {heading("thoughts.step.evidence")}
          <CoachedField
            label={t("thoughts.field.evidenceFor")}
            value={draft.evidenceFor}
            onChange={(evidenceFor) => update({ evidenceFor })}
            maxLength={MAX_THOUGHT_TEXT}
            rows={3}
          />
          <CoachedField
            label={t("thoughts.field.evidenceAgainst")}
            value={draft.evidenceAgainst}
            onChange={(evidenceAgainst) => update({ evidenceAgainst })}
            maxLength={MAX_THOUGHT_TEXT}
            rows={3}
          />
        </>
      );
    case "alternative":
      return (
        <>
          {heading("thoughts.step.alternative", "thoughts.step.alternativeHint")}
          <CoachedField
            label={t("thoughts.field.alternative")}
            value={draft.alternative}
            onChange={(alternative) => update({ alternative })}
            maxLength={MAX_THOUGHT_TEXT}
            rows={4}
          />
        </>
      );
    case "after":
      return (
        <>
          {heading("thoughts.step.after")}
          {draft.intensityAfter !== null ? (
            <IntensityField
              label={t("thoughts.field.after")}
              value={draft.intensityAfter}
              onChange={(intensityAfter) => update({ intensityAfter })}
            />
          ) : null}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.intensityAfter === null}
              onChange={(event) =>
                update({ intensityAfter: event.target.checked ? null : draft.intensityBefore })
              }
            />
            <span>{t("thoughts.field.afterSkip")}</span>
          </label>
          <VisibilityChoice
            value={draft.visibility}
            onChange={(visibility) => update({ visibility })}
            allowed={partner.linked ? ["private", "couple"] : ["private"]}
            partnerName={partner.name}
            text={{
              legend: t("thoughts.visibility.legend"),
              privateHelp: t("thoughts.visibility.private"),
              coupleHelp: t("thoughts.visibility.couple", { name: partner.name ?? "" }),
              needsPartner: t("visibility.couple.needsPartner"),
            }}
          />
        </>
      );
  }
}
