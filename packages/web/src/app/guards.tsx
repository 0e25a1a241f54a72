import { Navigate, Outlet, useLocation } from "react-router";
import { Loading } from "../ui/Page.tsx";
import { ErrorState } from "./ErrorState.tsx";
import { useMe } from "./session.ts";

export function RequireSignedIn() {
  const me = useMe();
  const { pathname } = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/sign-in" replace />;
  // A counsellor has an area of their own; the partners' screens would only answer 403. The
  // sessions screen has a counsellor's twin, so a link to it lands there.
  if (me.data.user.role === "counsellor")
    return <Navigate to={pathname === "/sessions" ? COUNSELLOR_SESSIONS : COUNSELLOR_HOME} replace />;
  return <Outlet />;
}

export const COUNSELLOR_HOME = "/counsellor";
export const COUNSELLOR_SESSIONS = `${COUNSELLOR_HOME}/sessions`;

/** The counsellor's area: partners are sent back to their own start page. */
export function RequireCounsellor() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/sign-in" replace />;
  if (me.data.user.role !== "counsellor") return <Navigate to="/journal" replace />;
  return <Outlet />;
}

export function RequireSignedOut() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.data)
    return <Navigate to={me.data.user.role === "counsellor" ? COUNSELLOR_HOME : "/journal"} replace />;
  return <Outlet />;
}
