import { t } from "@mend/core";
import { useId, useState } from "react";
import { NetworkError } from "../../api/index.ts";
import { Notice } from "../../ui/Notice.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { useCoachPreference, useSetCoachPreference } from "./useCoachPreference.ts";

/**
 * The per-person switch for the message coach, in the "Settings" section of the account screen.
 * A real switch (role="switch"): its state is said in words ("On"/"Off") and shown by the knob's
 * position, not by colour alone. Saved on the server, so it follows the person across devices.
 */
export function CoachSetting() {
  const titleId = useId();
  const labelId = useId();
  const helpId = useId();
  const preference = useCoachPreference();
  const save = useSetCoachPreference();
  const [status, setStatus] = useState<string | null>(null);
  const on = save.isPending && save.variables !== undefined ? save.variables : preference.enabled;

  return (
    <section className="card coach-setting" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("coachSettings.title")}</h2>
      <div className="coach-setting__row">
        <span id={labelId} className="field__label">
          {t("coachSettings.coach.label")}
        </span>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={on}
          aria-labelledby={labelId}
          aria-describedby={helpId}
          disabled={preference.loading || save.isPending}
          onClick={() => {
            setStatus(null);
            save.mutate(!on, {
              onSuccess: (result) =>
                setStatus(
                  result.preferences.coachEnabled
                    ? t("coachSettings.saved.on")
                    : t("coachSettings.saved.off"),
                ),
            });
          }}
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__knob" />
          </span>
          <span className="switch__state" aria-hidden="true">
            {on ? t("coachSettings.coach.on") : t("coachSettings.coach.off")}
          </span>
        </button>
      </div>
      <p id={helpId} className="muted small coach-setting__help">
        {t("coachSettings.coach.help")}
      </p>
      <StatusNotice message={status} />
      {save.isError ? (
        <Notice role="alert">
          <p>{save.error instanceof NetworkError ? t("error.network") : t("coachSettings.error")}</p>
        </Notice>
      ) : null}
    </section>
  );
}
