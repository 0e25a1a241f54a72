import { type InviteResponse, type MessageKey, t } from "@mend/core";
import { type FormEvent, type RefObject, useState } from "react";
import { Button } from "./Button.tsx";
import { formatDateTime } from "./format.ts";
import { TextField } from "./TextField.tsx";
import "./invite-code.css";

/** The words around a code; partner and counsellor invites say different things. */
export interface InviteCodeTexts {
  codeLabel: MessageKey;
  validUntil: MessageKey;
  copy: MessageKey;
  another: MessageKey;
  copied: MessageKey;
  copyFailed: MessageKey;
}

/**
 * A fresh single-use code, shown big, spelled out for screen readers, with its expiry, a copy
 * button and a way to make another. The parent moves focus to `codeRef` when a code arrives.
 */
export function InviteCode({
  invite,
  texts,
  codeRef,
  testId,
  onAnother,
  busy,
}: {
  invite: InviteResponse;
  texts: InviteCodeTexts;
  codeRef: RefObject<HTMLDivElement | null>;
  testId: string;
  onAnother: () => void;
  busy: boolean;
}) {
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(invite.code);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }
  return (
    <div className="invite">
      <p className="invite__label">{t(texts.codeLabel)}</p>
      <div ref={codeRef} className="invite__code" tabIndex={-1}>
        <span className="invite__chars" aria-hidden="true" data-testid={testId}>
          {invite.code}
        </span>
        <span className="visually-hidden">{spellOut(invite.code)}</span>
      </div>
      <p className="muted small">{t(texts.validUntil, { date: formatDateTime(invite.expiresAt) })}</p>
      <div className="button-row">
        <Button variant="secondary" icon="copy" onClick={() => void copy()}>
          {t(texts.copy)}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            setCopyState("idle");
            onAnother();
          }}
          disabled={busy}
        >
          {t(texts.another)}
        </Button>
      </div>
      <p className="small" role="status">
        {copyState === "copied" ? t(texts.copied) : null}
        {copyState === "failed" ? t(texts.copyFailed) : null}
      </p>
    </div>
  );
}

/** "ABCD-EFGH" read letter by letter by screen readers: "A B C D, E F G H". */
export function spellOut(code: string): string {
  return code
    .split("-")
    .map((part) => part.split("").join(" "))
    .join(", ");
}

/** The field to type a code someone gave you, upper-cased and trimmed before it is sent. */
export function JoinCodeForm({
  texts,
  error,
  onEmpty,
  onSubmit,
  busy,
}: {
  texts: { field: MessageKey; hint: MessageKey; submit: MessageKey };
  error: string | null;
  onEmpty: () => void;
  onSubmit: (code: string) => void;
  busy: boolean;
}) {
  const [code, setCode] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    const normalised = code.trim().toUpperCase();
    if (!normalised) {
      onEmpty();
      return;
    }
    onSubmit(normalised);
  }
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={t(texts.field)}
        hint={t(texts.hint)}
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
      <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
        {t(texts.submit)}
      </Button>
    </form>
  );
}
