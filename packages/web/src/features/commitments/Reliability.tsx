import { type Commitment, t } from "@mend/core";

/**
 * Follow-through as a picture, never a grade: "kept 8 of 10 in the last 30 days", the trend in
 * words, and a row of marks for the recent days (filled: kept, ring: not kept, dashed: not marked).
 */
export function Reliability({ commitment }: { commitment: Commitment }) {
  const { last30, last90, trend } = commitment.reliability;
  const oldestFirst = [...commitment.occurrences].reverse();
  return (
    <div className="reliability">
      <p className="reliability__figures small">
        <strong>{t("commitments.reliability.label")}: </strong>
        {last90.due === 0 ? (
          t("commitments.reliability.none")
        ) : (
          <>
            {t("commitments.reliability.window", { kept: last30.kept, due: last30.due, days: 30 })} ·{" "}
            {t("commitments.reliability.window", { kept: last90.kept, due: last90.due, days: 90 })}.{" "}
            {t(`commitments.trend.${trend}`)}
          </>
        )}
      </p>
      {oldestFirst.length > 0 ? (
        <ol className="reliability__marks" aria-hidden="true">
          {oldestFirst.map((occurrence) => (
            <li
              key={occurrence.date}
              className={`outcome-mark outcome-mark--${occurrence.outcome ?? "open"}`}
            />
          ))}
        </ol>
      ) : null}
    </div>
  );
}
