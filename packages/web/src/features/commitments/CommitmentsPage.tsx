import { type Commitment, t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { usePartnerName } from "../together/partner.tsx";
import { CommitmentCard } from "./CommitmentCard.tsx";
import { NewCommitmentForm } from "./CommitmentForms.tsx";
import "../together/together.css";
import "../../ui/sections.css";
import "./commitments.css";

/** Promises: make one, mark it honestly, notice the partner's. Works alone too (only me). */
export function CommitmentsPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  const list = useQuery({ queryKey: queryKeys.commitmentList, queryFn: api.commitments.list });
  const all = list.data?.commitments ?? [];
  const mine = all.filter((item) => item.mine && item.status === "active");
  const theirs = all.filter((item) => !item.mine && item.status === "active");
  const ended = all.filter((item) => item.status !== "active");
  return (
    <Page title={t("commitments.title")} intro={<p>{t("commitments.intro")}</p>} wide>
      <BackLink to="/show-it" label={t("showIt.back")} />
      <div className="rebuild-layout">
        <div>
          <NewCommitmentForm partnerName={partner.linked ? name : null} />
        </div>
        <div aria-busy={list.isFetching}>
          {list.isPending ? <Loading /> : null}
          {list.isError ? <ErrorState onRetry={() => void list.refetch()} /> : null}
          {list.isSuccess ? (
            <>
              <CommitmentList
                id="my-commitments"
                title={t("commitments.mine.title")}
                empty={t("commitments.mine.empty")}
                items={mine}
                partnerName={name}
              />
              {partner.linked ? (
                <CommitmentList
                  id="partner-commitments"
                  title={t("commitments.partner.title", { name })}
                  empty={t("commitments.partner.empty", { name })}
                  items={theirs}
                  partnerName={name}
                />
              ) : null}
              {ended.length > 0 ? (
                <CommitmentList
                  id="ended-commitments"
                  title={t("commitments.ended.title")}
                  empty=""
                  items={ended}
                  partnerName={name}
                />
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </Page>
  );
}

function CommitmentList({
  id,
  title,
  empty,
  items,
  partnerName,
}: {
  id: string;
  title: string;
  empty: string;
  items: Commitment[];
  partnerName: string;
}) {
  // A saved new version replaces its card, form and all: the list says so, for eyes and ears.
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="rebuild-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <StatusNotice message={status} className="form-status" />
      {items.length === 0 ? <p className="muted">{empty}</p> : null}
      {items.length > 0 ? (
        <ul className="talk-list" data-testid={id}>
          {items.map((item) => (
            <CommitmentCard
              key={item.id}
              commitment={item}
              partnerName={partnerName}
              onRenegotiated={() => setStatus(t("commitments.renegotiated"))}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
