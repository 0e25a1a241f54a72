import { type Letter, MAX_TEXT_LENGTH, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import {
  BackToTogether,
  NeedsPartner,
  saveErrorText,
  TalkLoadError,
  textProblem,
  usePartnerName,
} from "../together/partner.tsx";
import "../together/together.css";
import "./letters.css";

type Kind = Letter["kind"];

export function LettersPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  return (
    <Page title={t("letters.title")} intro={<p>{t("letters.intro")}</p>} wide>
      <BackToTogether />
      {partner.linked === false ? (
        <NeedsPartner />
      ) : (
        <div className="letters-layout">
          <LetterComposer name={name} />
          <LetterLists name={name} />
        </div>
      )}
    </Page>
  );
}

/** `datetime-local` value (the device's time) for a moment, to the minute. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

function LetterComposer({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>("letter");
  const [body, setBody] = useState("");
  const [later, setLater] = useState(false);
  const [deliverAt, setDeliverAt] = useState("");
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: api.letters.create,
    onSuccess: async ({ letter }) => {
      setBody("");
      setLater(false);
      setDeliverAt("");
      if (letter.kind === "unsent") setStatus(t("letters.saved.unsent"));
      else if (!letter.delivered && letter.deliverAt)
        setStatus(t("letters.saved.later", { name, date: formatDateTime(letter.deliverAt) }));
      else setStatus(t("letters.saved.letter", { name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.letters });
    },
  });

  function chooseKind(next: Kind) {
    setKind(next);
    // A confirmation about the previous letter must not read as if it were about this one.
    setStatus(null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const problem = textProblem(body, MAX_TEXT_LENGTH);
    setBodyError(problem);
    let when: string | undefined;
    if (kind === "letter" && later) {
      const date = new Date(deliverAt);
      if (!deliverAt || Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
        setDateError(t("letters.error.deliverAt"));
        return;
      }
      when = date.toISOString();
    }
    setDateError(null);
    if (problem) return;
    create.mutate({ body, kind, ...(when ? { deliverAt: when } : {}) });
  }

  const unsent = kind === "unsent";
  return (
    <section
      className={unsent ? "card letter-composer letter-composer--unsent" : "card letter-composer"}
      aria-labelledby="letter-write"
    >
      <h2 id="letter-write">{t("letters.write.title")}</h2>
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="kind-choice">
          <legend className="field__label">{t("letters.kind.legend")}</legend>
          <label className="kind-choice__option">
            <input
              type="radio"
              name="kind"
              value="letter"
              checked={!unsent}
              onChange={() => chooseKind("letter")}
            />
            <Icon name="people" />
            <span>
              <strong>{t("letters.kind.letter", { name })}</strong>
              <span className="kind-choice__hint">{t("letters.kind.letterHint", { name })}</span>
            </span>
          </label>
          <label className="kind-choice__option kind-choice__option--private">
            <input
              type="radio"
              name="kind"
              value="unsent"
              checked={unsent}
              onChange={() => chooseKind("unsent")}
            />
            <Icon name="lock" />
            <span>
              <strong>{t("letters.kind.unsent")}</strong>
              <span className="kind-choice__hint">{t("letters.kind.unsentHint", { name })}</span>
            </span>
          </label>
        </fieldset>
        {unsent ? (
          <p className="unsent-notice" data-testid="unsent-notice">
            <Icon name="lock" />
            <span>{t("letters.unsentNotice")}</span>
          </p>
        ) : null}
        {/* An unsent letter is for getting things out, like a private journal entry: no coach. */}
        <CoachedField
          label={t("letters.field.body")}
          name="letter"
          value={body}
          onChange={(value) => {
            setBody(value);
            if (bodyError) setBodyError(null);
          }}
          coachWanted={!unsent}
          error={bodyError}
          rows={8}
          required
        />
        {!unsent ? (
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={later}
                onChange={(event) => {
                  setLater(event.target.checked);
                  setDateError(null);
                }}
              />
              <span>{t("letters.field.later")}</span>
            </label>
          </div>
        ) : null}
        {!unsent && later ? (
          <div className="field">
            <label className="field__label" htmlFor="deliver-at">
              {t("letters.field.deliverAt")}
            </label>
            <p className="field__hint" id="deliver-at-hint">
              {t("letters.field.deliverAtHint", { name })}
            </p>
            <input
              id="deliver-at"
              type="datetime-local"
              className="input"
              value={deliverAt}
              min={localInputValue(new Date())}
              onChange={(event) => {
                setDeliverAt(event.target.value);
                setDateError(null);
              }}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? "deliver-at-hint deliver-at-error" : "deliver-at-hint"}
            />
            {dateError ? (
              <p className="field__error" id="deliver-at-error">
                <Icon name="info" />
                <span>{dateError}</span>
              </p>
            ) : null}
          </div>
        ) : null}
        {create.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(create.error)}</p>
          </Notice>
        ) : null}
        <Button
          type="submit"
          block
          icon={unsent ? "lock" : "people"}
          disabled={create.isPending}
          aria-busy={create.isPending || undefined}
        >
          {unsent
            ? t("letters.submit.unsent")
            : later
              ? t("letters.submit.later")
              : t("letters.submit.letter", { name })}
        </Button>
        <StatusNotice message={status} className="talk-status" />
      </form>
    </section>
  );
}

