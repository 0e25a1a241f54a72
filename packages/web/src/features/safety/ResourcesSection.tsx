import { t } from "@mend/core";
import { useId } from "react";
import { Notice } from "../../ui/Notice.tsx";
import { Loading } from "../../ui/Page.tsx";
import { useResources } from "./api.ts";
import { ResourceList } from "./ResourceList.tsx";

/** "Where to find help": the deployment's list, with the honest line about what Mend is not. */
export function ResourcesSection() {
  const titleId = useId();
  const resources = useResources();
  return (
    <section className="support-section" aria-labelledby={titleId} data-testid="resources">
      <h2 id={titleId}>{t("support.resources.title")}</h2>
      <p>{t("support.notTherapy")}</p>
      {resources.isPending ? <Loading /> : null}
      {resources.isError ? (
        <Notice role="alert">
          <p>{t("supportPage.loadError")}</p>
        </Notice>
      ) : null}
      {resources.data ? (
        <ResourceList resources={resources.data.resources} isDefault={resources.data.isDefault} />
      ) : null}
    </section>
  );
}
