import { t } from "@mend/core";
import { useMe } from "../../app/session.ts";
import "./safety.css";

/**
 * One neutral line on every screen while shared features are paused. Both partners see the same
 * words, whoever turned safety mode on: on a shared device this line must not give anyone away.
 * The person who turned it on finds the details (and how to turn it off) on the Support page.
 */
export function PausedBanner() {
  const me = useMe();
  if (!me.data?.couple?.paused) return null;
  return (
    <p className="paused-banner" data-testid="paused-banner">
      {t("paused.banner")}
    </p>
  );
}
