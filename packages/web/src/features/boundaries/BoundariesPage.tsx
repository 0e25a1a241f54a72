import { BOUNDARY_KINDS, type Boundary, MAX_BOUNDARY_TEXT, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import {
  NeedsPartner,
  saveErrorText,
  TalkLoadError,
  textProblem,
  usePartnerName,
} from "../together/partner.tsx";
import { BoundaryCard } from "./BoundaryCard.tsx";
import "../../ui/sections.css";
import "../together/together.css";
import "./boundaries.css";

/** Boundaries: propose, answer the partner's, and the agreed set with its versions. */
export function BoundariesPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  return (
    <Page title={t("boundaries.title")} intro={<p>{t("boundaries.intro", { name })}</p>} wide>
      <BackLink to="/heal" label={t("heal.back")} />
      {partner.linked === false ? (
        <NeedsPartner />
      ) : (
        <div className="rebuild-layout">
          <div>
            <ProposeBoundary name={name} />
          </div>
          <BoundaryLists name={name} />
        </div>
      )}
    </Page>
  );
}

function ProposeBoundary({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Boundary["kind"]>("need");
  const [body, setBody] = useState("");
  const [reviewOn, setReviewOn] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const propose = useMutation({
    mutationFn: api.boundaries.propose,
    onSuccess: async () => {
      setBody("");
      setReviewOn("");
      setStatus(t("boundaries.proposed", { name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.boundaries });
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const problem = textProblem(body, MAX_BOUNDARY_TEXT);
    setError(problem);
    if (!problem) propose.mutate({ kind, body: body.trim(), ...(reviewOn ? { reviewOn } : {}) });
  }

  return (
    <section className="card" aria-labelledby="propose-boundary">
      <h2 id="propose-boundary">{t("boundaries.new.title")}</h2>
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="choice-group">
          <legend className="field__label">{t("boundaries.field.kind")}</legend>
          {BOUNDARY_KINDS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="boundary-kind"
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span>{t(`boundaries.kind.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <CoachedField
          label={t("boundaries.field.body")}
          hint={t("boundaries.field.bodyHint")}
          value={body}
          onChange={(value) => {
            setBody(value);
            setError(null);
          }}
          error={error}
          maxLength={MAX_BOUNDARY_TEXT}
          rows={3}
          required
        />
        <TextField
          type="date"
          label={t("boundaries.field.reviewOn")}
          hint={t("boundaries.field.reviewOnHint")}
          value={reviewOn}
          onChange={(event) => setReviewOn(event.target.value)}
        />
        {propose.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(propose.error)}</p>
          </Notice>
        ) : null}
        <Button type="submit" block disabled={propose.isPending} aria-busy={propose.isPending || undefined}>
          {t("boundaries.submit", { name })}
        </Button>
        <StatusNotice message={status} className="form-status" />
      </form>
    </section>
  );
}

function BoundaryLists({ name }: { name: string }) {
  const list = useQuery({ queryKey: queryKeys.boundaryList, queryFn: api.boundaries.list });
  const all = list.data?.boundaries ?? [];
  const open = (boundary: Boundary) => boundary.status === "proposed" || boundary.status === "talk";
  const forMe = all.filter((boundary) => open(boundary) && !boundary.mine);
  const fromMe = all.filter((boundary) => open(boundary) && boundary.mine);
  const agreed = all.filter((boundary) => boundary.status === "agreed");
  return (
    <div aria-busy={list.isFetching}>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <TalkLoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess ? (
        <>
          {forMe.length > 0 ? (
            <BoundaryGroup
              id="boundaries-for-me"
              title={t("boundaries.waiting.title")}
              items={forMe}
              name={name}
            />
          ) : null}
          {fromMe.length > 0 ? (
            <BoundaryGroup
              id="boundaries-from-me"
              title={t("boundaries.sent.title", { name })}
              items={fromMe}
              name={name}
            />
          ) : null}
          <BoundaryGroup
            id="boundaries-agreed"
            title={t("boundaries.agreed.title")}
            items={agreed}
            name={name}
            empty={t("boundaries.agreed.empty")}
          />
        </>
      ) : null}
    </div>
  );
}

function BoundaryGroup({
  id,
  title,
  items,
  name,
  empty,
}: {
  id: string;
  title: string;
  items: Boundary[];
  name: string;
  empty?: string;
}) {
  return (
    <section className="rebuild-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? <p className="muted">{empty ?? t("boundaries.none")}</p> : null}
      {items.length > 0 ? (
        <ul className="talk-list" data-testid={id}>
          {items.map((boundary) => (
            <BoundaryCard key={boundary.id} boundary={boundary} name={name} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
