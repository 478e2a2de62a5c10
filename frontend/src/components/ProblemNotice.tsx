import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";

/**
 * A failed request in plain words with a way forward, in plain markup for the phone pages (the
 * desktop's {@link ProblemAlert} brings antd).
 */
export function ProblemNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : t("errors.unknown");
  return (
    <div role="alert" className="kl-problem">
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="kl-button kl-button-small" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
