import { isJournalPromptId, type JournalEntry, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import { api, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { useMe } from "../../app/session.ts";
import { Button } from "../../ui/Button.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { EntryCard } from "./EntryCard.tsx";
import { type ComposerStart, JournalComposer } from "./JournalComposer.tsx";
import { isJournalTheme, promptOptions } from "./prompts.ts";
import { useJournalList } from "./useJournal.ts";
import "./journal.css";

export function JournalPage() {
  const me = useMe();
  const location = useLocation();
  const flash = typeof location.state === "string" ? location.state : null;
  const [search] = useSearchParams();
  const start = composerStart(search);
  const fromLink = Boolean(start.prompt);
  const coach = search.get("coach") === "1";
  if (me.isPending) return <Loading />;
  if (me.isError || !me.data) return <ErrorState onRetry={() => void me.refetch()} />;
  return (
    <Page title={t("journal.title")} intro={<p>{t("journal.intro")}</p>} wide>
      {flash ? (
        <Notice tone="ok" role="status">
          <p>{flash}</p>
        </Notice>
      ) : null}
      {fromLink || coach ? (
        <Notice tone="info">
          <p>{fromLink ? t("journal.fromResult") : t("journal.coachHint")}</p>
        </Notice>
      ) : null}
      <div className="journal-layout">
        <JournalComposer me={me.data} start={start} />
        <EntryList />
      </div>
    </Page>
  );
}

/** `?prompt=<id>` or `?theme=<theme>` from a lesson or a result; unknown values are ignored. */
function composerStart(search: URLSearchParams): ComposerStart {
  const prompt = search.get("prompt") ?? "";
  if (isJournalPromptId(prompt)) {
    return { prompt, theme: promptOptions.find((option) => option.id === prompt)?.theme };
  }
  const theme = search.get("theme") ?? "";
  return isJournalTheme(theme) ? { theme } : {};
}

function EntryList() {
  const list = useJournalList();
  const queryClient = useQueryClient();
  const [toDelete, setToDelete] = useState<JournalEntry | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (entry: JournalEntry) => api.journal.remove(entry.id),
    onSuccess: async () => {
      setToDelete(null);
      setStatus(t("journal.deleted"));
      await queryClient.invalidateQueries({ queryKey: queryKeys.journal });
    },
  });

  const entries = list.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section className="entries" aria-labelledby="entries-title" aria-busy={list.isFetching}>
      <h2 id="entries-title">{t("journal.list.title")}</h2>
      <StatusNotice message={status} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? (
        <Notice role="alert">
          <p>{t("journal.list.error")}</p>
          <Button variant="secondary" onClick={() => void list.refetch()}>
            {t("shell.retry")}
          </Button>
        </Notice>
      ) : null}
      {list.isSuccess && entries.length === 0 ? <p className="muted">{t("journal.list.empty")}</p> : null}
      {entries.length > 0 ? (
        <ul className="entry-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <EntryCard entry={entry} onDelete={setToDelete} />
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasNextPage ? (
        <Button
          variant="secondary"
          block
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
          aria-busy={list.isFetchingNextPage || undefined}
        >
          {t("journal.list.more")}
        </Button>
      ) : null}
      <ConfirmDialog
        open={toDelete !== null}
        title={t("journal.delete.confirmTitle")}
        confirmLabel={t("journal.delete.confirm")}
        cancelLabel={t("journal.delete.keep")}
        busy={remove.isPending}
        onConfirm={() => {
          if (toDelete) remove.mutate(toDelete);
        }}
        onCancel={() => setToDelete(null)}
      >
        <p>{t("journal.delete.confirmBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
