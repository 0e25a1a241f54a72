import { t } from "@mend/core";
import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { CounsellorNav } from "../features/counsellor/CounsellorNav.tsx";
import { PausedBanner } from "../features/safety/PausedBanner.tsx";
import { SpiralButton } from "../features/spiral/SpiralButton.tsx";
import { DialogExtrasContext } from "../ui/dialogExtras.ts";
import { Icon } from "../ui/Icon.tsx";
import { Loading } from "../ui/Page.tsx";
import { useLiveUpdates } from "./liveUpdates.ts";
import { AppLink, AppNavLink } from "./navigation.tsx";
import { QuickExitButton } from "./QuickExitButton.tsx";
import { useQuickExitShortcut } from "./quickExit.ts";
import { useMe } from "./session.ts";

/** Each hub and the screens it leads to: the hub's nav entry stays marked on them. */
const HUB_PATHS = {
  together: ["/together", "/checkins", "/appreciations", "/letters", "/couple/counsellor"],
  showIt: ["/show-it", "/commitments", "/thought-records"],
  heal: ["/heal", "/repairs", "/boundaries"],
  pace: ["/pace", "/goals", "/timeline"],
} as const;

function within(pathname: string, paths: readonly string[]): boolean {
  return paths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function Shell() {
  const queryClient = useQueryClient();
  useQuickExitShortcut(queryClient);
  const me = useMe();
  const signedIn = Boolean(me.data);
  const counsellor = me.data?.user.role === "counsellor";
  // While one partner has safety mode on, the shared hub leaves the menu for both (neutrally).
  const couplePaused = me.data?.couple?.paused === true;
  useLiveUpdates(me.data?.user.id ?? null);
  const { pathname } = useLocation();
  const current = (hub: keyof typeof HUB_PATHS) => (within(pathname, HUB_PATHS[hub]) ? "page" : undefined);
  const mainRef = useRef<HTMLElement>(null);
  // A new screen starts at its top, as a page load would: the router keeps the old scroll
  // position otherwise, and the sticky header then covers the start of the new screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of screen
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

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
          <div className="topbar__actions">
            {signedIn ? <SpiralButton /> : null}
            <QuickExitButton />
          </div>
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
            {couplePaused ? null : (
              <li>
                {/* One place for check-ins, appreciations and letters keeps the nav short at 360 px. */}
                <AppLink to="/together" aria-current={current("together")}>
                  {t("shell.nav.together")}
                </AppLink>
              </li>
            )}
            <li>
              <AppLink to="/show-it" aria-current={current("showIt")}>
                {t("shell.nav.showIt")}
              </AppLink>
            </li>
            {couplePaused ? null : (
              <li>
                <AppLink to="/heal" aria-current={current("heal")}>
                  {t("shell.nav.heal")}
                </AppLink>
              </li>
            )}
            <li>
              <AppLink to="/pace" aria-current={current("pace")}>
                {t("shell.nav.pace")}
              </AppLink>
            </li>
            <li>
              <AppNavLink to="/partner">{t("shell.nav.partner")}</AppNavLink>
            </li>
            <li>
              <AppNavLink to="/support">{t("shell.nav.support")}</AppNavLink>
            </li>
            <li>
              <AppNavLink to="/sessions">{t("shell.nav.sessions")}</AppNavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <DialogExtrasContext.Provider value={<QuickExitButton />}>
          {signedIn && !counsellor ? <PausedBanner /> : null}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
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
