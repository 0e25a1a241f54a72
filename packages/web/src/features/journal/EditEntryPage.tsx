import { type JournalEntry, MAX_TEXT_LENGTH, type MeResponse, t, type Visibility } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { ApiRequestError, api, NetworkError, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink, useAppNavigate } from "../../app/navigation.tsx";
import { useMe } from "../../app/session.ts";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { EntryBodyField } from "./EntryBodyField.tsx";
import { promptText } from "./prompts.ts";
import { visibilitiesFor } from "./useJournal.ts";
import { VisibilityChoice } from "./VisibilityChoice.tsx";
import "./journal.css";

export function EditEntryPage() {
  const { entryId = "" } = useParams();
  const me = useMe();
  const entry = useQuery({
    queryKey: queryKeys.journalEntry(entryId),
    queryFn: () => api.journal.get(entryId),
  });

  if (me.isPending || entry.isPending) return <Loading />;
  if (me.isError || !me.data) return <ErrorState onRetry={() => void me.refetch()} />;
  if (entry.isError) {
    const missing = entry.error instanceof ApiRequestError && entry.error.status === 404;
    return (
      <Page title={t("journal.edit.title")}>
        {missing ? (
          <Notice role="alert">
            <p>{t("journal.edit.notFound")}</p>
          </Notice>
        ) : (
          <ErrorState onRetry={() => void entry.refetch()} />
        )}
        <AppLink to="/journal">{t("journal.edit.back")}</AppLink>
      </Page>
    );
  }
  if (!entry.data.entry.mine) {
    return (
      <Page title={t("journal.edit.title")}>
        <Notice role="alert">
          <p>{t("journal.edit.notFound")}</p>
        </Notice>
        <AppLink to="/journal">{t("journal.edit.back")}</AppLink>
      </Page>
    );
  }
  return <EditForm key={entry.data.entry.id} me={me.data} entry={entry.data.entry} />;
}

function EditForm({ me, entry }: { me: MeResponse; entry: JournalEntry }) {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  const [body, setBody] = useState(entry.body);
  const [visibility, setVisibility] = useState<Visibility>(entry.visibility);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const allowed = visibilitiesFor(me);
  const partnerName = me.couple?.partner?.displayName ?? null;
  // An entry shared while linked may stay "Us" (nobody else can see it now), but may not newly become it.
  const choices: readonly Visibility[] =
    entry.visibility === "couple" && !allowed.includes("couple") ? ["private", "couple"] : allowed;
  const prompt = promptText(entry.prompt);

  const save = useMutation({
    mutationFn: () =>
      api.journal.update(entry.id, {
        ...(body !== entry.body ? { body } : {}),
        ...(visibility !== entry.visibility ? { visibility } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.journal });
      navigate("/journal", t("journal.edit.saved"));
    },
  });
  const remove = useMutation({
    mutationFn: () => api.journal.remove(entry.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: queryKeys.journalEntry(entry.id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.journalList });
      navigate("/journal", t("journal.deleted"));
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (body.trim().length === 0) {
      setBodyError(t("journal.error.empty"));
      return;
    }
    if (body.length > MAX_TEXT_LENGTH) {
      setBodyError(t("journal.error.tooLong", { max: MAX_TEXT_LENGTH.toLocaleString("en") }));
      return;
    }
    setBodyError(null);
    if (body === entry.body && visibility === entry.visibility) {
      navigate("/journal");
      return;
    }
    save.mutate();
  }

  return (
    <Page title={t("journal.edit.title")} intro={<p>{formatDateTime(entry.createdAt)}</p>}>
      <form className="card composer" onSubmit={onSubmit} noValidate>
        <EntryBodyField
          value={body}
          visibility={visibility}
          onChange={setBody}
          hint={prompt ? <p className="prompt-hint">{prompt}</p> : undefined}
          error={bodyError}
        />
        <VisibilityChoice
          value={visibility}
          onChange={setVisibility}
          allowed={choices}
          partnerName={partnerName}
        />
        {entry.visibility === "couple" && !allowed.includes("couple") ? (
          <p className="muted small">{t("journal.edit.sharedLocked")}</p>
        ) : null}
        {save.isError ? (
          <Notice role="alert">
            <p>{save.error instanceof NetworkError ? t("error.network") : t("journal.error.save")}</p>
          </Notice>
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={save.isPending} aria-busy={save.isPending || undefined}>
            {t("journal.edit.save")}
          </Button>
          <AppLink className={buttonClass("secondary")} to="/journal">
            {t("form.cancel")}
          </AppLink>
          <Button variant="quiet" icon="trash" className="push-end" onClick={() => setConfirmDelete(true)}>
            {t("journal.entry.delete")}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirmDelete}
        title={t("journal.delete.confirmTitle")}
        confirmLabel={t("journal.delete.confirm")}
        cancelLabel={t("journal.delete.keep")}
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t("journal.delete.confirmBody")}</p>
      </ConfirmDialog>
    </Page>
  );
}
