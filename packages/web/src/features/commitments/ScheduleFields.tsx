import { REPEATS, type Repeat, type ScheduleBody, t } from "@mend/core";
import { useId } from "react";
import { weekdayName } from "../../ui/dates.ts";
import { Icon } from "../../ui/Icon.tsx";
import { TextField } from "../../ui/TextField.tsx";

export interface ScheduleDraft {
  repeat: Repeat;
  startsOn: string;
  endsOn: string;
  weekdays: number[];
}

export type ScheduleErrors = Partial<Record<"startsOn" | "endsOn" | "weekdays", string>>;

export function draftOf(schedule: ScheduleBody, startsOn?: string): ScheduleDraft {
  return {
    repeat: schedule.repeat,
    startsOn: startsOn ?? schedule.startsOn,
    endsOn: schedule.endsOn ?? "",
    weekdays: schedule.weekdays ?? [],
  };
}

/** The same checks as the server, said kindly before anything is sent. */
export function scheduleProblems(draft: ScheduleDraft): ScheduleErrors {
  const errors: ScheduleErrors = {};
  if (!draft.startsOn) errors.startsOn = t("commitments.error.startsOn");
  if (draft.repeat !== "once" && draft.endsOn && draft.startsOn && draft.endsOn < draft.startsOn)
    errors.endsOn = t("commitments.error.endsOn");
  if (draft.repeat === "weekly" && draft.weekdays.length === 0)
    errors.weekdays = t("commitments.error.weekdays");
  return errors;
}

export function scheduleBody(draft: ScheduleDraft, timeZone: string): ScheduleBody {
  return {
    repeat: draft.repeat,
    startsOn: draft.startsOn,
    ...(draft.repeat !== "once" && draft.endsOn ? { endsOn: draft.endsOn } : {}),
    ...(draft.repeat === "weekly" ? { weekdays: [...draft.weekdays].sort((a, b) => a - b) } : {}),
    timeZone,
  };
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** How often, from when, until when, and on which weekdays. */
export function ScheduleFields({
  value,
  onChange,
  errors,
}: {
  value: ScheduleDraft;
  onChange: (next: ScheduleDraft) => void;
  errors: ScheduleErrors;
}) {
  const name = useId();
  const weekdaysError = `${name}-weekdays-error`;
  return (
    <>
      <fieldset className="choice-group">
        <legend className="field__label">{t("commitments.field.repeat")}</legend>
        {REPEATS.map((repeat) => (
          <label key={repeat} className="choice">
            <input
              type="radio"
              name={`${name}-repeat`}
              value={repeat}
              checked={value.repeat === repeat}
              onChange={() => onChange({ ...value, repeat })}
            />
            <span>{t(`commitments.repeat.${repeat}`)}</span>
          </label>
        ))}
      </fieldset>
      {value.repeat === "weekly" ? (
        <fieldset
          className="choice-group choice-group--inline"
          aria-describedby={errors.weekdays ? weekdaysError : undefined}
        >
          <legend className="field__label">{t("commitments.field.weekdays")}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className="choice choice--day">
              <input
                type="checkbox"
                checked={value.weekdays.includes(day)}
                onChange={(event) =>
                  onChange({
                    ...value,
                    weekdays: event.target.checked
                      ? [...value.weekdays, day]
                      : value.weekdays.filter((other) => other !== day),
                  })
                }
              />
              <span>{weekdayName(day)}</span>
            </label>
          ))}
          {errors.weekdays ? (
            <p className="field__error" id={weekdaysError}>
              <Icon name="info" />
              <span>{errors.weekdays}</span>
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <TextField
        type="date"
        label={value.repeat === "once" ? t("commitments.field.onDay") : t("commitments.field.startsOn")}
        value={value.startsOn}
        onChange={(event) => onChange({ ...value, startsOn: event.target.value })}
        error={errors.startsOn}
        required
      />
      {value.repeat !== "once" ? (
        <TextField
          type="date"
          label={t("commitments.field.endsOn")}
          hint={t("commitments.field.endsOnHint")}
          value={value.endsOn}
          min={value.startsOn || undefined}
          onChange={(event) => onChange({ ...value, endsOn: event.target.value })}
          error={errors.endsOn}
        />
      ) : null}
    </>
  );
}
