import { t } from "@mend/core";
import type { SupportResource } from "./api.ts";
import "./safety.css";

/** `tel:` wants digits and a leading +; the number stays shown as the operator wrote it. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/**
 * The deployment's places to find help. Links open in the same tab on purpose: a second tab
 * would stay open behind Mend's quick exit.
 */
export function ResourceList({
  resources,
  isDefault,
  compact = false,
}: {
  resources: readonly SupportResource[];
  isDefault: boolean;
  /** Inside a note under a text field: no descriptions, smaller headings. */
  compact?: boolean;
}) {
  return (
    <>
      <ul className={compact ? "resource-list resource-list--compact" : "resource-list"}>
        {resources.map((resource) => (
          <li key={`${resource.kind}-${resource.name}`} className="resource" data-testid="resource">
            <p className="resource__name">{resource.name}</p>
            {compact ? null : <p className="resource__description">{resource.description}</p>}
            {resource.hours ? (
              <p className="resource__hours small muted">{t("resources.hours", { hours: resource.hours })}</p>
            ) : null}
            {resource.phone || resource.url || resource.text ? (
              <div className="resource__actions">
                {resource.phone ? (
                  <a className="resource__link" href={telHref(resource.phone)}>
                    {t("resources.call", { phone: resource.phone })}
                  </a>
                ) : null}
                {resource.url ? (
                  <a className="resource__link" href={resource.url} rel="noreferrer">
                    {t("resources.visit", { name: resource.name })}
                  </a>
                ) : null}
                {resource.text ? <p className="resource__text small">{resource.text}</p> : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {isDefault && !compact ? <p className="small muted">{t("support.resources.defaultsNotice")}</p> : null}
    </>
  );
}
