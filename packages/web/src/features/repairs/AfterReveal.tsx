import {
  FORGIVENESS_ANSWERS,
  type ForgivenessAnswer,
  MAX_REPAIR_TEXT,
  REPAIR_RITUALS,
  type Repair,
  type RepairRitual,
  t,
  type Visibility,
} from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { saveErrorText, textProblem } from "../together/partner.tsx";

/** Every change to a repair answers with the whole repair: put it in the cache, refresh lists. */
function useRepairMutation<T>(repair: Repair, send: (input: T) => Promise<{ repair: Repair }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      queryClient.setQueryData(queryKeys.repair(repair.id), result);
      await queryClient.invalidateQueries({ queryKey: queryKeys.repairList });
    },
  });
}

export function AmendsSection({ repair }: { repair: Repair }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const offer = useRepairMutation(repair, (text: string) => api.repairs.offerAmends(repair.id, text));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = textProblem(body, MAX_REPAIR_TEXT);
    setError(problem);
    if (!problem) offer.mutate(body.trim(), { onSuccess: () => setBody("") });
  }

  return (
    <section className="card" aria-labelledby="repair-amends">
      <h2 id="repair-amends">{t("repair.amends.title")}</h2>
      <p className="muted">{t("repair.amends.intro")}</p>
      {repair.amends.length === 0 ? <p className="muted small">{t("repair.amends.none")}</p> : null}
      {repair.amends.length > 0 ? (
        <ul className="talk-list amends">
          {repair.amends.map((amend) => (
            <li key={amend.id} className="amend">
              <p className="talk-meta">
                {amend.mine ? t("talk.byYou") : t("talk.from", { name: amend.author.displayName })} ·{" "}
                <time dateTime={amend.createdAt}>{formatDateTime(amend.createdAt)}</time>
              </p>
              <p className="talk-text">{amend.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {repair.status !== "done" ? (
        <form onSubmit={onSubmit} noValidate>
          <CoachedField
            label={t("repair.amends.field")}
            value={body}
            onChange={(value) => {
              setBody(value);
              setError(null);
            }}
            error={error}
            maxLength={MAX_REPAIR_TEXT}
            rows={3}
          />
          {offer.isError ? (
            <Notice role="alert">
              <p>{saveErrorText(offer.error)}</p>
            </Notice>
          ) : null}
          <Button
            type="submit"
            variant="secondary"
            disabled={offer.isPending}
            aria-busy={offer.isPending || undefined}
          >
            {t("repair.amends.submit")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

type RitualChoice = RepairRitual | "own";

function ritualName(ritual: Repair["ritual"]): string {
  if (ritual.ritual) return t(`repair.ritual.${ritual.ritual}`);
  return ritual.custom ?? "";
}

export function RitualSection({ repair }: { repair: Repair }) {
  const { ritual } = repair;
  const chosen = ritual.ritual !== null || ritual.custom !== null;
  const [choosing, setChoosing] = useState(false);
  const done = useRepairMutation(repair, () => api.repairs.ritualDone(repair.id));
  return (
    <section className="card" aria-labelledby="repair-ritual">
      <h2 id="repair-ritual">{t("repair.ritual.title")}</h2>
      <p className="muted">{t("repair.ritual.intro")}</p>
      {ritual.doneAt ? (
        <Notice tone="ok">
          <p>
            <strong>{ritualName(ritual)}</strong>
          </p>
          <p>{t("repair.ritual.doneOn", { date: formatDate(ritual.doneAt) })}</p>
        </Notice>
      ) : chosen && !choosing ? (
        <>
          <p className="ritual-chosen">
            {t("repair.ritual.chosen", {
              name: ritual.chosenBy?.displayName ?? "",
              ritual: ritualName(ritual),
            })}
          </p>
          {done.isError ? (
            <Notice role="alert">
              <p>{saveErrorText(done.error)}</p>
            </Notice>
          ) : null}
          <div className="button-row">
            <Button icon="check" onClick={() => done.mutate(undefined)} disabled={done.isPending}>
              {t("repair.ritual.done")}
            </Button>
            <Button variant="quiet" onClick={() => setChoosing(true)}>
              {t("repair.ritual.change")}
            </Button>
          </div>
        </>
      ) : (
        <RitualPicker repair={repair} onChosen={() => setChoosing(false)} />
      )}
    </section>
  );
}

function RitualPicker({ repair, onChosen }: { repair: Repair; onChosen: () => void }) {
  const [choice, setChoice] = useState<RitualChoice | null>(
    repair.ritual.ritual ?? (repair.ritual.custom ? "own" : null),
  );
  const [custom, setCustom] = useState(repair.ritual.custom ?? "");
  const [error, setError] = useState<string | null>(null);
  const choose = useRepairMutation(repair, (body: { ritual: RepairRitual } | { custom: string }) =>
    api.repairs.chooseRitual(repair.id, body),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (choice === null || (choice === "own" && custom.trim().length === 0)) {
      setError(t("repair.ritual.error"));
      return;
    }
    choose.mutate(choice === "own" ? { custom: custom.trim() } : { ritual: choice }, { onSuccess: onChosen });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="choice-group ritual-choices" aria-describedby={error ? "ritual-error" : undefined}>
        <legend className="field__label">{t("repair.ritual.legend")}</legend>
        {[...REPAIR_RITUALS, "own" as const].map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="ritual"
              checked={choice === value}
              onChange={() => {
                setChoice(value);
                setError(null);
              }}
            />
            <span>{value === "own" ? t("repair.ritual.own") : t(`repair.ritual.${value}`)}</span>
          </label>
        ))}
        {error ? (
          <p className="field__error" id="ritual-error">
            <Icon name="info" />
            <span>{error}</span>
          </p>
        ) : null}
      </fieldset>
      {choice === "own" ? (
        <TextField
          label={t("repair.ritual.ownField")}
          value={custom}
          maxLength={200}
          onChange={(event) => {
            setCustom(event.target.value);
            setError(null);
          }}
        />
      ) : null}
      {choose.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(choose.error)}</p>
        </Notice>
      ) : null}
      <Button
        type="submit"
        variant="secondary"
        disabled={choose.isPending}
        aria-busy={choose.isPending || undefined}
      >
        {t("repair.ritual.choose")}
      </Button>
    </form>
  );
}

function answerText(answer: ForgivenessAnswer): string {
  return t(`repair.forgiveness.${answer}`);
}

/** Forgiveness is never forced: "not yet" is a full answer, private unless shared. */
export function ForgivenessSection({ repair, name }: { repair: Repair; name: string }) {
  const mine = repair.forgiveness.mine;
  const [answer, setAnswer] = useState<ForgivenessAnswer | null>(mine?.answer ?? null);
  const [note, setNote] = useState(mine?.note ?? "");
  const [visibility, setVisibility] = useState<Visibility>(mine?.visibility ?? "private");
  const [status, setStatus] = useState<string | null>(null);
  const save = useRepairMutation(repair, () =>
    api.repairs.forgive(repair.id, {
      answer: answer ?? "not-yet",
      ...(note.trim() ? { note: note.trim() } : {}),
      visibility,
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    if (answer === null) return;
    save.mutate(undefined, { onSuccess: () => setStatus(t("repair.forgiveness.saved")) });
  }

  const partnerAnswer = repair.forgiveness.partner;
  return (
    <section className="card" aria-labelledby="repair-forgiveness">
      <h2 id="repair-forgiveness">{t("repair.forgiveness.title")}</h2>
      <p className="muted">{t("repair.forgiveness.intro")}</p>
      {partnerAnswer ? (
        <div className="forgiveness-partner">
          <p>
            <strong>
              {t("repair.forgiveness.partner", { name, answer: answerText(partnerAnswer.answer) })}
            </strong>
          </p>
          {partnerAnswer.note ? <p className="talk-text">{partnerAnswer.note}</p> : null}
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="choice-group">
          <legend className="field__label">{t("repair.forgiveness.legend")}</legend>
          {FORGIVENESS_ANSWERS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="forgiveness"
                checked={answer === value}
                onChange={() => setAnswer(value)}
              />
              <span>{answerText(value)}</span>
            </label>
          ))}
        </fieldset>
        <CoachedField
          label={t("repair.forgiveness.note")}
          value={note}
          onChange={setNote}
          coachWanted={visibility === "couple"}
          maxLength={MAX_REPAIR_TEXT}
          rows={3}
        />
        <fieldset className="choice-group choice-group--inline">
          <legend className="field__label">{t("repair.forgiveness.visibility")}</legend>
          <label className="choice">
            <input
              type="radio"
              name="forgiveness-visibility"
              checked={visibility === "private"}
              onChange={() => setVisibility("private")}
            />
            <span>{t("repair.forgiveness.private")}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="forgiveness-visibility"
              checked={visibility === "couple"}
              onChange={() => setVisibility("couple")}
            />
            <span>{t("repair.forgiveness.shared", { name })}</span>
          </label>
        </fieldset>
        {save.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(save.error)}</p>
          </Notice>
        ) : null}
        <Button type="submit" variant="secondary" disabled={answer === null || save.isPending}>
          {t("repair.forgiveness.submit")}
        </Button>
        <div role="status" className="form-status">
          {status ? <p className="small">{status}</p> : null}
        </div>
      </form>
    </section>
  );
}
