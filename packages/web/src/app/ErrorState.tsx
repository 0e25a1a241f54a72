import { t } from "@mend/core";
import { Button } from "../ui/Button.tsx";
import { Notice } from "../ui/Notice.tsx";

export function ErrorState({ onRetry }: { onRetry?: () => void }) {
  return (
    <Notice role="alert">
      <p>
        <strong>{t("shell.error.title")}</strong>
      </p>
      <p>{t("shell.error.body")}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t("shell.retry")}
        </Button>
      ) : null}
    </Notice>
  );
}
