import { type InviteResponse, t } from "@mend/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Button } from "../../ui/Button.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { supportApi } from "./api.ts";

/** A single-use code for the counsellor, big enough to read out over the phone. */
export function InviteCounsellor() {
  const codeRef = useRef<HTMLDivElement>(null);
  const [invite, setInvite] = useState<InviteResponse | null>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const create = useMutation({
    mutationFn: supportApi.invite,
    onSuccess: (created) => {
      setInvite(created);
      setCopyState("idle");
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
    <section className="card" aria-labelledby="support-invite-title">
      <h2 id="support-invite-title">{t("support.invite.title")}</h2>
      <p>{t("support.invite.explain")}</p>
      {invite ? (
        <div>
          <p className="counsellor-code__label">{t("support.invite.codeLabel")}</p>
          <div ref={codeRef} className="counsellor-code" tabIndex={-1}>
            <span className="counsellor-code__chars" aria-hidden="true" data-testid="counsellor-invite-code">
              {invite.code}
            </span>
            <span className="visually-hidden">{spellOut(invite.code)}</span>
          </div>
          <p className="muted small">
            {t("support.invite.validUntil", { date: formatDateTime(invite.expiresAt) })}
          </p>
          <div className="button-row">
            <Button variant="secondary" icon="copy" onClick={() => void copy(invite.code)}>
              {t("support.invite.copy")}
            </Button>
            <Button variant="quiet" onClick={() => create.mutate()} disabled={create.isPending}>
              {t("support.invite.another")}
            </Button>
          </div>
          <p className="small" role="status">
            {copyState === "copied" ? t("support.invite.copied") : null}
            {copyState === "failed" ? t("support.invite.copyFailed") : null}
          </p>
        </div>
      ) : (
        <Button
          onClick={() => create.mutate()}
          disabled={create.isPending}
          aria-busy={create.isPending || undefined}
        >
          {t("support.invite.create")}
        </Button>
      )}
      {create.isError ? (
        <Notice role="alert">
          <p>{t("support.invite.error")}</p>
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
