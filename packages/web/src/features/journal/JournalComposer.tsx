import { type JournalTheme, MAX_TEXT_LENGTH, type MeResponse, t, type Visibility } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, NetworkError, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { EntryBodyField } from "./EntryBodyField.tsx";
import { PromptPicker } from "./PromptPicker.tsx";
import { promptText } from "./prompts.ts";
import { visibilitiesFor } from "./useJournal.ts";
import { VisibilityChoice } from "./VisibilityChoice.tsx";

/** Where the composer starts: a prompt or theme from a link (lessons, assessment results). */
export interface ComposerStart {
  prompt?: string;
  theme?: JournalTheme;
}

export function JournalComposer({ me, start = {} }: { me: MeResponse; start?: ComposerStart }) {
  const queryClient = useQueryClient();
  const [theme, setTheme] = useState<JournalTheme | "">(start.theme ?? "");
  const [prompt, setPrompt] = useState(start.prompt ?? "");
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState<Visibility>("private");
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const allowed = visibilitiesFor(me);
  const partnerName = me.couple?.partner?.displayName ?? null;
  const effectiveVisibility: Visibility = allowed.includes(visibility) ? visibility : "private";
  const chosenPrompt = promptText(prompt || null);

  const create = useMutation({
    mutationFn: api.journal.create,
    onSuccess: async (result) => {
      setBody("");
      setPrompt("");
      setVisibility("private");
      setStatus(
        result.entry.visibility === "couple"
          ? t("journal.saved.couple", { name: partnerName ?? t("couples.partnerFallback") })
          : t("journal.saved.private"),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.journal });
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    if (body.trim().length === 0) {
      setBodyError(t("journal.error.empty"));
      return;
    }
    if (body.length > MAX_TEXT_LENGTH) {
      setBodyError(t("journal.error.tooLong", { max: MAX_TEXT_LENGTH.toLocaleString("en") }));
      return;
    }
    setBodyError(null);
    create.mutate({ body, visibility: effectiveVisibility, ...(prompt ? { prompt } : {}) });
  }

  return (
    <section className="card composer" aria-labelledby="write-title">
      <h2 id="write-title">{t("journal.write.title")}</h2>
      <form onSubmit={onSubmit} noValidate>
        <PromptPicker theme={theme} prompt={prompt} onTheme={setTheme} onPrompt={setPrompt} />
        <EntryBodyField
          value={body}
          visibility={effectiveVisibility}
          onChange={(value) => {
            setBody(value);
            if (bodyError) setBodyError(null);
          }}
          hint={chosenPrompt ? <p className="prompt-hint">{chosenPrompt}</p> : undefined}
          error={bodyError}
        />
        <VisibilityChoice
          value={effectiveVisibility}
          onChange={setVisibility}
          allowed={allowed}
          partnerName={partnerName}
        />
        {create.isError ? (
          <Notice role="alert">
            <p>{create.error instanceof NetworkError ? t("error.network") : t("journal.error.save")}</p>
          </Notice>
        ) : null}
        <Button
          type="submit"
          block
          icon={effectiveVisibility === "couple" ? "people" : "lock"}
          disabled={create.isPending}
          aria-busy={create.isPending || undefined}
        >
          {effectiveVisibility === "couple"
            ? t("journal.save.couple", { name: partnerName ?? t("couples.partnerFallback") })
            : t("journal.save.private")}
        </Button>
        <StatusNotice message={status} className="composer__status" />
      </form>
    </section>
  );
}
