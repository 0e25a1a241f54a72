import { t } from "@mend/core";
import { Page } from "../../ui/Page.tsx";
import { PlaceList } from "../../ui/PlaceList.tsx";
import { usePartnerName } from "../together/partner.tsx";
import { TrustActionCard } from "../trust-actions/TrustActionCard.tsx";

/** Showing it: today's small step first, then promises and benefit of the doubt. */
export function ShowItPage() {
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  return (
    <Page title={t("showIt.title")} intro={<p>{t("showIt.intro")}</p>}>
      <TrustActionCard />
      <PlaceList
        places={[
          {
            to: "/commitments",
            title: t("showIt.commitments.title"),
            text: t("showIt.commitments.text", { name }),
          },
          { to: "/thought-records", title: t("showIt.thoughts.title"), text: t("showIt.thoughts.text") },
        ]}
      />
    </Page>
  );
}
