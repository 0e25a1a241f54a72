import { type ConsentView, type CounsellorCategory, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { supportApi, supportKeys } from "./api.ts";
import { COUNSELLOR_CATEGORIES, categoryList, categoryName } from "./catalogue.ts";

type Consent = z.infer<typeof ConsentView>;

/** The counsellors who joined this couple. */
export function LinkedCounsellors({ consent }: { consent: Consent }) {
  return (
    <section className="card" aria-labelledby="support-counsellors-title">
      <h2 id="support-counsellors-title">{t("support.counsellors.title")}</h2>
      {consent.counsellors.length === 0 ? (
        <p className="muted">{t("support.counsellors.none")}</p>
      ) : (
        <ul className="counsellor-plain-list" data-testid="linked-counsellors">
          {consent.counsellors.map((counsellor) => (
            <li key={counsellor.id}>
              {t("support.counsellors.joined", {
                name: counsellor.displayName,
                date: formatDate(counsellor.joinedAt),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Each partner ticks what they agree to share; a category reaches the counsellor only when both
 * ticked it. Saving states everything I agree to, so an unticked category is withdrawn at once.
 */
export function ConsentChecklist({ consent, partnerName }: { consent: Consent; partnerName: string }) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<CounsellorCategory[]>(consent.mine);
  const [status, setStatus] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (categories: CounsellorCategory[]) => supportApi.setConsent(categories),
    onSuccess: (result) => {
      queryClient.setQueryData(supportKeys.consent, result);
      setChosen(result.consent.mine);
      setStatus(t("support.consent.saved"));
    },
    onError: () => setStatus(null),
  });

  function toggle(category: CounsellorCategory, on: boolean) {
    setStatus(null);
    setChosen((current) => (on ? [...current, category] : current.filter((c) => c !== category)));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(COUNSELLOR_CATEGORIES.filter((c) => chosen.includes(c)));
  }

  return (
    <section className="card" aria-labelledby="support-consent-title">
      <h2 id="support-consent-title">{t("support.consent.title")}</h2>
      <p>{t("support.consent.intro")}</p>
      <p className="counsellor-never">
        <Icon name="lock" />
        <span>{t("support.never")}</span>
      </p>
      {consent.counsellors.length === 0 ? (
        <p className="muted small">{t("support.consent.noCounsellor")}</p>
      ) : null}
      <form onSubmit={onSubmit}>
        <fieldset className="counsellor-consent">
          <legend>{t("support.consent.legend")}</legend>
          <ul>
            {COUNSELLOR_CATEGORIES.map((category) => {
              const partnerAgrees = consent.partner.includes(category);
              const seen = consent.effective.includes(category);
              return (
                <li key={category} className="counsellor-consent__row" data-testid={`consent-${category}`}>
                  <label className="checkbox counsellor-consent__mine">
                    <input
                      type="checkbox"
                      checked={chosen.includes(category)}
                      onChange={(event) => toggle(category, event.target.checked)}
                    />
                    <span>{categoryName(category)}</span>
                  </label>
                  <p className="counsellor-consent__partner small">
                    {partnerAgrees ? <Icon name="check" /> : <Icon name="info" />}
                    <span>
                      {partnerAgrees
                        ? t("support.consent.partnerYes", { name: partnerName })
                        : t("support.consent.partnerNo", { name: partnerName })}
                    </span>
                  </p>
                  <p className={seen ? "counsellor-seen counsellor-seen--yes" : "counsellor-seen"}>
                    {seen ? <Icon name="people" /> : <Icon name="lock" />}
                    <span>{seen ? t("support.consent.seen") : t("support.consent.notSeen")}</span>
                  </p>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {/* From the live consent, so it stays true when my partner changes theirs. */}
        <p className="counsellor-consent-now" data-testid="consent-now">
          {consent.effective.length > 0
            ? t("support.consent.now", { list: categoryList(consent.effective) })
            : t("support.consent.nowNothing")}
        </p>
        <Button type="submit" disabled={save.isPending} aria-busy={save.isPending || undefined}>
          {t("support.consent.save")}
        </Button>
      </form>
      <StatusNotice message={status} className="counsellor-status" />
      {save.isError ? (
        <Notice role="alert">
          <p>{t("support.consent.saveError")}</p>
        </Notice>
      ) : null}
    </section>
  );
}
