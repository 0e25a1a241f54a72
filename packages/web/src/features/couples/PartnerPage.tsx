import { type InviteResponse, type MeResponse, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ApiRequestError, api, NetworkError, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { useMe } from "../../app/session.ts";
import { Button } from "../../ui/Button.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { InviteCode, type InviteCodeTexts, JoinCodeForm } from "../../ui/InviteCode.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import "./couples.css";

export function PartnerPage() {
  const me = useMe();
  const [invite, setInvite] = useState<InviteResponse | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const waiting = Boolean(me.data?.couple) && me.data?.couple?.partner === null;
  const linked = Boolean(me.data?.couple?.partner);
  const polling = !linked && (waiting || invite !== null);

  // While an invite is open, look now and then whether the partner has joined.
  const { refetch } = me;
  useEffect(() => {
    if (!polling) return;
    const timer = window.setInterval(() => void refetch(), 5000);
    return () => window.clearInterval(timer);
  }, [polling, refetch]);

  if (me.isPending) return <Loading />;
  if (me.isError || !me.data) return <ErrorState onRetry={() => void me.refetch()} />;
  const couple = me.data.couple;
  const partner = couple?.partner ?? null;

  return (
    <Page title={t("couples.title")}>
      {status ? (
        <Notice tone="ok" role="status">
          <p>{status}</p>
        </Notice>
      ) : null}
      {couple && partner ? (
        <section className="card linked" aria-labelledby="linked-title">
          <h2 id="linked-title" className="linked__title">
            <Icon name="people" />
            <span>{t("couples.linked", { name: partner.displayName })}</span>
          </h2>
          <p className="muted">{t("couples.linkedSince", { date: formatDate(couple.createdAt) })}</p>
          <p>{t("couples.linked.explain", { name: partner.displayName })}</p>
        </section>
      ) : (
        <>
          {couple === null ? <p className="page__intro">{t("couples.solo.intro")}</p> : null}
          <InviteSection invite={invite} onInvite={setInvite} waiting={waiting} />
          <JoinSection onJoined={(name) => setStatus(t("couples.joined", { name }))} />
        </>
      )}
      {couple ? (
        <LeaveSection
          me={me.data}
          onLeft={() => {
            setInvite(null);
            setStatus(t("couples.left"));
          }}
        />
      ) : null}
    </Page>
  );
}

function InviteSection({
  invite,
  onInvite,
  waiting,
}: {
  invite: InviteResponse | null;
  onInvite: (invite: InviteResponse) => void;
  waiting: boolean;
}) {
  const queryClient = useQueryClient();
  const codeRef = useRef<HTMLDivElement>(null);
  const create = useMutation({
    mutationFn: api.couple.invite,
    onSuccess: (created) => {
      onInvite(created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      requestAnimationFrame(() => codeRef.current?.focus());
    },
  });

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t("couples.invite.title")}</h2>
      <p>{t("couples.invite.explain")}</p>
      {invite ? (
        <>
          <InviteCode
            invite={invite}
            texts={PARTNER_INVITE_TEXTS}
            codeRef={codeRef}
            testId="invite-code"
            onAnother={() => create.mutate()}
            busy={create.isPending}
          />
          <p className="muted small">{t("couples.invite.waiting")}</p>
        </>
      ) : (
        <>
          {waiting ? <p className="muted">{t("couples.waiting.noCode")}</p> : null}
          <Button
            onClick={() => create.mutate()}
            disabled={create.isPending}
            aria-busy={create.isPending || undefined}
          >
            {waiting ? t("couples.invite.createAnother") : t("couples.invite.create")}
          </Button>
        </>
      )}
      {create.isError ? (
        <Notice role="alert">
          <p>{create.error instanceof NetworkError ? t("error.network") : t("accounts.error.generic")}</p>
        </Notice>
      ) : null}
    </section>
  );
}

const PARTNER_INVITE_TEXTS: InviteCodeTexts = {
  codeLabel: "couples.invite.codeLabel",
  validUntil: "couples.invite.validUntil",
  copy: "couples.invite.copy",
  another: "couples.invite.createAnother",
  copied: "couples.invite.copied",
  copyFailed: "couples.invite.copyFailed",
};

function JoinSection({ onJoined }: { onJoined: (partnerName: string) => void }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const join = useMutation({
    mutationFn: (value: string) => api.couple.join(value),
    onSuccess: async (result) => {
      onJoined(result.couple.partner?.displayName ?? t("couples.partnerFallback"));
      // What may be seen changed: drop cached entries rather than show an out-of-date list.
      queryClient.removeQueries({ queryKey: queryKeys.journal });
      queryClient.removeQueries({ queryKey: queryKeys.assessments });
      await queryClient.invalidateQueries();
    },
    onError: (failure) => {
      if (failure instanceof ApiRequestError && failure.status === 409)
        setError(t("couples.join.alreadyLinked"));
      else if (failure instanceof ApiRequestError) setError(t("couples.join.badCode"));
      else setError(t("error.network"));
    },
  });

  return (
    <section className="card" aria-labelledby="join-title">
      <h2 id="join-title">{t("couples.join.title")}</h2>
      <JoinCodeForm
        texts={{ field: "couples.join.field", hint: "couples.join.hint", submit: "couples.join.submit" }}
        error={error}
        onEmpty={() => setError(t("couples.join.badCode"))}
        onSubmit={(code) => {
          setError(null);
          join.mutate(code);
        }}
        busy={join.isPending}
      />
    </section>
  );
}

function LeaveSection({ me, onLeft }: { me: MeResponse; onLeft: () => void }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const partner = me.couple?.partner ?? null;
  const name = partner?.displayName ?? t("couples.partnerFallback");
  const leave = useMutation({
    mutationFn: api.couple.leave,
    onSuccess: async () => {
      setOpen(false);
      onLeft();
      // The former partner's shared entries must not linger in this tab's cache.
      queryClient.removeQueries({ queryKey: queryKeys.journal });
      queryClient.removeQueries({ queryKey: queryKeys.assessments });
      await queryClient.invalidateQueries();
    },
  });

  return (
    <section className="card leave" aria-labelledby="leave-title">
      <h2 id="leave-title">{t("couples.leave.title")}</h2>
      <p>{t("couples.leave.explain")}</p>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {partner ? t("couples.leave.button", { name }) : t("couples.leave.buttonWaiting")}
      </Button>
      {leave.isError ? (
        <Notice role="alert">
          <p>{leave.error instanceof NetworkError ? t("error.network") : t("accounts.error.generic")}</p>
        </Notice>
      ) : null}
      <ConfirmDialog
        open={open}
        title={partner ? t("couples.leave.confirmTitle", { name }) : t("couples.leave.confirmTitleWaiting")}
        confirmLabel={partner ? t("couples.leave.confirm") : t("couples.leave.confirmWaiting")}
        cancelLabel={t("couples.leave.keep")}
        busy={leave.isPending}
        onConfirm={() => leave.mutate()}
        onCancel={() => setOpen(false)}
      >
        <p>{partner ? t("couples.leave.confirmBody", { name }) : t("couples.leave.confirmBodyWaiting")}</p>
      </ConfirmDialog>
    </section>
  );
}
