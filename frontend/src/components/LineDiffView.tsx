import { Empty, Flex, Typography } from "antd";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import type { components } from "@/types/api";

export type DiffLine = components["schemas"]["DiffLine"];

const HIDDEN: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};

const LOOK = {
  ADDED: { sign: "+", background: "#f6ffed", color: "#237804" },
  REMOVED: { sign: "−", background: "#fff1f0", color: "#a8071a" },
  SAME: { sign: " ", background: undefined, color: undefined },
} as const;

/** Line changes between two versions: added lines green with +, removed lines red with −. */
export function LineDiffView({ lines }: { lines: DiffLine[] }) {
  const { t } = useTranslation();
  const added = lines.filter((line) => line.change === "ADDED").length;
  const removed = lines.filter((line) => line.change === "REMOVED").length;
  if (added + removed === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("lineDiff.same")} />;
  }
  return (
    <Flex vertical gap={6}>
      <Typography.Text type="secondary" data-testid="line-diff-counts">
        {t("lineDiff.counts", { added, removed })}
      </Typography.Text>
      <div
        data-testid="line-diff"
        role="list"
        style={{
          border: "1px solid #f0f0f0",
          borderRadius: 6,
          fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace",
          fontSize: 13,
          lineHeight: 1.6,
          overflow: "hidden",
        }}
      >
        {lines.map((line, index) => {
          const look = LOOK[line.change];
          return (
            <div
              key={index}
              role="listitem"
              data-change={line.change}
              style={{
                display: "flex",
                gap: 8,
                padding: "1px 8px",
                background: look.background,
                color: look.color,
              }}
            >
              <span aria-hidden style={{ flex: "none", width: "1em", fontWeight: 600 }}>
                {look.sign}
              </span>
              {line.change !== "SAME" && <span style={HIDDEN}>{t(`lineDiff.${line.change}`)}</span>}
              <span style={{ minWidth: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {line.text || " "}
              </span>
            </div>
          );
        })}
      </div>
    </Flex>
  );
}