function LetterLists({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.letterList, queryFn: api.letters.list });
  const [toCopy, setToCopy] = useState<Letter | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const copy = useMutation({
    mutationFn: (letter: Letter) => api.letters.sendCopy(letter.id),
    onSuccess: async () => {
      setToCopy(null);
      setStatus(t("letters.copy.sent", { name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.letters });
    },
  });
  const letters = list.data?.letters ?? [];
  const sent = letters.filter((letter) => letter.kind === "letter");
  const unsent = letters.filter((letter) => letter.kind === "unsent");

  return (
    <div>
      <StatusNotice message={status} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <TalkLoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <section aria-labelledby="letters-between" aria-busy={list.isFetching}>
        <h2 id="letters-between">{t("letters.list.title")}</h2>
        {list.isSuccess && sent.length === 0 ? <p className="muted">{t("letters.list.empty")}</p> : null}
        {sent.length > 0 ? (
          <ul className="talk-list" data-testid="letter-list">
            {sent.map((letter) => (
              <li key={letter.id}>
                <LetterCard letter={letter} name={name} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="talk-section" aria-labelledby="letters-unsent">
        <h2 id="letters-unsent">
          <Icon name="lock" /> {t("letters.unsent.title")}
        </h2>
        <p className="muted">{t("letters.unsent.intro")}</p>
        {list.isSuccess && unsent.length === 0 ? <p className="muted">{t("letters.unsent.empty")}</p> : null}
        {unsent.length > 0 ? (
          <ul className="talk-list" data-testid="unsent-list">
            {unsent.map((letter) => (
              <li key={letter.id}>
                <LetterCard letter={letter} name={name} onCopy={setToCopy} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <ConfirmDialog
        open={toCopy !== null}
        title={t("letters.copy.title", { name })}
        confirmLabel={t("letters.copy.confirm")}
        cancelLabel={t("letters.copy.keep")}
        busy={copy.isPending}
        onConfirm={() => {
          if (toCopy) copy.mutate(toCopy);
        }}
        onCancel={() => setToCopy(null)}
      >
        <p>{t("letters.copy.body", { name })}</p>
        {copy.isError ? <p>{saveErrorText(copy.error)}</p> : null}
      </ConfirmDialog>
    </div>
  );
}

function LetterCard({
  letter,
  name,
  onCopy,
}: {
  letter: Letter;
  name: string;
  onCopy?: (letter: Letter) => void;
}) {
  const unsent = letter.kind === "unsent";
  const waiting = letter.mine && !unsent && !letter.delivered && letter.deliverAt !== null;
  const className = unsent
    ? "card letter letter--unsent"
    : letter.mine
      ? "card letter"
      : "card letter letter--theirs";
  return (
    <article className={className} data-testid="letter">
      <p className="talk-meta">
        {unsent
          ? t("talk.byYou")
          : letter.mine
            ? t("letters.toPartner", { name })
            : t("talk.from", { name: letter.author.displayName })}{" "}
        · {t("letters.written", { date: formatDateTime(letter.createdAt) })}
      </p>
      <p className="letter__badges">
        {unsent ? (
          <span className="talk-badge talk-badge--private">
            <Icon name="lock" />
            {t("letters.badge.unsent")}
          </span>
        ) : null}
        {waiting && letter.deliverAt ? (
          <span className="talk-badge talk-badge--later">
            <Icon name="info" />
            {t("letters.badge.arrives", { date: formatDateTime(letter.deliverAt) })}
          </span>
        ) : null}
        {letter.copiedFrom && letter.mine ? (
          <span className="talk-badge">{t("letters.copiedFrom")}</span>
        ) : null}
      </p>
      <p className="talk-text">{letter.body}</p>
      {unsent && onCopy ? (
        <div className="button-row">
          <Button variant="quiet" icon="copy" onClick={() => onCopy(letter)}>
            {t("letters.copy", { name })}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
