import { t } from "@mend/core";
import { buttonClass } from "../ui/Button.tsx";
import { Page } from "../ui/Page.tsx";
import { AppLink } from "./navigation.tsx";

export function NotFound() {
  return (
    <Page title={t("shell.notFound.title")}>
      <p>{t("shell.notFound.body")}</p>
      <AppLink className={buttonClass("secondary")} to="/journal">
        {t("shell.notFound.back")}
      </AppLink>
    </Page>
  );
}
