import { type SessionInfo, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, NetworkError, queryKeys } from "../../api/index.ts";
import { useMe } from "../../app/session.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { useSignOut } from "../accounts/useAuthActions.ts";
import { CoachSetting } from "../coach/CoachSetting.tsx";
import "./sessions.css";

/** Where a person sees every device signed in to their account and signs the others out. */
export function SessionsPage() {
  const me = useMe();
  // The same screen serves partners (/sessions) and counsellors (/counsellor/sessions).
  const counsellor = me.data?.user.role === "counsellor";
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const [signingOut, setSigningOut] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const sessions = useQuery({ queryKey: queryKeys.sessions, queryFn: api.sessions.list });
  const end = useMutation({
    mutationFn: (session: SessionInfo) => api.sessions.end(session.id),
    onSuccess: async () => {
      setStatus(t("sessions.ended"));
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      setSigningOut(false);
    }
  }

  const list = [...(sessions.data?.sessions ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  const others = list.filter((session) => !session.current);

  return (
    <Page title={t("sessions.title")} intro={<p>{t("sessions.intro")}</p>}>
      {me.data ? (
        <p className="signed-in-as muted small">
          {me.data.user.displayName} · {me.data.user.email}
        </p>
      ) : null}
      <StatusNotice message={status} />
      {end.isError ? (
        <Notice role="alert">
          <p>{end.error instanceof NetworkError ? t("error.network") : t("accounts.error.generic")}</p>
        </Notice>
      ) : null}
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? (
        <Notice role="alert">
          <p>{t("shell.error.body")}</p>
          <Button variant="secondary" onClick={() => void sessions.refetch()}>
            {t("shell.retry")}
          </Button>
        </Notice>
      ) : null}
      {list.length > 0 ? (
        <ul className="session-list">
          {list.map((session) => (
            <li key={session.id} className={session.current ? "session session--current" : "session"}>
              <div className="session__main">
                <Icon name="device" className="session__icon" />
                <div>
                  <p className="session__device">
                    <span>{session.device}</span>
                    {session.current ? (
                      <span className="session__badge">{t("sessions.thisDevice")}</span>
                    ) : null}
                  </p>
                  <p className="session__when small">
                    {t("sessions.lastSeen", { date: formatDateTime(session.lastSeenAt) })}
                    <br />
                    {t("sessions.signedIn", { date: formatDateTime(session.createdAt) })}
                  </p>
                </div>
              </div>
              {session.current ? (
                <Button
                  variant="secondary"
                  icon="exit"
                  onClick={() => void onSignOut()}
                  disabled={signingOut}
                >
                  {signingOut ? t("accounts.signingOut") : t("sessions.signOutHere")}
                </Button>
              ) : (
                <Button
                  variant="quiet"
                  aria-label={t("sessions.endLabel", {
                    device: session.device,
                    date: formatDateTime(session.lastSeenAt),
                  })}
                  onClick={() => end.mutate(session)}
                  disabled={end.isPending && end.variables?.id === session.id}
                >
                  {t("sessions.end")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {sessions.isSuccess && others.length === 0 ? (
        <p className="muted">{t("sessions.others.none")}</p>
      ) : null}
      {/* The coach helps with writing to a partner; a counsellor has nothing it would act on. */}
      {counsellor ? null : <CoachSetting />}
    </Page>
  );
}
