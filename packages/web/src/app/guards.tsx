import { Navigate, Outlet } from "react-router";
import { Loading } from "../ui/Page.tsx";
import { ErrorState } from "./ErrorState.tsx";
import { useMe } from "./session.ts";

export function RequireSignedIn() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/sign-in" replace />;
  return <Outlet />;
}

export function RequireSignedOut() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to="/journal" replace />;
  return <Outlet />;
}
