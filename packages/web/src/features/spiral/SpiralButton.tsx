import { t } from "@mend/core";
import { useId } from "react";
import { AppNavLink } from "../../app/navigation.tsx";
import "./spiral.css";

/**
 * "I'm spiralling", one tap (or one Tab) from every screen: it sits in the sticky header next to
 * the quick exit. A link, because it opens a page; it looks calm, not alarming.
 */
export function SpiralButton() {
  const hintId = useId();
  return (
    <>
      <AppNavLink to="/spiralling" className="spiral-button" aria-describedby={hintId}>
        {t("shell.spiral")}
      </AppNavLink>
      <span id={hintId} className="visually-hidden">
        {t("shell.spiralHint")}
      </span>
    </>
  );
}
