import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatBeijing } from "@/lib/time";
import { diff, humanize } from "../diff";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CODE = /^[A-Z][A-Z0-9_]+$/;

/** Before → after of one audited write: only the fields that changed, each old and new value. */
export function DiffView({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation();
  const changes = diff(before, after);
  /** A field's name in words when known. */
  const field = (key: string) =>
    i18n.exists(`audit.field.${key}`) ? t(`audit.field.${key}`) : humanize(key);
  /** A value as people read it: Beijing time, codes in words, lists and records spelled out. */
  const showValue = (value: unknown): string => {
    if (typeof value === "string") {
      if (INSTANT.test(value)) return formatBeijing(value);
      if (CODE.test(value) && i18n.exists(`audit.code.${value}`)) return t(`audit.code.${value}`);
      // A timeline entry's kind reads as the war room shows it.
      if (CODE.test(value) && i18n.exists(`incident.timelineKind.${value}`)) {
        return t(`incident.timelineKind.${value}`);
      }
      return value;
    }
    if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
    if (Array.isArray(value)) return value.map(showValue).join(t("noAccess.separator"));
    if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      // A person ({subject, name}) reads as their name, not their account id.
      if (typeof record.name === "string" && typeof record.subject === "string") {
        return record.name;
      }
      return Object.entries(record)
        .map(([key, inner]) => `${field(key)}: ${showValue(inner)}`)
        .join("；");
    }
    return String(value);
  };
  if (changes.length === 0) {
    return <Typography.Text type="secondary">{t("audit.noChanges")}</Typography.Text>;
  }
  const value = (v: unknown, kind: "before" | "after") =>
    v === null || v === undefined || v === "" ? (
      <Typography.Text type="secondary" italic>
        {t("audit.blank")}
      </Typography.Text>
    ) : (
      <Typography.Text
        type={kind === "before" ? "danger" : "success"}
        delete={kind === "before"}
        style={{ wordBreak: "break-word", whiteSpace: "pre-wrap" }}
      >
        {showValue(v)}
      </Typography.Text>
    );
  return (
    <dl
      data-testid="audit-diff"
      style={{
        margin: 0,
        display: "grid",
        gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
        columnGap: 8,
        rowGap: 4,
      }}
    >
      {changes.map((change) => (
        <div
          key={change.key}
          data-testid={`change-${change.key || "value"}`}
          style={{ display: "contents" }}
        >
          <dt>
            <Typography.Text strong title={change.key}>
              {change.key ? field(change.key) : t("audit.value")}
            </Typography.Text>
          </dt>
          <dd style={{ margin: 0 }}>
            {value(change.before, "before")}
            <span aria-label={t("audit.becomes")}> → </span>
            {value(change.after, "after")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
