import { t } from "@mend/core";
import { useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { Icon } from "../ui/Icon.tsx";
import { quickExit } from "./quickExit.ts";

/** Always in the sticky header, on every screen, and in every modal dialog. */
export function QuickExitButton() {
  const queryClient = useQueryClient();
  const hintId = useId();
  return (
    <>
      <button
        type="button"
        className="quick-exit"
        aria-describedby={hintId}
        onClick={() => quickExit(queryClient)}
      >
        <Icon name="exit" />
        <span>{t("quickExit.label")}</span>
      </button>
      <span id={hintId} className="visually-hidden">
        {t("quickExit.hint")}
      </span>
    </>
  );
}
