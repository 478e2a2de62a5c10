import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";

/** Shows a failed request in plain words, with a way forward. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : t("errors.unknown");
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : undefined
      }
    />
  );
}
