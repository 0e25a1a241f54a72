import { t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { safetyApi, safetyKeys, useSafetyMode } from "./api.ts";
import "./safety.css";

/**
 * Safety mode, as a setting (Support page) or as an offer (after a concerning check). Plain
 * buttons that say what they do, rather than a switch: turning it on changes what the partner
 * can use, so the words matter more than a knob. For the person themself only; the partner sees
 * `CouplePausedNotice` instead.
 */
export function SafetyModeSetting({ offer = false }: { offer?: boolean }) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const mode = useSafetyMode();
  const [status, setStatus] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: safetyApi.setMode,
    onSuccess: async (result) => {
      queryClient.setQueryData(safetyKeys.mode, result);
      setStatus(result.safetyMode ? t("safetyMode.turnedOn") : t("safetyMode.turnedOff"));
      // The navigation and the shared screens read "paused" from /api/me.
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });

  const on = mode.data?.safetyMode ?? false;
  const pausedByPartner = !on && (mode.data?.couplePaused ?? false);

  return (
    <section className="card safety-mode" aria-labelledby={titleId} data-testid="safety-mode">
      <h2 id={titleId}>{on || offer ? t("safetyMode.title") : t("safetyMode.offTitle")}</h2>
      {mode.isPending ? <Loading /> : null}
      {mode.isError ? (
        <Notice role="alert">
          <p>{t("supportPage.loadError")}</p>
        </Notice>
      ) : null}
      {mode.data && on ? (
        <>
          <p className="safety-mode__state">{t("safetyMode.onNow")}</p>
          <p>{t("safetyMode.howToTurnOff")}</p>
          <Button variant="secondary" disabled={change.isPending} onClick={() => change.mutate(false)}>
            {t("safetyMode.turnOff")}
          </Button>
        </>
      ) : null}
      {mode.data && !on ? (
        <>
          <p>{offer ? t("safety.mode.offer") : t("safetyMode.explain")}</p>
          {pausedByPartner ? <p>{t("safetyMode.pausedByPartner")}</p> : null}
          <Button disabled={change.isPending} onClick={() => change.mutate(true)}>
            {t("safetyMode.turnOn")}
          </Button>
        </>
      ) : null}
      <StatusNotice message={status} />
      {change.isError ? (
        <Notice role="alert">
          <p>{t("safetyMode.error")}</p>
        </Notice>
      ) : null}
    </section>
  );
}
