import { t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { formatDateTime } from "../../ui/format.ts";
import { Loading } from "../../ui/Page.tsx";
import { supportApi, supportKeys } from "./api.ts";
import { categoryName } from "./catalogue.ts";

/** Every counsellor look, newest first, for both partners to see. */
export function AccessLog() {
  const log = useQuery({ queryKey: supportKeys.accessLog, queryFn: supportApi.accessLog });
  return (
    <section className="card" aria-labelledby="support-log-title">
      <h2 id="support-log-title">{t("support.log.title")}</h2>
      <p>{t("support.log.intro")}</p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <p className="muted">{t("counsellor.loadError")}</p> : null}
      {log.data && log.data.entries.length === 0 ? <p className="muted">{t("support.log.none")}</p> : null}
      {log.data && log.data.entries.length > 0 ? (
        <ul className="counsellor-log" data-testid="access-log">
          {log.data.entries.map((entry) => (
            <li key={entry.id}>
              <span>
                {entry.category === "report"
                  ? t("support.log.report", { name: entry.counsellor.displayName })
                  : t("support.log.entry", {
                      name: entry.counsellor.displayName,
                      category: categoryName(entry.category).toLowerCase(),
                    })}
              </span>
              <time dateTime={entry.at} className="muted small">
                {formatDateTime(entry.at)}
              </time>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
