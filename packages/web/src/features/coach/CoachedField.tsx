import { t } from "@mend/core";
import { AppLink } from "../../app/navigation.tsx";
import { CoachedTextarea, type CoachedTextareaProps } from "./CoachedTextarea.tsx";
import { useCoachPreference } from "./useCoachPreference.ts";

export interface CoachedFieldProps extends Omit<CoachedTextareaProps, "enabled" | "footer"> {
  /** Whether this text is for or about the partner (the coach's place); the person's setting decides the rest. */
  coachWanted?: boolean;
}

/**
 * A composer with the message coach wired the one way every screen wants it: on when the text
 * concerns the partner and the person has not turned the coach off, with a link to that setting.
 */
export function CoachedField({ coachWanted = true, ...props }: CoachedFieldProps) {
  const coach = useCoachPreference();
  return (
    <CoachedTextarea
      {...props}
      enabled={coachWanted && coach.enabled}
      footer={<AppLink to="/sessions">{t("coachField.settingsLink")}</AppLink>}
    />
  );
}
