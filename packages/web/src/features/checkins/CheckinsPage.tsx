import { type Checkin, t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { api, queryKeys } from "../../api/index.ts";
import { useMe } from "../../app/session.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { CouplePausedNotice } from "../safety/CouplePausedNotice.tsx";
import {
  BackToTogether,
  isNotInCouple,
  NeedsPartner,
  TalkLoadError,
  usePartnerName,
} from "../together/partner.tsx";
import { Agenda } from "./Agenda.tsx";
import { AnswerForm } from "./AnswerForm.tsx";
import { AnswersSideBySide, NotesSection } from "./Reveal.tsx";
import { RhythmCard } from "./RhythmCard.tsx";
import "../together/together.css";
import "./checkins.css";

export function CheckinsPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  const paused = useMe().data?.couple?.paused === true;
  return (
    <Page title={t("checkins.title")} intro={<p>{t("checkins.intro")}</p>} wide>
      <BackToTogether />
      {partner.linked === false ? (
        <NeedsPartner />
      ) : paused ? (
        <CouplePausedNotice />
      ) : (
        <div className="checkins-layout">
          <CurrentCheckin name={name} />
          <div>
            <RhythmCard name={name} />
            <History name={name} />
          </div>
        </div>
      )}
    </Page>
  );
}

function CurrentCheckin({ name }: { name: string }) {
  const current = useQuery({ queryKey: queryKeys.checkinCurrent, queryFn: api.checkins.current });
  const checkin = current.data?.checkin;
  return (
    <section className="card checkin" aria-labelledby="checkin-title" aria-busy={current.isFetching}>
      <h2 id="checkin-title">{t("checkins.current.title")}</h2>
      {current.isPending ? <Loading /> : null}
      {current.isError ? (
        <TalkLoadError error={current.error} onRetry={() => void current.refetch()} />
      ) : null}
      {checkin ? <Agenda checkin={checkin} /> : null}
      {checkin ? <CheckinBody checkin={checkin} name={name} /> : null}
    </section>
  );
}

function CheckinBody({ checkin, name }: { checkin: Checkin; name: string }) {
  if (checkin.status === "missed") return <Missed />;
  if (checkin.status === "upcoming") {
    return <p>{t("checkins.current.upcoming", { date: formatDateTime(checkin.opensAt) })}</p>;
  }
  if (checkin.revealed && checkin.mine && checkin.partner) {
    return (
      <>
        <p>{t("checkins.reveal.intro")}</p>
        <AnswersSideBySide mine={checkin.mine} partner={checkin.partner} />
        <NotesSection checkin={checkin} />
      </>
    );
  }
  const when =
    checkin.kind === "on-demand" ? (
      <p className="muted small">{t("checkins.current.onDemand")}</p>
    ) : checkin.closesAt ? (
      <p className="muted small">
        {t("checkins.current.closes", { date: formatDateTime(checkin.closesAt) })}
      </p>
    ) : null;
  if (checkin.mine) {
    return (
      <>
        <div className="sealed" data-testid="sealed">
          <p className="sealed__title">{t("checkins.sealed.mine", { name })}</p>
          <p>{t("checkins.sealed.mineHint", { name })}</p>
        </div>
        {when}
        <details className="sealed__mine">
          <summary>{t("checkins.sealed.yours")}</summary>
          <AnswersSideBySide mine={checkin.mine} partner={null} />
        </details>
      </>
    );
  }
  return (
    <>
      {checkin.partnerAnswered ? (
        <div className="sealed sealed--turn" data-testid="sealed">
          <p className="sealed__title">{t("checkins.sealed.partner", { name })}</p>
          <p>{t("checkins.sealed.partnerHint")}</p>
        </div>
      ) : null}
      {when}
      <AnswerForm checkinId={checkin.id} />
    </>
  );
}

function Missed() {
  return (
    <div className="missed" data-testid="missed">
      <p className="missed__title">{t("checkins.missed")}</p>
      <p>{t("checkins.missedHint")}</p>
    </div>
  );
}

function History({ name }: { name: string }) {
  const list = useQuery({ queryKey: queryKeys.checkinList, queryFn: api.checkins.list });
  // The same cached query as the card above: the current check-in is shown there, not twice.
  const current = useQuery({ queryKey: queryKeys.checkinCurrent, queryFn: api.checkins.current });
  const currentId = current.data?.checkin.id;
  const past = (list.data?.checkins ?? []).filter(
    (item) => item.id !== currentId && (item.status === "revealed" || item.status === "missed"),
  );
  return (
    <section className="talk-section" aria-labelledby="history-title">
      <h2 id="history-title">{t("checkins.history.title")}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError && !isNotInCouple(list.error) ? (
        <Notice role="alert">
          <p>{t("talk.error.load")}</p>
        </Notice>
      ) : null}
      {list.isSuccess && past.length === 0 ? <p className="muted">{t("checkins.history.empty")}</p> : null}
      {past.length > 0 ? (
        <ul className="talk-list">
          {past.map((item) => (
            <li
              key={item.id}
              className={item.status === "missed" ? "card history history--missed" : "card history"}
            >
              <p className="history__head">
                <strong>{t("checkins.history.item", { date: formatDate(item.opensAt) })}</strong>
                <span className="talk-badge">{t(`checkins.history.status.${item.status}`)}</span>
              </p>
              {item.revealed && item.mine && item.partner ? (
                <details>
                  <summary>{t("checkins.history.show")}</summary>
                  <AnswersSideBySide mine={item.mine} partner={item.partner} partnerName={name} />
                  {item.notes.length > 0 ? <NotesSection checkin={item} readOnly /> : null}
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
