import { t } from "@mend/core";
import { Notice } from "../../ui/Notice.tsx";

/**
 * What both partners see where a shared feature would be while it is paused. The same words
 * for both, so the screen never tells who paused or why (PRODUCT.md section 10).
 */
export function CouplePausedNotice() {
  return (
    <Notice tone="info">
      <p>
        <strong>{t("paused.title")}</strong>
      </p>
      <p data-testid="couple-paused">{t("paused.body")}</p>
    </Notice>
  );
}
