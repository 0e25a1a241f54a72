import { MAX_DISTRACTIONS, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { AppLink } from "../../app/navigation.tsx";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { Jar } from "../appreciations/AppreciationsPage.tsx";
import { saveErrorText, usePartnerName } from "../together/partner.tsx";
import "./spiral.css";

const GROUNDING_STEPS = [
  "spiral.grounding.1",
  "spiral.grounding.2",
  "spiral.grounding.3",
  "spiral.grounding.4",
  "spiral.grounding.5",
] as const;

/**
 * "I'm spiralling": a calm page, in the order that helps — first the body (grounding), then
 * something to do (the person's own list), then, if they want, writing the thought down.
 */
export function SpiralPage() {
  const partner = usePartnerName();
  return (
    <Page title={t("spiral.title")} intro={<p>{t("spiral.intro")}</p>}>
      <Grounding />
      <Distractions />
      <section className="card" aria-labelledby="spiral-write">
        <h2 id="spiral-write">{t("spiral.write.title")}</h2>
        <p>{t("spiral.write.text")}</p>
        <AppLink to="/thought-records/new" className={buttonClass("secondary")}>
          <Icon name="pencil" />
          <span>{t("spiral.write.link")}</span>
        </AppLink>
      </section>
      {partner.linked ? <Jar name={partner.name ?? t("couples.partnerFallback")} /> : null}
    </Page>
  );
}

/** Five senses, one step at a time; the step text is announced as it changes. */
function Grounding() {
  const [step, setStep] = useState(0);
  const finished = step >= GROUNDING_STEPS.length;
  const current = GROUNDING_STEPS[step];
  return (
    <section className="card grounding" aria-labelledby="grounding-title">
      <h2 id="grounding-title">{t("spiral.grounding.title")}</h2>
      <div className="grounding__step" role="status" data-testid="grounding-step">
        {current ? (
          <>
            <p className="muted small">
              {t("spiral.grounding.step", { step: step + 1, total: GROUNDING_STEPS.length })}
            </p>
            <p className="grounding__text">{t(current)}</p>
          </>
        ) : (
          <p className="grounding__text">{t("spiral.grounding.finished")}</p>
        )}
      </div>
      <ol className="grounding__dots" aria-hidden="true">
        {GROUNDING_STEPS.map((key, index) => (
          <li
            key={key}
            className={index <= step ? "grounding__dot grounding__dot--done" : "grounding__dot"}
          />
        ))}
      </ol>
      {finished ? (
        <Button variant="secondary" onClick={() => setStep(0)}>
          {t("spiral.grounding.again")}
        </Button>
      ) : (
        <Button onClick={() => setStep(step + 1)}>{t("spiral.grounding.next")}</Button>
      )}
    </section>
  );
}

/** The person's own list of healthy distractions; every change is saved at once. */
function Distractions() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.distractions, queryFn: api.distractions.get });
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // After a removal the button is gone; focus goes back to the field so keyboard users keep their place.
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const save = useMutation({
    mutationFn: api.distractions.save,
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.distractions, result);
      setStatus(t("spiral.distractions.saved"));
    },
  });
  const items = list.data?.items ?? [];
  const full = items.length >= MAX_DISTRACTIONS;

  function onAdd(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const item = draft.trim();
    if (!item) {
      setError(t("web.rebuild.empty"));
      return;
    }
    if (item.length > 200) {
      setError(t("web.rebuild.tooLong", { max: 200 }));
      return;
    }
    if (items.includes(item)) {
      setDraft(""); // Already on the list: nothing to add.
      return;
    }
    save.mutate([...items, item], { onSuccess: () => setDraft("") });
  }

  function onRemove(index: number) {
    setStatus(null);
    save.mutate(
      items.filter((_, i) => i !== index),
      { onSuccess: () => formRef.current?.querySelector("input")?.focus() },
    );
  }

  return (
    <section className="card" aria-labelledby={headingId} aria-busy={list.isFetching}>
      <h2 id={headingId}>{t("spiral.distractions.title")}</h2>
      <p className="muted small">{t("spiral.distractions.intro")}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? (
        <Notice role="alert">
          <p>{t("web.rebuild.loadError")}</p>
        </Notice>
      ) : null}
      {list.isSuccess && items.length === 0 ? <p>{t("spiral.distractions.empty")}</p> : null}
      {items.length > 0 ? (
        <ul className="distractions" data-testid="distractions">
          {items.map((item, index) => (
            <li key={item} className="distraction">
              <span className="distraction__text">{item}</span>
              <button
                type="button"
                className="distraction__remove"
                aria-label={t("spiral.distractions.remove", { item })}
                disabled={save.isPending}
                onClick={() => onRemove(index)}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {full ? (
        <p className="small">{t("spiral.distractions.full", { max: MAX_DISTRACTIONS })}</p>
      ) : (
        <form ref={formRef} className="distraction-form" onSubmit={onAdd} noValidate>
          <TextField
            label={t("spiral.distractions.field")}
            value={draft}
            maxLength={200}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
            error={error}
          />
          <Button
            type="submit"
            variant="secondary"
            disabled={save.isPending}
            aria-busy={save.isPending || undefined}
          >
            {t("spiral.distractions.add")}
          </Button>
        </form>
      )}
      {save.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(save.error)}</p>
        </Notice>
      ) : null}
      <div role="status" className="form-status">
        {status ? <p className="small">{status}</p> : null}
      </div>
    </section>
  );
}
