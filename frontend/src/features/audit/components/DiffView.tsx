import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { diff, showValue } from "../diff";

/** Before → after of one audited write: only the fields that changed, each old and new value. */
export function DiffView({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = diff(before, after);
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
            <Typography.Text code>{change.key || t("audit.value")}</Typography.Text>
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
