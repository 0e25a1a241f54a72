import { type Commitment, MAX_OCCURRENCE_NOTE, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDay, formatShortDay } from "../../ui/dates.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { saveErrorText } from "../together/partner.tsx";
import { RenegotiateForm } from "./CommitmentForms.tsx";
import { Reliability } from "./Reliability.tsx";
import { describeSchedule, type Occurrence, outcomeText } from "./schedule.ts";

/** One promise: what, when, follow-through, today's mark (or "I noticed"), its history. */
export function CommitmentCard({
  commitment,
  partnerName,
  onRenegotiated,
}: {
  commitment: Commitment;
  partnerName: string;
  /** A new version was saved: this card gives way to the new version's. */
  onRenegotiated?: () => void;
}) {
  const [changing, setChanging] = useState(false);
  const active = commitment.status === "active";
  const today = commitment.occurrences.find((occurrence) => occurrence.date === commitment.today);
  const earlier = commitment.occurrences.filter((occurrence) => occurrence.date !== commitment.today);
  const headingId = `commitment-${commitment.id}`;
  return (
    <li className="card commitment" data-testid="commitment">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="commitment__title">
          {commitment.title}
        </h3>
        <p className="commitment__meta small">
          <span>{describeSchedule(commitment.schedule)}</span>
          <VisibilityBadge visibility={commitment.visibility} />
          {!active ? (
            <span className="talk-badge talk-badge--later">
              {t(
                commitment.status === "ended"
                  ? "commitments.status.ended"
                  : "commitments.status.renegotiated",
              )}
            </span>
          ) : null}
        </p>
        {commitment.status === "ended" && commitment.reason ? (
          <p className="small">{t("commitments.endedBecause", { reason: commitment.reason })}</p>
        ) : null}
        <Reliability commitment={commitment} />
        {active ? (
          <TodayBlock commitment={commitment} today={today ?? null} partnerName={partnerName} />
        ) : null}
        {earlier.length > 0 ? (
          <details className="commitment__recent">
            <summary>{t("commitments.recent")}</summary>
            <ul className="occurrences">
              {earlier.map((occurrence) => (
                <OccurrenceRow
                  key={occurrence.date}
                  commitment={commitment}
                  occurrence={occurrence}
                  partnerName={partnerName}
                />
              ))}
            </ul>
          </details>
        ) : null}
        <History commitment={commitment} />
        {commitment.mine && active ? (
          changing ? (
            <RenegotiateForm
              commitment={commitment}
              onDone={() => setChanging(false)}
              onSaved={onRenegotiated}
            />
          ) : (
            <div className="button-row commitment__actions">
              <Button variant="secondary" icon="pencil" onClick={() => setChanging(true)}>
                {t("commitments.renegotiate")}
              </Button>
              <EndCommitment commitment={commitment} partnerName={partnerName} />
            </div>
          )
        ) : null}
      </article>
    </li>
  );
}

function VisibilityBadge({ visibility }: { visibility: Commitment["visibility"] }) {
  return visibility === "private" ? (
    <span className="talk-badge talk-badge--private">
      <Icon name="lock" />
      {t("visibility.private")}
    </span>
  ) : (
    <span className="talk-badge">
      <Icon name="people" />
      {t("visibility.couple")}
    </span>
  );
}

function useOccurrenceActions(commitment: Commitment) {
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.commitments });
  };
  const mark = useMutation({
    mutationFn: ({ date, outcome, note }: { date: string; outcome: "kept" | "missed"; note: string }) =>
      api.commitments.mark(
        commitment.id,
        date,
        note.trim() === "" ? { outcome } : { outcome, note: note.trim() },
      ),
    onSuccess,
  });
  const acknowledge = useMutation({
    mutationFn: (date: string) => api.commitments.acknowledge(commitment.id, date),
    onSuccess,
  });
  return { mark, acknowledge };
}

/** Today's occurrence: the maker marks it; the partner may say "I noticed". */
function TodayBlock({
  commitment,
  today,
  partnerName,
}: {
  commitment: Commitment;
  today: Occurrence | null;
  partnerName: string;
}) {
  return (
    <section className="commitment__today" aria-label={t("commitments.today.title")}>
      <h4>{t("commitments.today.title")}</h4>
      {today ? (
        <OccurrenceBody commitment={commitment} occurrence={today} partnerName={partnerName} isToday />
      ) : (
        <p className="muted small">
          {t("commitments.notDueToday")}{" "}
          {commitment.nextDue ? t("commitments.nextDue", { date: formatDay(commitment.nextDue) }) : null}
        </p>
      )}
    </section>
  );
}

function OccurrenceRow(props: { commitment: Commitment; occurrence: Occurrence; partnerName: string }) {
  return (
    <li className="occurrence">
      <p className="occurrence__date">{formatShortDay(props.occurrence.date)}</p>
      <OccurrenceBody {...props} isToday={false} />
    </li>
  );
}

