/**
 * Navigation inside Mend never adds browser history entries: every move replaces the current
 * one. Mend therefore occupies a single entry in the tab's history, and the quick exit (which
 * replaces that entry with the neutral page) leaves nothing of Mend behind the Back button.
 */
import { useCallback } from "react";
import { Link, type LinkProps, NavLink, type NavLinkProps, useNavigate } from "react-router";

export function AppLink(props: Omit<LinkProps, "replace">) {
  return <Link {...props} replace />;
}

export function AppNavLink(props: Omit<NavLinkProps, "replace">) {
  return <NavLink {...props} replace />;
}

/** Whether `pathname` is the place `path` or a screen under it ("/goals/3" is under "/goals"). */
export function isUnder(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}

export function useAppNavigate(): (to: string, state?: unknown) => void {
  const navigate = useNavigate();
  return useCallback(
    (to: string, state?: unknown) => void navigate(to, { replace: true, state }),
    [navigate],
  );
}
