import { CADENCES, type RhythmBody, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { saveErrorText } from "../together/partner.tsx";
import { deviceTimeZone, rhythmSentence, WEEKDAYS, weekdayName } from "./rhythm.ts";

/** Agreeing when to check in: one proposes, the other accepts. */
export function RhythmCard({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const rhythm = useQuery({ queryKey: queryKeys.checkinRhythm, queryFn: api.checkins.rhythm });
  const [editing, setEditing] = useState(false);
  // A confirmation belongs to the rhythm it was about: once the partner accepts or changes it
  // (live), the old words disappear instead of contradicting the screen.
  const [status, setStatus] = useState<{ text: string; about: string } | null>(null);
  const accept = useMutation({
    mutationFn: api.checkins.acceptRhythm,
    onSuccess: async (result) => {
      setStatus({ text: t("checkins.rhythm.accepted"), about: rhythmKey(result.rhythm) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.checkins });
    },
  });
  const current = rhythm.data?.rhythm ?? null;
  const shownStatus = status && status.about === rhythmKey(current) ? status.text : null;

  return (
    <section className="card rhythm" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{t("checkins.rhythm.title")}</h2>
      {rhythm.isPending ? <Loading /> : null}
      {rhythm.isError ? (
        <Notice role="alert">
          <p>{t("talk.error.load")}</p>
        </Notice>
      ) : null}
      {rhythm.isSuccess && current === null ? <p>{t("checkins.rhythm.none", { name })}</p> : null}
      {current?.status === "active" ? (
        <>
          <p className="rhythm__sentence" data-testid="rhythm-sentence">
            {t("checkins.rhythm.active", { sentence: rhythmSentence(current) })}
          </p>
          <p>
            <a
              className={buttonClass("secondary")}
              href={api.checkins.calendarUrl}
              download="mend-checkins.ics"
            >
              <Icon name="calendar" />
              <span>{t("checkins.rhythm.calendar")}</span>
            </a>
          </p>
          <p className="muted small">{t("checkins.rhythm.calendarHint")}</p>
        </>
      ) : null}
      {current?.status === "proposed" && current.mine ? (
        <p className="rhythm__sentence" data-testid="rhythm-sentence">
          {t("checkins.rhythm.proposedByMe", { sentence: rhythmSentence(current), name })}
        </p>
      ) : null}
      {current?.status === "proposed" && !current.mine ? (
        <>
          <p className="rhythm__sentence" data-testid="rhythm-sentence">
            {t("checkins.rhythm.proposedByPartner", {
              sentence: rhythmSentence(current),
              name: current.proposedBy.displayName,
            })}
          </p>
          <Button
            icon="check"
            onClick={() => accept.mutate()}
            disabled={accept.isPending}
            aria-busy={accept.isPending || undefined}
          >
            {t("checkins.rhythm.accept")}
          </Button>
          {accept.isError ? (
            <Notice role="alert">
              <p>{saveErrorText(accept.error)}</p>
            </Notice>
          ) : null}
        </>
      ) : null}
      <StatusNotice message={shownStatus} className="talk-status" />
      {rhythm.isSuccess && (current === null || editing) ? (
        <RhythmForm
          name={name}
          start={current ?? undefined}
          onDone={(message, about) => {
            setEditing(false);
            setStatus({ text: message, about });
          }}
          onCancel={current ? () => setEditing(false) : undefined}
        />
      ) : null}
      {rhythm.isSuccess && current !== null && !editing ? (
        <Button
          variant="quiet"
          onClick={() => {
            setStatus(null);
            setEditing(true);
          }}
        >
          {t("checkins.rhythm.change")}
        </Button>
      ) : null}
    </section>
  );
}

function rhythmKey(rhythm: (RhythmBody & { status: string; mine: boolean }) | null): string {
  return rhythm
    ? [rhythm.status, rhythm.mine, rhythm.cadence, rhythm.weekday, rhythm.time, rhythm.timeZone].join("|")
    : "none";
}

function RhythmForm({
  name,
  start,
  onDone,
  onCancel,
}: {
  name: string;
  start?: RhythmBody;
  onDone: (message: string, about: string) => void;
  onCancel?: () => void;
}) {
  const queryClient = useQueryClient();
  const [cadence, setCadence] = useState<RhythmBody["cadence"]>(start?.cadence ?? "weekly");
  const [weekday, setWeekday] = useState(start?.weekday ?? 7);
  const [time, setTime] = useState(start?.time ?? "19:30");
  const [timeZone, setTimeZone] = useState(start?.timeZone ?? deviceTimeZone());
  const propose = useMutation({
    mutationFn: api.checkins.proposeRhythm,
    onSuccess: async (result) => {
      onDone(t("checkins.rhythm.proposed", { name }), rhythmKey(result.rhythm));
      await queryClient.invalidateQueries({ queryKey: queryKeys.checkins });
    },
  });
  const body: RhythmBody = { cadence, weekday, time, timeZone: timeZone.trim() };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    propose.mutate(body);
  }

  return (
    <form className="rhythm-form" onSubmit={onSubmit} noValidate>
      <div className="rhythm-form__row">
        <div className="field">
          <label className="field__label" htmlFor="rhythm-cadence">
            {t("checkins.field.cadence")}
          </label>
          <select
            id="rhythm-cadence"
            className="select"
            value={cadence}
            onChange={(event) => {
              const next = CADENCES.find((value) => value === event.target.value);
              if (next) setCadence(next);
            }}
          >
            {CADENCES.map((value) => (
              <option key={value} value={value}>
                {t(`checkins.cadence.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="rhythm-weekday">
            {t("checkins.field.weekday")}
          </label>
          <select
            id="rhythm-weekday"
            className="select"
            value={weekday}
            onChange={(event) => setWeekday(Number(event.target.value))}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t("checkins.field.time")}
          type="time"
          value={time}
          required
          onChange={(event) => setTime(event.target.value)}
        />
      </div>
      <TextField
        label={t("checkins.field.timeZone")}
        hint={t("checkins.field.timeZoneHint")}
        value={timeZone}
        autoComplete="off"
        onChange={(event) => setTimeZone(event.target.value)}
      />
      <p className="rhythm__preview">{rhythmSentence(body)}</p>
      {propose.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(propose.error)}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button
          type="submit"
          icon="check"
          disabled={propose.isPending}
          aria-busy={propose.isPending || undefined}
        >
          {t("checkins.rhythm.propose")}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            {t("checkins.rhythm.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
