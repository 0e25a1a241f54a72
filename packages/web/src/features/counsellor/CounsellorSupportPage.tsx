import { t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackToTogether, NeedsPartner, TalkLoadError, usePartnerName } from "../together/partner.tsx";
import { AccessLog } from "./AccessLog.tsx";
import { supportApi, supportKeys } from "./api.ts";
import { ConsentChecklist, LinkedCounsellors } from "./ConsentChecklist.tsx";
import { ExerciseTodo } from "./ExerciseTodo.tsx";
import { InviteCounsellor } from "./InviteCounsellor.tsx";
import { ReportsCard } from "./ReportsCard.tsx";
import "./counsellor.css";

/** The partners' page about their counsellor: invite, consent, to-do, summaries, access log. */
export function CounsellorSupportPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  return (
    <Page title={t("support.page.title")} intro={<p>{t("support.page.intro")}</p>}>
      <BackToTogether />
      {partner.linked === undefined ? <Loading /> : null}
      {partner.linked === false ? <NeedsPartner /> : null}
      {partner.linked ? <LinkedCouple partnerName={name} /> : null}
    </Page>
  );
}

function LinkedCouple({ partnerName }: { partnerName: string }) {
  const consent = useQuery({ queryKey: supportKeys.consent, queryFn: supportApi.consent });
  if (consent.isPending) return <Loading />;
  // Not linked, or shared features paused: the same calm notices as the other couple screens.
  if (consent.isError) return <TalkLoadError error={consent.error} onRetry={() => void consent.refetch()} />;
  const view = consent.data.consent;
  return (
    <>
      {view.counsellors.length > 0 ? <LinkedCounsellors consent={view} /> : null}
      <InviteCounsellor />
      <ConsentChecklist consent={view} partnerName={partnerName} />
      <ExerciseTodo />
      <ReportsCard partnerName={partnerName} />
      <AccessLog />
    </>
  );
}
