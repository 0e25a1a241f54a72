import { type Assessment, hasMessage, type InstrumentDefinition, t } from "@mend/core";
import { AppLink } from "../../app/navigation.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { ScoreBar } from "./ScoreBar.tsx";
import { toolInfo } from "./tools.ts";
import { formatScore, percentOf } from "./useAssessments.ts";

/** Every subscale of one result in plain words, with a bar chart sized for a phone. */
export function SubscaleResults({ assessment, heading }: { assessment: Assessment; heading: string }) {
  return (
    <section className="card result-scores" aria-labelledby="scores-title">
      <h2 id="scores-title">{heading}</h2>
      <p className="small muted">{t("assessments.result.chartCaption")}</p>
      <ul className="subscale-list">
        {assessment.subscales.map((subscale) => (
          <li key={subscale.id} className="subscale" data-testid="subscale-result">
            <h3 className="subscale__name">{subscale.name}</h3>
            <p className="subscale__band">
              {subscale.band ? <strong>{subscale.band.label}</strong> : null}
              {subscale.band ? " · " : null}
              <span>
                {t("assessments.result.score", {
                  score: formatScore(subscale.score),
                  min: subscale.range.min,
                  max: subscale.range.max,
                })}
              </span>
            </p>
            <ScoreBar percent={percentOf(subscale.score, subscale.range.min, subscale.range.max)} />
            <div className="score-scale small muted" aria-hidden="true">
              <span>{subscale.range.min}</span>
              <span>{subscale.range.max}</span>
            </div>
            {subscale.band ? <p className="subscale__meaning">{subscale.band.meaning}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The "closest to" pattern (attachment): a gentle label with its explanation. */
export function ClosestTo({ assessment }: { assessment: Assessment }) {
  if (!assessment.label) return null;
  return (
    <section className="card closest" aria-labelledby="closest-title">
      <h2 id="closest-title">{t("assessments.result.closestTitle")}</h2>
      <p className="closest__label">
        {assessment.labelExplanation ?? t("assessments.result.closestTo", { label: assessment.label })}
      </p>
      <p className="small muted">{t("assessments.result.closestIntro")}</p>
    </section>
  );
}

/** What the result is not, the tools that help and journal prompts suggested by its subscales. */
export function AfterResult({
  instrument,
  showPrompts,
}: {
  instrument: InstrumentDefinition;
  showPrompts: boolean;
}) {
  const helps = unique(instrument.subscales.flatMap((subscale) => subscale.helps));
  const prompts = unique(instrument.subscales.flatMap((subscale) => subscale.prompts)).filter((id) =>
    hasMessage(`journal.prompt.${id}`),
  );
  return (
    <>
      {instrument.notADiagnosis ? (
        <section className="card" aria-labelledby="not-title">
          <h2 id="not-title">{t("assessments.result.whatNot")}</h2>
          <p>{instrument.notADiagnosis}</p>
          <p className="small muted">{t("app.notTherapy")}</p>
        </section>
      ) : null}
      {helps.length > 0 ? (
        <section className="card" aria-labelledby="helps-title">
          <h2 id="helps-title">{t("assessments.result.helpsTitle")}</h2>
          <ul className="tool-list">
            {helps.map((id) => {
              const tool = toolInfo(id);
              return (
                <li key={id}>
                  {tool.path ? (
                    <AppLink to={tool.path} className="tool-list__name">
                      {tool.name}
                    </AppLink>
                  ) : (
                    <span className="tool-list__name">
                      {tool.name} <span className="muted small">({t("assessments.tool.soon")})</span>
                    </span>
                  )}
                  {tool.help ? <span className="tool-list__help">{tool.help}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {showPrompts && prompts.length > 0 ? (
        <section className="card" aria-labelledby="prompts-title">
          <h2 id="prompts-title">{t("assessments.result.promptsTitle")}</h2>
          <p className="small muted">{t("assessments.result.promptsIntro")}</p>
          <ul className="prompt-links">
            {prompts.map((id) => {
              const key = `journal.prompt.${id}`;
              return (
                <li key={id}>
                  <AppLink to={`/journal?prompt=${encodeURIComponent(id)}`}>
                    <Icon name="pencil" />
                    <span>{hasMessage(key) ? t(key) : id}</span>
                  </AppLink>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <details className="sources">
        <summary>{t("assessments.result.sources")}</summary>
        <ul>
          {instrument.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