function OccurrenceBody({
  commitment,
  occurrence,
  partnerName,
  isToday,
}: {
  commitment: Commitment;
  occurrence: Occurrence;
  partnerName: string;
  isToday: boolean;
}) {
  const { mark, acknowledge } = useOccurrenceActions(commitment);
  const [changing, setChanging] = useState(false);
  const [note, setNote] = useState("");
  const marked = occurrence.outcome !== null;
  const markAs = (outcome: "kept" | "missed") =>
    mark.mutate(
      { date: occurrence.date, outcome, note },
      {
        onSuccess: () => {
          setChanging(false);
          setNote("");
        },
      },
    );
  const error = mark.error ?? acknowledge.error;
  const maker = commitment.mine ? t("web.rebuild.you") : commitment.author.displayName || partnerName;
  return (
    <div className="occurrence__body">
      {marked ? (
        <p className="occurrence__outcome">
          <OutcomeMark outcome={occurrence.outcome} />
          <span>
            {commitment.mine
              ? outcomeText(occurrence.outcome)
              : t("commitments.partnerMarked", { name: maker, outcome: outcomeText(occurrence.outcome) })}
          </span>
        </p>
      ) : !commitment.mine ? (
        <p className="muted small">{outcomeText(null)}</p>
      ) : null}
      {occurrence.note ? <p className="talk-text small">{occurrence.note}</p> : null}
      {occurrence.acknowledgedAt ? (
        <p className="occurrence__noticed small">
          <Icon name="heart" />
          <span>
            {commitment.mine
              ? t("commitments.acknowledged.byPartner", { name: partnerName })
              : t("commitments.acknowledged.byMe")}
          </span>
        </p>
      ) : null}
      {commitment.mine && (!marked || changing) ? (
        <fieldset className="occurrence__mark">
          <legend className={isToday ? "field__label" : "visually-hidden"}>
            {t("commitments.today.question")}
          </legend>
          {/* A word of context ("stuck at work, called at 8 instead"): shared promises are read by
              the partner, so the coach reads along there. */}
          <CoachedField
            label={t("commitments.note.label")}
            hint={t("commitments.note.hint")}
            name={`note-${commitment.id}-${occurrence.date}`}
            value={note}
            onChange={setNote}
            coachWanted={commitment.visibility === "couple"}
            maxLength={MAX_OCCURRENCE_NOTE}
            rows={2}
            disabled={mark.isPending}
          />
          <div className="button-row">
            <Button
              icon="check"
              variant={isToday ? "primary" : "secondary"}
              disabled={mark.isPending}
              onClick={() => markAs("kept")}
            >
              {t("commitments.kept")}
            </Button>
            <Button variant="quiet" disabled={mark.isPending} onClick={() => markAs("missed")}>
              {t("commitments.missed")}
            </Button>
          </div>
        </fieldset>
      ) : null}
      {commitment.mine && marked && !changing && !occurrence.acknowledgedAt ? (
        <Button variant="quiet" className="button--small" onClick={() => setChanging(true)}>
          {t("commitments.change")}
        </Button>
      ) : null}
      {!commitment.mine && marked && !occurrence.acknowledgedAt ? (
        <Button
          variant="secondary"
          icon="heart"
          disabled={acknowledge.isPending}
          aria-busy={acknowledge.isPending || undefined}
          onClick={() => acknowledge.mutate(occurrence.date)}
        >
          {t("commitments.acknowledge")}
        </Button>
      ) : null}
      {error ? (
        <Notice role="alert">
          <p>{saveErrorText(error)}</p>
        </Notice>
      ) : null}
    </div>
  );
}

/** Kept is a filled mark, not kept an open ring: shape, not colour, tells them apart. */
function OutcomeMark({ outcome }: { outcome: Occurrence["outcome"] }) {
  return <span className={`outcome-mark outcome-mark--${outcome ?? "open"}`} aria-hidden="true" />;
}

function History({ commitment }: { commitment: Commitment }) {
  const [open, setOpen] = useState(false);
  const detail = useQuery({
    queryKey: queryKeys.commitment(commitment.id),
    queryFn: () => api.commitments.get(commitment.id),
    enabled: open && commitment.version > 1,
  });
  if (commitment.version <= 1) return null;
  const history = detail.data?.history ?? [];
  return (
    <details className="commitment__history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("commitments.history")}</summary>
      {detail.isError ? <p className="small">{t("web.rebuild.loadError")}</p> : null}
      <ul className="small">
        {history.map((version) => (
          <li key={version.id}>
            <strong>
              {t("commitments.history.item", { version: version.version, title: version.title })}
            </strong>
            <br />
            {describeSchedule(version.schedule)}
            {version.reason ? (
              <>
                <br />
                <span className="muted">{version.reason}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

function EndCommitment({ commitment, partnerName }: { commitment: Commitment; partnerName: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const end = useMutation({
    mutationFn: () => api.commitments.end(commitment.id, reason.trim()),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: queryKeys.commitments });
    },
  });
  return (
    <>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {t("commitments.end")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("commitments.end.title")}
        confirmLabel={t("commitments.end.confirm")}
        busy={end.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          if (reason.trim().length === 0) {
            setError(t("web.rebuild.empty"));
            return;
          }
          end.mutate();
        }}
      >
        <p>
          {commitment.visibility === "couple"
            ? t("commitments.end.body", { name: partnerName })
            : t("commitments.end.bodySolo")}
        </p>
        <CoachedField
          label={t("commitments.end.reason")}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setError(null);
          }}
          coachWanted={commitment.visibility === "couple"}
          error={error}
          rows={3}
          maxLength={1000}
        />
        {end.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(end.error)}</p>
          </Notice>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
