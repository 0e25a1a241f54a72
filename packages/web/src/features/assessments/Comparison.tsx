import { type Assessment, t } from "@mend/core";
import { formatDate } from "../../ui/format.ts";
import { ScoreBar } from "./ScoreBar.tsx";
import { formatScore, percentOf } from "./useAssessments.ts";

/**
 * Both partners' shared results of one instrument, subscale by subscale. Two calm colours,
 * each row named in words; no totals, no "higher is better", no winner.
 */
export function Comparison({ mine, partner }: { mine: Assessment; partner: Assessment }) {
  const name = partner.author.displayName;
  return (
    <section className="card comparison" aria-labelledby="compare-title" data-testid="comparison">
      <h2 id="compare-title">{t("assessments.compare.title", { name })}</h2>
      <p>{t("assessments.compare.intro")}</p>
      <ul className="subscale-list">
        {mine.subscales.map((subscale) => {
          const theirs = partner.subscales.find((s) => s.id === subscale.id);
          return (
            <li key={subscale.id} className="subscale">
              <h3 className="subscale__name">{subscale.name}</h3>
              <Row
                who={t("assessments.compare.youOn", { date: formatDate(mine.createdAt) })}
                score={subscale}
                tone="mine"
              />
              {theirs ? (
                <Row
                  who={t("assessments.compare.partnerOn", { name, date: formatDate(partner.createdAt) })}
                  score={theirs}
                  tone="partner"
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="comparison__talk">{t("assessments.compare.talk")}</p>
    </section>
  );
}

function Row({
  who,
  score,
  tone,
}: {
  who: string;
  score: Assessment["subscales"][number];
  tone: "mine" | "partner";
}) {
  return (
    <div className={`comparison__row comparison__row--${tone}`}>
      <p className="comparison__who">
        <span className={`swatch swatch--${tone}`} aria-hidden="true" />
        <strong>{who}</strong>
        {": "}
        {score.band ? `${score.band.label} · ` : null}
        {t("assessments.result.score", {
          score: formatScore(score.score),
          min: score.range.min,
          max: score.range.max,
        })}
      </p>
      <ScoreBar percent={percentOf(score.score, score.range.min, score.range.max)} tone={tone} />
    </div>
  );
}
