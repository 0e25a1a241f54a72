import { t } from "@mend/core";
import { useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { CounsellorNav } from "../features/counsellor/CounsellorNav.tsx";
import { DialogExtrasContext } from "../ui/dialogExtras.ts";
import { Icon } from "../ui/Icon.tsx";
import { useLiveUpdates } from "./liveUpdates.ts";
import { AppLink, AppNavLink } from "./navigation.tsx";
import { QuickExitButton } from "./QuickExitButton.tsx";
import { useQuickExitShortcut } from "./quickExit.ts";
import { useMe } from "./session.ts";

/** The Together page and the screens it leads to. */
const TOGETHER_PATHS = ["/together", "/checkins", "/appreciations", "/letters", "/couple/counsellor"];

export function Shell() {
  const queryClient = useQueryClient();
  useQuickExitShortcut(queryClient);
  const me = useMe();
  const signedIn = Boolean(me.data);
  const counsellor = me.data?.user.role === "counsellor";
  useLiveUpdates(me.data?.user.id ?? null);
  const { pathname } = useLocation();
  const inTogether = TOGETHER_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  const mainRef = useRef<HTMLElement>(null);

  return (
    <div className="shell">
      {/* A button, not a #main link: changing the hash would add a history entry. */}
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {t("shell.skipToContent")}
      </button>
      <header className="topbar">
        <div className="topbar__inner">
          <span className="brand">
            <Icon name="heart" className="brand__mark" />
            <span>{t("app.name")}</span>
          </span>
          <QuickExitButton />
        </div>
      </header>
      {signedIn && counsellor ? <CounsellorNav /> : null}
      {signedIn && !counsellor ? (
        <nav className="mainnav" aria-label={t("shell.nav.label")}>
          <ul>
            <li>
              <AppNavLink to="/journal">{t("shell.nav.journal")}</AppNavLink>
            </li>
            <li>
              <AppNavLink to="/assessments">{t("shell.nav.assessments")}</AppNavLink>
            </li>
            <li>
              <AppNavLink to="/lessons">{t("shell.nav.lessons")}</AppNavLink>
            </li>
            <li>
              {/* One place for check-ins, appreciations and letters keeps the nav short at 360 px. */}
              <AppLink to="/together" aria-current={inTogether ? "page" : undefined}>
                {t("shell.nav.together")}
              </AppLink>
            </li>
            <li>
              <AppNavLink to="/partner">{t("shell.nav.partner")}</AppNavLink>
            </li>
            <li>
              <AppNavLink to="/sessions">{t("shell.nav.sessions")}</AppNavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <DialogExtrasContext.Provider value={<QuickExitButton />}>
          <Outlet />
        </DialogExtrasContext.Provider>
      </main>
      <footer className="footer">
        <p>{t("app.notTherapy")}</p>
        <p>
          <strong>{t("quickExit.label")}:</strong> {t("quickExit.hint")}
        </p>
      </footer>
    </div>
  );
}
