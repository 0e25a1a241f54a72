import { type Appreciation, MAX_APPRECIATION_LENGTH, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import {
  BackToTogether,
  isNotInCouple,
  NeedsPartner,
  saveErrorText,
  TalkLoadError,
  textProblem,
  usePartnerName,
} from "../together/partner.tsx";
import "../together/together.css";
import "./appreciations.css";

export function AppreciationsPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  return (
    <Page title={t("appreciations.title")} intro={<p>{t("appreciations.intro")}</p>} wide>
      <BackToTogether />
      {partner.linked === false ? (
        <NeedsPartner />
      ) : (
        <div className="appreciations-layout">
          <div>
            <AppreciationComposer name={name} />
            <Jar name={name} />
          </div>
          <AppreciationList name={name} />
        </div>
      )}
    </Page>
  );
}

function AppreciationComposer({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: api.appreciations.create,
    onSuccess: async () => {
      setBody("");
      setStatus(t("appreciations.sent", { name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.appreciations });
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const problem = textProblem(body, MAX_APPRECIATION_LENGTH);
    setError(problem);
    if (!problem) create.mutate(body);
  }

  return (
    <section className="card" aria-labelledby="appreciation-write">
      <h2 id="appreciation-write">{t("appreciations.write.title", { name })}</h2>
      <form onSubmit={onSubmit} noValidate>
        <CoachedField
          label={t("appreciations.field")}
          name="appreciation"
          value={body}
          onChange={(value) => {
            setBody(value);
            if (error) setError(null);
          }}
          hint={t("appreciations.fieldHint")}
          error={error}
          maxLength={MAX_APPRECIATION_LENGTH}
          rows={3}
          required
        />
        {create.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(create.error)}</p>
          </Notice>
        ) : null}
        <Button
          type="submit"
          icon="heart"
          block
          disabled={create.isPending}
          aria-busy={create.isPending || undefined}
        >
          {t("appreciations.submit", { name })}
        </Button>
        <StatusNotice message={status} className="talk-status" />
      </form>
    </section>
  );
}

/** One of the partner's notes to me, drawn at random, shown warmly. */
export function Jar({ name }: { name: string }) {
  const draw = useMutation({ mutationFn: api.appreciations.draw });
  const drawn = draw.data?.appreciation;
  return (
    <section className="card jar" aria-labelledby="jar-title">
      <h2 id="jar-title">{t("appreciations.jar.title")}</h2>
      <p>{t("appreciations.jar.intro", { name })}</p>
      <Button
        variant="secondary"
        icon="heart"
        onClick={() => draw.mutate()}
        disabled={draw.isPending}
        aria-busy={draw.isPending || undefined}
      >
        {draw.isSuccess ? t("appreciations.jar.again") : t("appreciations.jar.draw")}
      </Button>
      <div role="status" className="jar__result">
        {drawn ? (
          <figure className="jar__note" data-testid="jar-note">
            <figcaption className="talk-meta">
              {t("appreciations.jar.drawn", {
                name: drawn.author.displayName,
                date: formatDate(drawn.createdAt),
              })}
            </figcaption>
            <blockquote className="talk-text">{drawn.body}</blockquote>
          </figure>
        ) : null}
        {draw.isSuccess && !drawn ? <p>{t("appreciations.jar.empty", { name })}</p> : null}
      </div>
      {draw.isError ? (
        <Notice role="alert">
          <p>{isNotInCouple(draw.error) ? t("together.needsPartner") : t("talk.error.load")}</p>
        </Notice>
      ) : null}
    </section>
  );
}

function AppreciationList({ name }: { name: string }) {
  const list = useQuery({ queryKey: queryKeys.appreciationList, queryFn: api.appreciations.list });
  const items: Appreciation[] = list.data?.appreciations ?? [];
  return (
    <section aria-labelledby="appreciation-list" aria-busy={list.isFetching}>
      <h2 id="appreciation-list">{t("appreciations.list.title")}</h2>
      <p className="muted small">{t("talk.live")}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <TalkLoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && items.length === 0 ? <p className="muted">{t("appreciations.list.empty")}</p> : null}
      {items.length > 0 ? (
        <ul className="talk-list" data-testid="appreciation-list">
          {items.map((item) => (
            <li
              key={item.id}
              className={item.mine ? "card appreciation" : "card appreciation appreciation--theirs"}
            >
              <p className="talk-meta">
                {item.mine ? t("talk.byYou") : t("talk.from", { name: item.author.displayName || name })} ·{" "}
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
              </p>
              <p className="talk-text">{item.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
