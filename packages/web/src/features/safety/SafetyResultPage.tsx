import { SAFETY_ITEMS, type SafetyItemId, safetyLevelMessages, t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink } from "../../app/navigation.tsx";
import { buttonClass } from "../../ui/Button.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { type SafetyCheckResult, safetyApi, safetyKeys } from "./api.ts";
import { ResourcesSection } from "./ResourcesSection.tsx";
import { SafetyModeSetting } from "./SafetyModeSetting.tsx";
import "./safety.css";

/** The result of one check: read from the author's own list (the server has no single-check route). */
export function SafetyResultPage() {
  const { checkId = "" } = useParams();
  const checks = useQuery({ queryKey: safetyKeys.checks, queryFn: safetyApi.checks });
  if (checks.isPending) return <Loading />;
  if (checks.isError) return <ErrorState onRetry={() => void checks.refetch()} />;
  const check = checks.data.checks.find((candidate) => candidate.id === checkId);
  if (!check) {
    return (
      <Page title={t("safetyResult.notFound")}>
        <AppLink className={buttonClass("secondary")} to="/support/check">
          {t("safetyCheck.back")}
        </AppLink>
      </Page>
    );
  }
  return <Result check={check} />;
}

function Result({ check }: { check: SafetyCheckResult }) {
  const messages = safetyLevelMessages(check.level);
  return (
    <Page title={t("safetyResult.pageTitle")}>
      <section className="card" aria-labelledby="result-level" data-testid="safety-result">
        <p className="small muted">{formatDateTime(check.createdAt)}</p>
        <h2 id="result-level">{t(messages.title)}</h2>
        <p>{t(messages.body)}</p>
        {check.reasons.length > 0 ? <Reasons reasons={check.reasons} /> : null}
        {check.level === "urgent" ? (
          <Notice>
            <p>{t("support.advice.emergency")}</p>
          </Notice>
        ) : null}
      </section>
      {check.offersSafetyMode ? (
        <>
          <SafetyModeSetting offer />
          <section className="card" aria-labelledby="counselling-advice">
            <h2 id="counselling-advice">{t("safetyMode.counselling.title")}</h2>
            <p>{t("support.advice.no-couples-counselling")}</p>
          </section>
        </>
      ) : null}
      <ResourcesSection />
      <p className="button-row support-section">
        <AppLink className={buttonClass("secondary")} to="/support/check">
          {t("safetyResult.again")}
        </AppLink>
        <AppLink to="/support">{t("safetyCheck.back")}</AppLink>
      </p>
    </Page>
  );
}

function Reasons({ reasons }: { reasons: readonly SafetyItemId[] }) {
  const items = SAFETY_ITEMS.filter((item) => reasons.includes(item.id));
  return (
    <>
      <h3>{t("safetyResult.because")}</h3>
      <ul className="result-reasons">
        {items.map((item) => (
          <li key={item.id}>{t(item.text)}</li>
        ))}
      </ul>
    </>
  );
}
