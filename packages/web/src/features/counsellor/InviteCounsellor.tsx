import { type InviteResponse, t } from "@mend/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Button } from "../../ui/Button.tsx";
import { InviteCode, type InviteCodeTexts } from "../../ui/InviteCode.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { supportApi } from "./api.ts";

/** A single-use code for the counsellor, big enough to read out over the phone. */
export function InviteCounsellor() {
  const codeRef = useRef<HTMLDivElement>(null);
  const [invite, setInvite] = useState<InviteResponse | null>(null);
  const create = useMutation({
    mutationFn: supportApi.invite,
    onSuccess: (created) => {
      setInvite(created);
      requestAnimationFrame(() => codeRef.current?.focus());
    },
  });

  return (
    <section className="card" aria-labelledby="support-invite-title">
      <h2 id="support-invite-title">{t("support.invite.title")}</h2>
      <p>{t("support.invite.explain")}</p>
      {invite ? (
        <InviteCode
          invite={invite}
          texts={COUNSELLOR_INVITE_TEXTS}
          codeRef={codeRef}
          testId="counsellor-invite-code"
          onAnother={() => create.mutate()}
          busy={create.isPending}
        />
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

const COUNSELLOR_INVITE_TEXTS: InviteCodeTexts = {
  codeLabel: "support.invite.codeLabel",
  validUntil: "support.invite.validUntil",
  copy: "support.invite.copy",
  another: "support.invite.another",
  copied: "support.invite.copied",
  copyFailed: "support.invite.copyFailed",
};
