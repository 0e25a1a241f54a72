import { type MessageKey, t } from "@mend/core";
import { useLocation } from "react-router";
import { COUNSELLOR_HOME, COUNSELLOR_SESSIONS } from "../../app/guards.tsx";
import { AppLink, isUnder } from "../../app/navigation.tsx";

interface NavEntry {
  to: string;
  label: MessageKey;
}

/** The couples list (each couple's page leads on from there), and the counsellor's own sign-ins. */
const ENTRIES: readonly NavEntry[] = [
  { to: COUNSELLOR_HOME, label: "counsellor.nav.couples" },
  { to: COUNSELLOR_SESSIONS, label: "counsellor.nav.sessions" },
];

/**
 * The entry whose place holds this screen, the most specific one winning: every counsellor
 * screen sits under /counsellor, so Couples alone would otherwise be marked on Sessions too.
 */
function currentEntry(pathname: string): NavEntry | undefined {
  return ENTRIES.filter((entry) => isUnder(pathname, entry.to)).sort((a, b) => b.to.length - a.to.length)[0];
}

/** A counsellor's navigation: their couples, and their sessions (to sign other devices out). */
export function CounsellorNav() {
  const { pathname } = useLocation();
  const current = currentEntry(pathname);
  return (
    <nav className="mainnav" aria-label={t("counsellor.nav.label")}>
      <ul>
        {ENTRIES.map((entry) => (
          <li key={entry.to}>
            <AppLink to={entry.to} aria-current={entry === current ? "page" : undefined}>
              {t(entry.label)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
