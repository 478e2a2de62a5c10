import { Descriptions, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatBeijing } from "@/lib/time";
import type { components } from "@/types/api";

type Alert = components["schemas"]["Alert"];

const SEVERITY_COLORS: Record<string, string> = {
  CRITICAL: "red",
  ERROR: "volcano",
  WARNING: "gold",
  INFO: "blue",
};

/** An alert's severity in the reader's language. */
export function SeverityTag({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLORS[severity]}>
      {t(`detection.severityLevel.${severity}`, { defaultValue: severity })}
    </Tag>
  );
}

/** Only the states worth pointing out: acknowledged by the sender, resolved. */
export function AlertStatusTag({ status }: { status: Alert["status"] }) {
  const { t } = useTranslation();
  if (status === "OPEN") return null;
  return (
    <Tag color={status === "ACKNOWLEDGED" ? "processing" : "success"}>
      {t(`detection.alertStatus.${status}`)}
    </Tag>
  );
}

/** What the sender sent beyond the summary, as sent (custom_details may be any JSON value). */
export function AlertDetails({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const details = alert.details ?? {};
  const text = (value: unknown) =>
    typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return (
    <Descriptions column={1} size="small" data-testid="alert-details">
      <Descriptions.Item label={t("detection.dedupKey")}>
        <span style={{ overflowWrap: "anywhere" }}>{alert.dedupKey}</span>
      </Descriptions.Item>
      {alert.acknowledgedAt && (
        <Descriptions.Item label={t("detection.acknowledgedAt")}>
          {formatBeijing(alert.acknowledgedAt)}
        </Descriptions.Item>
      )}
      {alert.routingError && (
        <Descriptions.Item label={t("detection.routingError")}>
          <span style={{ overflowWrap: "anywhere" }}>{alert.routingError}</span>
        </Descriptions.Item>
      )}
      {Object.entries(details).map(([name, value]) => (
        <Descriptions.Item key={name} label={name}>
          <Typography.Paragraph
            style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 }}
            ellipsis={{ rows: 6, expandable: true }}
          >
            {text(value)}
          </Typography.Paragraph>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
