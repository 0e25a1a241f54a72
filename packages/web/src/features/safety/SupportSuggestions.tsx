import { hasMessage, type MessageKey, t } from "@mend/core";
import { useId } from "react";
import { AppLink } from "../../app/navigation.tsx";
import { useMe } from "../../app/session.ts";
import { type SupportSuggestion, useSuggestions } from "./api.ts";
import "./safety.css";

/** Catalogue keys come from the server; an unknown one is skipped rather than shown raw. */
function say(key: string): string | null {
  return hasMessage(key) ? t(key as MessageKey) : null;
}

/**
 * Reasons that speak of the person's own safety check: never on a screen the partner might see
 * over a shoulder or on a shared device, only on the private Support page.
 */
const PRIVATE_REASONS: ReadonlySet<SupportSuggestion["reason"]> = new Set(["safety-concern"]);

/** The route of the partners' counsellor page (built alongside this one). */
export const COUNSELLOR_INVITE_PATH = "/couple/counsellor";

/**
 * "When to get help": the server's suggestions for this person, most pressing first.
 * `placement="shared"` (hubs such as Together or Repairs) leaves out private reasons and renders
 * nothing when there is nothing to say; the Support page shows everything.
 */
export function SupportSuggestions({ placement }: { placement: "shared" | "private" }) {
  const titleId = useId();
  const me = useMe();
  const suggestions = useSuggestions();
  const order = { now: 0, recommended: 1, consider: 2 } as const;
  const list = (suggestions.data?.suggestions ?? [])
    .filter((s) => placement === "private" || !PRIVATE_REASONS.has(s.reason))
    .sort((a, b) => order[a.urgency] - order[b.urgency]);
  const couple = me.data?.couple;
  const canInvite = Boolean(couple?.partner) && !couple?.paused;

  if (placement === "shared" && list.length === 0) return null;
  return (
    <section
      className={placement === "shared" ? "card suggestions" : "suggestions"}
      aria-labelledby={titleId}
      data-testid="support-suggestions"
    >
      <h2 id={titleId}>
        {placement === "shared" ? t("suggestions.title") : t("supportPage.suggestions.title")}
      </h2>
      {placement === "private" && suggestions.isSuccess && list.length === 0 ? (
        <p>{t("supportPage.suggestions.none")}</p>
      ) : null}
      <ul className="suggestion-list">
        {list.map((suggestion) => (
          <li key={suggestion.reason} className={`suggestion suggestion--${suggestion.urgency}`}>
            <p className="suggestion__urgency">{t(`support.urgency.${suggestion.urgency}`)}</p>
            <h3 className="suggestion__title">{say(suggestion.title)}</h3>
            <p>{say(suggestion.body)}</p>
            {suggestion.advice.length > 0 ? (
              <ul className="suggestion__advice">
                {suggestion.advice.map((key) => {
                  const text = say(key);
                  return text ? <li key={key}>{text}</li> : null;
                })}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {list.length > 0 ? (
        <p className="suggestions__links">
          {placement === "shared" ? <AppLink to="/support">{t("supportPage.findCounsellor")}</AppLink> : null}
          {canInvite && !list.some((s) => PRIVATE_REASONS.has(s.reason)) ? (
            <AppLink to={COUNSELLOR_INVITE_PATH}>{t("supportPage.inviteCounsellor")}</AppLink>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
