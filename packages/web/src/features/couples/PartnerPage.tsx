import { type InviteResponse, type MeResponse, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiRequestError, api, NetworkError, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { useMe } from "../../app/session.ts";
import { Button } from "../../ui/Button.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { TextField } from "../../ui/TextField.tsx";
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
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const create = useMutation({
    mutationFn: api.couple.invite,
    onSuccess: (created) => {
      onInvite(created);
      setCopyState("idle");
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      requestAnimationFrame(() => codeRef.current?.focus());
    },
  });

  async function copy(code: string) {
    try {
      await navigator.clipboard.writeText(code);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t("couples.invite.title")}</h2>
      <p>{t("couples.invite.explain")}</p>
      {invite ? (
        <div className="invite">
          <p className="invite__label" id="invite-code-label">
            {t("couples.invite.codeLabel")}
          </p>
          <div ref={codeRef} className="invite__code" tabIndex={-1}>
            <span className="invite__chars" aria-hidden="true" data-testid="invite-code">
              {invite.code}
            </span>
            <span className="visually-hidden">{spellOut(invite.code)}</span>
          </div>
          <p className="muted small">
            {t("couples.invite.validUntil", { date: formatDateTime(invite.expiresAt) })}
          </p>
          <div className="button-row">
            <Button variant="secondary" icon="copy" onClick={() => void copy(invite.code)}>
              {t("couples.invite.copy")}
            </Button>
            <Button variant="quiet" onClick={() => create.mutate()} disabled={create.isPending}>
              {t("couples.invite.createAnother")}
            </Button>
          </div>
          <p className="small" role="status">
            {copyState === "copied" ? t("couples.invite.copied") : null}
            {copyState === "failed" ? t("couples.invite.copyFailed") : null}
          </p>
          <p className="muted small">{t("couples.invite.waiting")}</p>
        </div>
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

/** "ABCD-EFGH" read letter by letter by screen readers: "A B C D, E F G H". */
function spellOut(code: string): string {
  return code
    .split("-")
    .map((part) => part.split("").join(" "))
    .join(", ");
}

function JoinSection({ onJoined }: { onJoined: (partnerName: string) => void }) {
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const join = useMutation({
    mutationFn: (value: string) => api.couple.join(value),
    onSuccess: async (result) => {
      setCode("");
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

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const normalised = code.trim().toUpperCase();
    if (!normalised) {
      setError(t("couples.join.badCode"));
      return;
    }
    setError(null);
    join.mutate(normalised);
  }

  return (
    <section className="card" aria-labelledby="join-title">
      <h2 id="join-title">{t("couples.join.title")}</h2>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t("couples.join.field")}
          hint={t("couples.join.hint")}
          error={error}
          name="code"
          inputClassName="invite-input"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={32}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <Button type="submit" disabled={join.isPending} aria-busy={join.isPending || undefined}>
          {t("couples.join.submit")}
        </Button>
      </form>
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
