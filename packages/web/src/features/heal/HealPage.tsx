import { t } from "@mend/core";
import { Page } from "../../ui/Page.tsx";
import { PlaceList } from "../../ui/PlaceList.tsx";
import { NeedsPartner, usePartnerName } from "../together/partner.tsx";

/** Healing together: repairs and boundaries, both for a linked couple. */
export function HealPage() {
  const partner = usePartnerName();
  return (
    <Page title={t("heal.title")} intro={<p>{t("heal.intro")}</p>}>
      {partner.linked === false ? <NeedsPartner /> : null}
      <PlaceList
        places={[
          { to: "/repairs", title: t("heal.repairs.title"), text: t("heal.repairs.text") },
          { to: "/boundaries", title: t("heal.boundaries.title"), text: t("heal.boundaries.text") },
        ]}
      />
    </Page>
  );
}
