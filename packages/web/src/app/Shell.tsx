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
import { MainNav } from "./MainNav.tsx";
import { QuickExitButton } from "./QuickExitButton.tsx";
import { useQuickExitShortcut } from "./quickExit.ts";
import { useMe } from "./session.ts";

export function Shell() {
  const queryClient = useQueryClient();
  useQuickExitShortcut(queryClient);
  const me = useMe();
  const signedIn = Boolean(me.data);
  const counsellor = me.data?.user.role === "counsellor";
  const couplePaused = me.data?.couple?.paused === true;
  useLiveUpdates(me.data?.user.id ?? null);
  const { pathname } = useLocation();
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
      {signedIn && !counsellor ? <MainNav couplePaused={couplePaused} /> : null}
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
