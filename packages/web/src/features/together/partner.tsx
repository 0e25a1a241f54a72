import { t } from "@mend/core";
import { ApiRequestError, NetworkError } from "../../api/index.ts";
import { AppLink } from "../../app/navigation.tsx";
import { useMe } from "../../app/session.ts";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { isCouplePaused } from "../safety/api.ts";
import { CouplePausedNotice } from "../safety/CouplePausedNotice.tsx";

/** The partner's display name; `linked` is undefined while loading. */
export function usePartnerName(): { name: string | null; linked: boolean | undefined } {
  const me = useMe();
  if (!me.data) return { name: null, linked: undefined };
  const partner = me.data.couple?.partner ?? null;
  return { name: partner?.displayName ?? null, linked: partner !== null };
}

/** Shown instead of a couple-only screen while someone is not linked (the server says 409). */
export function NeedsPartner() {
  return (
    <Notice tone="info">
      <p>{t("together.needsPartner")}</p>
      <p>
        <AppLink to="/partner">{t("together.linkPartner")}</AppLink>
      </p>
    </Notice>
  );
}

/**
 * What a couple-only screen shows when loading failed: the "link with your partner" note when the
 * server says 409 not_in_couple, otherwise a calm alert with a retry.
 */
export function TalkLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isNotInCouple(error)) return <NeedsPartner />;
  if (isCouplePaused(error)) return <CouplePausedNotice />;
  return (
    <Notice role="alert">
      <p>{t("talk.error.load")}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t("shell.retry")}
      </Button>
    </Notice>
  );
}

export function isNotInCouple(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === "not_in_couple";
}

export function saveErrorText(error: unknown): string {
  if (isCouplePaused(error)) return t("paused.save");
  return error instanceof NetworkError ? t("error.network") : t("talk.error.save");
}

/** The breadcrumb back to the Together page. */
export function BackToTogether() {
  return <BackLink to="/together" label={t("together.back")} />;
}

/** Empty and over-long checks shared by the composers (the server checks the same). */
export function textProblem(value: string, max: number): string | null {
  if (value.trim().length === 0) return t("talk.error.empty");
  if (value.length > max) return t("talk.error.tooLong", { max: max.toLocaleString("en") });
  return null;
}
