import { type Checkin, t } from "@mend/core";
import { formatDate } from "../../ui/format.ts";

/** Items raised for this check-in (a boundary that felt crossed), for both to talk about. */
export function Agenda({ checkin }: { checkin: Checkin }) {
  if (checkin.agenda.length === 0) return null;
  const headingId = `agenda-${checkin.id}`;
  return (
    <section className="agenda" aria-labelledby={headingId} data-testid="checkin-agenda">
      <h3 id={headingId}>{t("checkins.agenda.title")}</h3>
      <p className="muted small">{t("checkins.agenda.intro")}</p>
      <ul className="talk-list">
        {checkin.agenda.map((item) => (
          <li key={item.id} className="agenda__item">
            <p className="talk-meta">
              {t("checkins.agenda.by", { name: item.author.displayName, date: formatDate(item.createdAt) })}
            </p>
            <p className="talk-text">{item.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
