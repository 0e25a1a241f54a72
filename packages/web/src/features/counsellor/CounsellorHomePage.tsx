import { type CounsellorCouple, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";
import { ApiRequestError, NetworkError } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { JoinCodeForm } from "../../ui/InviteCode.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { useSignOut } from "../accounts/useAuthActions.ts";
import { counsellorApi, counsellorKeys } from "./api.ts";
import { categoryList, coupleNames } from "./catalogue.ts";
import "./counsellor.css";

type Couple = z.infer<typeof CounsellorCouple>;

/** The counsellor's start page: their couples, joining a new one, signing out. */
export function CounsellorHomePage() {
  const couples = useQuery({ queryKey: counsellorKeys.couples, queryFn: counsellorApi.couples });
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Page title={t("counsellor.home.title")} intro={<p>{t("counsellor.home.intro")}</p>}>
      {status ? (
        <Notice tone="ok" role="status">
          <p>{status}</p>
        </Notice>
      ) : null}
      {couples.isPending ? <Loading /> : null}
      {couples.isError ? <ErrorState onRetry={() => void couples.refetch()} /> : null}
      {couples.data ? <CoupleList couples={couples.data.couples} /> : null}
      <JoinCoupleForm
        onJoined={(couple) => setStatus(t("counsellor.join.done", { names: coupleNames(couple.partners) }))}
      />
      <SignOutCard />
    </Page>
  );
}

function CoupleList({ couples }: { couples: Couple[] }) {
  if (couples.length === 0) return <p className="muted">{t("counsellor.home.empty")}</p>;
  return (
    <ul className="counsellor-list" aria-label={t("counsellor.home.title")}>
      {couples.map((couple) => {
        const names = coupleNames(couple.partners);
        return (
          <li key={couple.id} className="card counsellor-couple">
            <h2 className="counsellor-couple__title">
              <AppLink to={`/counsellor/couples/${encodeURIComponent(couple.id)}`}>{names}</AppLink>
            </h2>
            <p className="muted small">
              {t("counsellor.home.joined", { date: formatDate(couple.joinedAt) })}
            </p>
            <p>
              {couple.categories.length > 0
                ? t("counsellor.home.shares", { list: categoryList(couple.categories) })
                : t("counsellor.home.sharesNothing")}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function JoinCoupleForm({ onJoined }: { onJoined: (couple: Couple) => void }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const join = useMutation({
    mutationFn: (value: string) => counsellorApi.join(value),
    onSuccess: async (result) => {
      onJoined(result.couple);
      await queryClient.invalidateQueries({ queryKey: counsellorKeys.couples });
    },
    onError: (failure) => {
      if (failure instanceof ApiRequestError) setError(t("counsellor.join.badCode"));
      else setError(failure instanceof NetworkError ? t("error.network") : t("counsellor.loadError"));
    },
  });

  return (
    <section className="card" aria-labelledby="counsellor-join-title">
      <h2 id="counsellor-join-title">{t("counsellor.join.title")}</h2>
      <JoinCodeForm
        texts={{
          field: "counsellor.join.field",
          hint: "counsellor.join.hint",
          submit: "counsellor.join.submit",
        }}
        error={error}
        onEmpty={() => setError(t("counsellor.join.empty"))}
        onSubmit={(code) => {
          setError(null);
          join.mutate(code);
        }}
        busy={join.isPending}
      />
    </section>
  );
}

/** Counsellors often work on shared practice computers; signing out is one tap away. */
function SignOutCard() {
  const signOut = useSignOut();
  const [busy, setBusy] = useState(false);
  return (
    <section className="card counsellor-signout" aria-labelledby="counsellor-signout-title">
      <h2 id="counsellor-signout-title">{t("counsellor.signOut.title")}</h2>
      <p>{t("counsellor.signOut.text")}</p>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signOut().catch(() => setBusy(false));
        }}
      >
        {t("counsellor.signOut.button")}
      </Button>
    </section>
  );
}
