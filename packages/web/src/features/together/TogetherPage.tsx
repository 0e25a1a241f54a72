import { t } from "@mend/core";
import { useMe } from "../../app/session.ts";
import { Page } from "../../ui/Page.tsx";
import { PlaceList } from "../../ui/PlaceList.tsx";
import { CouplePausedNotice } from "../safety/CouplePausedNotice.tsx";
import { SupportSuggestions } from "../safety/SupportSuggestions.tsx";
import { NeedsPartner, usePartnerName } from "./partner.tsx";
import "./together.css";

/** The hub for talking together: one nav entry, three places. */
export function TogetherPage() {
  const partner = usePartnerName();
  const paused = useMe().data?.couple?.paused === true;
  const name = partner.name ?? t("couples.partnerFallback");
  const places = [
    { to: "/checkins", title: t("together.checkins.title"), text: t("together.checkins.text") },
    {
      to: "/appreciations",
      title: t("together.appreciations.title"),
      text: t("together.appreciations.text", { name }),
    },
    { to: "/letters", title: t("together.letters.title"), text: t("together.letters.text") },
    { to: "/couple/counsellor", title: t("support.hub.title"), text: t("support.hub.text") },
  ];
  return (
    <Page title={t("together.title")} intro={<p>{t("together.intro", { name })}</p>}>
      {partner.linked === false ? <NeedsPartner /> : null}
      {/* While paused, the shared places are not offered at all: the same neutral words for both. */}
      {paused ? <CouplePausedNotice /> : null}
      {paused ? null : <SupportSuggestions placement="shared" />}
      {paused ? null : <PlaceList places={places} />}
    </Page>
  );
}
