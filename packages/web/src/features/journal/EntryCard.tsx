import { type JournalEntry, t } from "@mend/core";
import { AppLink } from "../../app/navigation.tsx";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { promptText } from "./prompts.ts";

export function VisibilityBadge({ visibility }: { visibility: JournalEntry["visibility"] }) {
  return visibility === "private" ? (
    <span className="badge badge--private">
      <Icon name="lock" />
      <span>{t("journal.entry.badge.private")}</span>
    </span>
  ) : (
    <span className="badge badge--couple">
      <Icon name="people" />
      <span>{t("journal.entry.badge.couple")}</span>
    </span>
  );
}

export function EntryCard({
  entry,
  onDelete,
}: {
  entry: JournalEntry;
  onDelete: (entry: JournalEntry) => void;
}) {
  const when = formatDateTime(entry.createdAt);
  const prompt = promptText(entry.prompt);
  const edited = entry.updatedAt !== entry.createdAt;
  const headingId = `entry-${entry.id}`;
  return (
    <article
      className={`entry entry--${entry.visibility}`}
      aria-labelledby={headingId}
      data-testid="journal-entry"
    >
      <header className="entry__meta">
        <VisibilityBadge visibility={entry.visibility} />
        <h3 id={headingId} className="entry__who">
          {entry.mine ? t("journal.entry.byYou") : entry.author.displayName}
          <span className="entry__when">
            {" · "}
            <time dateTime={entry.createdAt}>{when}</time>
            {edited ? ` · ${t("journal.entry.edited")}` : null}
          </span>
        </h3>
      </header>
      {prompt ? (
        <p className="entry__prompt">
          <span className="visually-hidden">{t("journal.entry.promptLabel")}: </span>
          {prompt}
        </p>
      ) : null}
      <div className="entry__body">{entry.body}</div>
      {entry.mine ? (
        <div className="entry__actions">
          <AppLink
            className={buttonClass("quiet")}
            to={`/journal/${encodeURIComponent(entry.id)}/edit`}
            aria-label={t("journal.entry.editLabel", { date: when })}
          >
            <Icon name="pencil" />
            <span>{t("journal.entry.edit")}</span>
          </AppLink>
          <Button
            variant="quiet"
            icon="trash"
            aria-label={t("journal.entry.deleteLabel", { date: when })}
            onClick={() => onDelete(entry)}
          >
            {t("journal.entry.delete")}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
