import { type MessageKey, t } from "@mend/core";
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { useLocation } from "react-router";
import { AppLink, isUnder } from "./navigation.tsx";

/** Each hub and the screens it leads to: the hub's nav entry stays marked on them. */
const HUB_PATHS = {
  together: ["/together", "/checkins", "/appreciations", "/letters", "/couple/counsellor"],
  showIt: ["/show-it", "/commitments", "/thought-records"],
  heal: ["/heal", "/repairs", "/boundaries"],
  pace: ["/pace", "/goals", "/timeline"],
} as const;

interface NavEntry {
  to: string;
  label: MessageKey;
  /** The screens on which this entry is marked as the current place. */
  paths: readonly string[];
  /** A shared hub: it leaves the menu for both partners while the couple is paused. */
  shared?: true;
  /** Kept in the phone's single row; every other entry waits under "More". */
  phoneRow?: true;
}

/**
 * The partner's places, in desktop order. On a phone the row keeps what a couple reaches for
 * most days — the journal, the shared space and today's small step — and the rest sit under More.
 */
const ENTRIES: readonly NavEntry[] = [
  { to: "/journal", label: "shell.nav.journal", paths: ["/journal"], phoneRow: true },
  { to: "/assessments", label: "shell.nav.assessments", paths: ["/assessments"] },
  { to: "/lessons", label: "shell.nav.lessons", paths: ["/lessons"] },
  { to: "/together", label: "shell.nav.together", paths: HUB_PATHS.together, shared: true, phoneRow: true },
  { to: "/show-it", label: "shell.nav.showIt", paths: HUB_PATHS.showIt, phoneRow: true },
  { to: "/heal", label: "shell.nav.heal", paths: HUB_PATHS.heal, shared: true },
  { to: "/pace", label: "shell.nav.pace", paths: HUB_PATHS.pace },
  { to: "/partner", label: "shell.nav.partner", paths: ["/partner"] },
  { to: "/support", label: "shell.nav.support", paths: ["/support"] },
  { to: "/sessions", label: "shell.nav.sessions", paths: ["/sessions"] },
];

/** Where the single-row phone navigation gives way to the full list (the same as shell.css). */
const WIDE_QUERY = "(min-width: 40rem)";

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** The partner's main navigation: every place in one row on wider screens, a short row and More on phones. */
export function MainNav({ couplePaused }: { couplePaused: boolean }) {
  const { pathname } = useLocation();
  const wide = useMediaQuery(WIDE_QUERY);
  // While one partner has safety mode on, the shared hubs leave the menu for both (neutrally).
  const entries = ENTRIES.filter((entry) => !(couplePaused && entry.shared));
  const current = entries.find((entry) => entry.paths.some((path) => isUnder(pathname, path)));

  return (
    <nav className="mainnav" aria-label={t("shell.nav.label")}>
      {wide ? (
        <ul>
          {entries.map((entry) => (
            <li key={entry.to}>
              <EntryLink entry={entry} current={entry === current} />
            </li>
          ))}
        </ul>
      ) : (
        <PhoneNav entries={entries} current={current} pathname={pathname} />
      )}
    </nav>
  );
}

function EntryLink({ entry, current, onClick }: { entry: NavEntry; current: boolean; onClick?: () => void }) {
  return (
    <AppLink to={entry.to} aria-current={current ? "page" : undefined} onClick={onClick}>
      {t(entry.label)}
    </AppLink>
  );
}

/**
 * One row instead of four on a 360 px phone, so every screen starts near the top. "More" is a
 * disclosure (a button and the list it shows), not a menu: links stay links, Tab moves through
 * them in reading order, and nothing traps focus.
 */
function PhoneNav({
  entries,
  current,
  pathname,
}: {
  entries: readonly NavEntry[];
  current: NavEntry | undefined;
  pathname: string;
}) {
  const row = entries.filter((entry) => entry.phoneRow);
  const more = entries.filter((entry) => !entry.phoneRow);
  const currentUnderMore = current !== undefined && more.includes(current);
  // Said to screen readers; sighted people see the same mark on More that a current link has.
  const currentNote = currentUnderMore ? ` ${t("shell.nav.moreCurrent", { place: t(current.label) })}` : null;
  const [open, setOpen] = useState(false);
  // Any change of screen closes it: adjusted while rendering, as React advises, not in an effect.
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setOpen(false);
  }
  const panelId = useId();
  const areaRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      // Focus goes back to the button only from inside the navigation; elsewhere it stays put.
      close(areaRef.current?.contains(document.activeElement) ?? false);
    };
    // A tap anywhere else puts the list away, as people expect on a phone.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !areaRef.current?.contains(event.target)) close(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open, close]);

  return (
    <div className="mainnav__phone" ref={areaRef}>
      <ul className="mainnav__row">
        {row.map((entry) => (
          <li key={entry.to}>
            <EntryLink entry={entry} current={entry === current} />
          </li>
        ))}
        <li>
          <button
            ref={buttonRef}
            type="button"
            className={currentUnderMore ? "mainnav__more mainnav__more--current" : "mainnav__more"}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            {t("shell.nav.more")}
            {currentNote ? <span className="visually-hidden">{currentNote}</span> : null}
          </button>
        </li>
      </ul>
      {/* Always rendered (hidden when closed) so aria-controls points at something that exists. */}
      <ul id={panelId} className="mainnav__panel" hidden={!open}>
        {more.map((entry) => (
          <li key={entry.to}>
            {/* The chosen link hides with the list, so focus goes to More; a new screen then
                moves it on to its heading (Page.tsx). */}
            <EntryLink entry={entry} current={entry === current} onClick={() => close(true)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
