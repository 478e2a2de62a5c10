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

/** Sender text that may be very long: two lines, the rest on demand. */
export function LongText({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Paragraph
      style={{ margin: 0, overflowWrap: "anywhere", display: "inline" }}
      ellipsis={{ rows: 2, expandable: true, symbol: t("common.more") }}
    >
      {text}
    </Typography.Paragraph>
  );
}

const WEB = /^https?:\/\//;

/** A web address as a link that shows its host; anything else as text. */
function Address({ href, text }: { href: string; text?: string }) {
  return WEB.test(href) ? (
    <a href={href} target="_blank" rel="noreferrer" style={{ overflowWrap: "anywhere" }}>
      {text ?? href} ({new URL(href).host})
    </a>
  ) : (
    <span style={{ overflowWrap: "anywhere" }}>{text ?? href}</span>
  );
}

/** A sender's value: links and web addresses as links, text as text, other JSON as sent. */
function Value({ name, value }: { name: string; value: unknown }) {
  if (typeof value === "string" && WEB.test(value)) return <Address href={value} />;
  if (name === "links" && Array.isArray(value)) {
    return (
      <>
        {value.map((link: { href?: unknown; text?: unknown }, index) =>
          typeof link?.href === "string" ? (
            <div key={index}>
              <Address
                href={link.href}
                text={typeof link.text === "string" ? link.text : undefined}
              />
            </div>
          ) : null,
        )}
      </>
    );
  }
  return (
    <Typography.Paragraph
      style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 }}
      ellipsis={{ rows: 6, expandable: true }}
    >
      {typeof value === "string" ? value : JSON.stringify(value, null, 2)}
    </Typography.Paragraph>
  );
}

/** What the sender sent beyond the summary, as sent (custom_details may be any JSON value). */
export function AlertDetails({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const details = alert.details ?? {};
  return (
    <Descriptions column={1} size="small" data-testid="alert-details">
      <Descriptions.Item label={t("detection.source")}>
        <span style={{ overflowWrap: "anywhere" }}>{alert.source}</span>
      </Descriptions.Item>
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
        <Descriptions.Item key={name} label={t(`detection.detail.${name}`, { defaultValue: name })}>
          <Value name={name} value={value} />
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
