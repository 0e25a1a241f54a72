/**
 * What a counsellor reads in each shared category, shown plainly: who wrote it, when, and the
 * words themselves. Every list is newest first as the server sends it; nothing is scored or ranked.
 */
import { BUILT_IN_INSTRUMENTS, type CounsellorCategory, hasMessage, t } from "@mend/core";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import type { CategoryData } from "./api.ts";

type Data<C extends CounsellorCategory> = CategoryData<C>;

function Empty() {
  return <p className="muted">{t("counsellor.empty")}</p>;
}

export function CheckinsView({ data }: { data: Data<"checkins"> }) {
  if (data.checkins.length === 0) return <Empty />;
  return (
    <ul className="counsellor-entries" data-testid="counsellor-checkins">
      {data.checkins.map((checkin) => (
        <li key={checkin.id} className="counsellor-entry">
          <h3>{t("counsellor.checkin.revealed", { date: formatDateTime(checkin.revealedAt) })}</h3>
          <div className="counsellor-columns">
            {checkin.answers.map((answer) => (
              <section key={answer.author.id} aria-label={answer.author.displayName}>
                <h4>{answer.author.displayName}</h4>
                <dl className="counsellor-facts">
                  <dt>{t("counsellor.checkin.safety")}</dt>
                  <dd>{t("counsellor.checkin.rating", { value: answer.safety })}</dd>
                  <dt>{t("counsellor.checkin.trust")}</dt>
                  <dd>{t("counsellor.checkin.rating", { value: answer.trust })}</dd>
                  <dt>{t("counsellor.checkin.appreciation")}</dt>
                  <dd className="counsellor-text">{answer.appreciation}</dd>
                  <dt>{t("counsellor.checkin.worry")}</dt>
                  <dd className="counsellor-text">{answer.worry}</dd>
                  <dt>{t("counsellor.checkin.request")}</dt>
                  <dd className="counsellor-text">{answer.request}</dd>
                </dl>
              </section>
            ))}
          </div>
          {checkin.notes.length > 0 ? (
            <>
              <h4>{t("counsellor.checkin.notes")}</h4>
              <ul className="counsellor-notes">
                {checkin.notes.map((note) => (
                  <li key={note.id}>
                    <p className="muted small">
                      {t("counsellor.by", { name: note.author.displayName })} ·{" "}
                      {formatDateTime(note.createdAt)}
                    </p>
                    <p className="counsellor-text">{note.body}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function AssessmentsView({ data }: { data: Data<"assessments"> }) {
  if (data.assessments.length === 0) return <Empty />;
  return (
    <ul className="counsellor-entries">
      {data.assessments.map((assessment) => (
        <li key={assessment.id} className="counsellor-entry">
          <h3>{instrumentTitle(assessment.instrumentId)}</h3>
          <p className="muted small">
            {t("counsellor.assessment.taken", {
              name: assessment.author.displayName,
              date: formatDate(assessment.createdAt),
            })}
          </p>
          {assessment.label ? (
            <p>
              <strong>{assessment.label}</strong>
              {assessment.labelExplanation ? ` — ${assessment.labelExplanation}` : null}
            </p>
          ) : null}
          <dl className="counsellor-facts">
            {assessment.subscales.map((subscale) => (
              <div key={subscale.id} className="counsellor-facts__row">
                <dt>{subscale.name}</dt>
                <dd>
                  {t("counsellor.assessment.score", {
                    score: subscale.score.toFixed(1),
                    min: subscale.range.min,
                    max: subscale.range.max,
                  })}
                  {subscale.band ? ` · ${subscale.band.label}` : null}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function instrumentTitle(instrumentId: string): string {
  return BUILT_IN_INSTRUMENTS.find((i) => i.id === instrumentId)?.title ?? instrumentId;
}

export function CommitmentsView({ data }: { data: Data<"commitments"> }) {
  if (data.commitments.length === 0) return <Empty />;
  return (
    <ul className="counsellor-entries">
      {data.commitments.map((commitment) => {
        const { last30, last90, trend } = commitment.reliability;
        return (
          <li key={commitment.id} className="counsellor-entry">
            <h3 className="counsellor-text">{commitment.title}</h3>
            <p className="muted small">
              {t("counsellor.by", { name: commitment.author.displayName })} ·{" "}
              {t(`counsellor.commitment.status.${commitment.status}`)}
            </p>
            <p>
              {t("counsellor.commitment.kept", {
                kept: last30.kept,
                due: last30.due,
                kept90: last90.kept,
                due90: last90.due,
              })}{" "}
              · {t(`counsellor.commitment.trend.${trend}`)}
            </p>
            {commitment.reason ? <p className="counsellor-text">{commitment.reason}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function RepairsView({ data }: { data: Data<"repairs"> }) {
  if (data.repairs.length === 0) return <Empty />;
  return (
    <ul className="counsellor-entries">
      {data.repairs.map((repair) => (
        <li key={repair.id} className="counsellor-entry">
          <h3 className="counsellor-text">{repair.title}</h3>
          <p className="muted small">
            {t(`counsellor.repair.kind.${repair.kind}`)} · {t(`counsellor.repair.status.${repair.status}`)} ·{" "}
            {t("counsellor.repair.started", { date: formatDate(repair.createdAt) })}
          </p>
          {repair.reflections.length === 0 ? (
            <p className="muted">{t("counsellor.repair.noReflections")}</p>
          ) : (
            <div className="counsellor-columns">
              {repair.reflections.map((reflection) => (
                <section key={reflection.author.id} aria-label={reflection.author.displayName}>
                  <h4>{t("counsellor.repair.reflection", { name: reflection.author.displayName })}</h4>
                  <dl className="counsellor-facts">
                    <dt>{t("counsellor.repair.happened")}</dt>
                    <dd className="counsellor-text">{reflection.happened}</dd>
                    <dt>{t("counsellor.repair.felt")}</dt>
                    <dd className="counsellor-text">{reflection.felt}</dd>
                    <dt>{t("counsellor.repair.myPart")}</dt>
                    <dd className="counsellor-text">{reflection.myPart}</dd>
                    <dt>{t("counsellor.repair.wouldHelp")}</dt>
                    <dd className="counsellor-text">{reflection.wouldHelp}</dd>
                  </dl>
                </section>
              ))}
            </div>
          )}
          {repair.amends.length > 0 ? (
            <>
              <h4>{t("counsellor.repair.amends")}</h4>
              <ul className="counsellor-notes">
                {repair.amends.map((amend) => (
                  <li key={`${amend.author.id}-${amend.createdAt}`}>
                    <p className="muted small">{t("counsellor.by", { name: amend.author.displayName })}</p>
                    <p className="counsellor-text">{amend.body}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {repair.ritual ? (
            <p>{t("counsellor.repair.ritual", { ritual: ritualText(repair.ritual) })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A ritual is a catalogue id or the couple's own words. */
function ritualText(ritual: string): string {
  const key = `repair.ritual.${ritual}`;
  return hasMessage(key) ? t(key) : ritual;
}

export function BoundariesView({ data }: { data: Data<"boundaries"> }) {
  if (data.boundaries.length === 0) return <Empty />;
  return (
    <ul className="counsellor-entries">
      {data.boundaries.map((boundary) => (
        <li key={boundary.id} className="counsellor-entry">
          <p className="counsellor-text counsellor-entry__lead">{boundary.body}</p>
          <p className="muted small">
            {t("counsellor.boundary.meta", {
              name: boundary.proposedBy.displayName,
              version: boundary.version,
              date: formatDate(boundary.reviewOn),
            })}
          </p>
          <p>{t(`counsellor.boundary.status.${boundary.status}`)}</p>
          {boundary.note ? <p className="counsellor-text">{boundary.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function GoalsView({ data }: { data: Data<"goals"> }) {
  if (data.goals.length === 0) return <Empty />;
  return (
    <ul className="counsellor-entries">
      {data.goals.map((goal) => {
        const done = goal.milestones.filter((m) => m.doneAt !== null).length;
        return (
          <li key={goal.id} className="counsellor-entry">
            <h3 className="counsellor-text">{goal.title}</h3>
            <p className="muted small">
              {t("counsellor.by", { name: goal.author.displayName })} ·{" "}
              {t(`counsellor.goal.status.${goal.status}`)} ·{" "}
              {t("counsellor.goal.milestones", { done, total: goal.milestones.length })}
            </p>
            {goal.milestones.length > 0 ? (
              <ul className="counsellor-milestones">
                {goal.milestones.map((milestone) => (
                  <li key={milestone.id}>
                    <span className="counsellor-text">{milestone.title}</span>{" "}
                    <span className="muted small">
                      (
                      {milestone.doneAt
                        ? t("counsellor.goal.milestoneDone")
                        : t("counsellor.goal.milestoneOpen")}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
