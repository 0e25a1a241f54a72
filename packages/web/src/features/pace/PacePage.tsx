import { t } from "@mend/core";
import { Page } from "../../ui/Page.tsx";
import { PlaceList } from "../../ui/PlaceList.tsx";

/** Pacing the work: goals and the look back. */
export function PacePage() {
  return (
    <Page title={t("pace.title")} intro={<p>{t("pace.intro")}</p>}>
      <PlaceList
        places={[
          { to: "/goals", title: t("pace.goals.title"), text: t("pace.goals.text") },
          { to: "/timeline", title: t("pace.timeline.title"), text: t("pace.timeline.text") },
        ]}
      />
    </Page>
  );
}
