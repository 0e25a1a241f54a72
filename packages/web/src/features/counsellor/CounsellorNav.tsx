import { t } from "@mend/core";
import { AppNavLink } from "../../app/navigation.tsx";

/** A counsellor's navigation: their couples (each couple page leads on from there). */
export function CounsellorNav() {
  return (
    <nav className="mainnav" aria-label={t("counsellor.nav.label")}>
      <ul>
        <li>
          <AppNavLink to="/counsellor">{t("counsellor.nav.couples")}</AppNavLink>
        </li>
      </ul>
    </nav>
  );
}
