import { t } from "@mend/core";
import { useId } from "react";
import { AppLink } from "../../app/navigation.tsx";
import { Page } from "../../ui/Page.tsx";
import { ResourcesSection } from "./ResourcesSection.tsx";
import { SafetyModeSetting } from "./SafetyModeSetting.tsx";
import { SupportSuggestions } from "./SupportSuggestions.tsx";
import "./safety.css";

/**
 * "Support": places to find help, when a professional could help, and — under an everyday
 * heading — the private check-in with oneself and safety mode. Its name and the link to it say
 * nothing about abuse, so it can sit in the main navigation of a screen a partner may glance at.
 */
export function SupportPage() {
  const forYouId = useId();
  return (
    <Page title={t("support.title")} intro={<p>{t("supportPage.intro")}</p>}>
      <SupportSuggestions placement="private" />
      <section className="support-section" aria-labelledby={forYouId}>
        <h2 id={forYouId}>{t("supportPage.forYou.title")}</h2>
        <ul className="support-links">
          <li>
            <AppLink to="/support/check" className="support-link">
              <span className="support-link__title">{t("supportPage.checkLink")}</span>
              <span>{t("supportPage.checkLinkHint")}</span>
            </AppLink>
          </li>
        </ul>
      </section>
      <SafetyModeSetting />
      <ResourcesSection />
    </Page>
  );
}
