import { t } from "@mend/core";
import { useQueryClient } from "@tanstack/react-query";
import { Icon } from "../ui/Icon.tsx";
import { quickExit } from "./quickExit.ts";

/** Always in the sticky header, on every screen. */
export function QuickExitButton() {
  const queryClient = useQueryClient();
  return (
    <>
      <button
        type="button"
        className="quick-exit"
        aria-describedby="quick-exit-hint"
        onClick={() => quickExit(queryClient)}
      >
        <Icon name="exit" />
        <span>{t("quickExit.label")}</span>
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        {t("quickExit.hint")}
      </span>
    </>
  );
}
