import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Band } from "../api/bands";
import { LEVELS, type HeatCell } from "../api/risks";
import { bandColors, useBandLabel } from "./risk-display";

export interface CellPick {
  likelihood: number;
  impact: number;
}

/**
 * The 5×5 matrix of risks not closed: likelihood 5 at the top, impact 1 on the left, each cell
 * coloured by its band and showing how many risks sit there. Clicking a cell picks it.
 */
export function HeatMap({
  cells,
  bands,
  selected,
  onSelect,
}: {
  cells: HeatCell[];
  bands: Band[] | undefined;
  selected: CellPick | null;
  onSelect: (cell: CellPick | null) => void;
}) {
  const { t } = useTranslation();
  const bandLabel = useBandLabel();
  const cellAt = (likelihood: number, impact: number) =>
    cells.find((cell) => cell.likelihood === likelihood && cell.impact === impact);
  const rows = [...LEVELS].reverse();
  const axis = { fontSize: 12, textAlign: "center" as const };

  return (
    <div style={{ display: "flex", gap: 4, alignItems: "stretch" }}>
      <div
        style={{
          writingMode: "vertical-rl",
          transform: "rotate(180deg)",
          textAlign: "center",
          fontSize: 12,
          color: "rgba(0,0,0,0.45)",
        }}
      >
        {t("risk.fields.likelihood")} →
      </div>
      <div
        role="group"
        aria-label={t("risk.heatMap")}
        data-testid="heat-map"
        style={{
          flex: 1,
          minWidth: 0,
          display: "grid",
          gridTemplateColumns: "20px repeat(5, minmax(0, 1fr))",
          gap: 4,
        }}
      >
        {rows.map((likelihood) => (
          <div key={likelihood} style={{ display: "contents" }}>
            <Typography.Text type="secondary" style={{ ...axis, alignSelf: "center" }}>
              {likelihood}
            </Typography.Text>
            {LEVELS.map((impact) => {
              const cell = cellAt(likelihood, impact);
              const count = cell?.count ?? 0;
              const band = cell?.band ?? "";
              const colors = bandColors(band, bands);
              const picked = selected?.likelihood === likelihood && selected.impact === impact;
              return (
                <button
                  key={impact}
                  type="button"
                  data-testid={`heat-cell-${likelihood}-${impact}`}
                  aria-pressed={picked}
                  aria-label={t("risk.cellLabel", {
                    likelihood,
                    impact,
                    band: bandLabel(band),
                    count,
                  })}
                  title={t("risk.cellLabel", { likelihood, impact, band: bandLabel(band), count })}
                  onClick={() => onSelect(picked ? null : { likelihood, impact })}
                  style={{
                    minHeight: 44,
                    border: picked ? "3px solid #1677ff" : `1px solid ${colors.accent}`,
                    borderRadius: 6,
                    background: colors.background,
                    cursor: "pointer",
                    fontSize: count > 0 ? 18 : 14,
                    fontWeight: count > 0 ? 600 : 400,
                    color: count > 0 ? "rgba(0,0,0,0.88)" : "rgba(0,0,0,0.35)",
                    padding: 0,
                  }}
                >
                  {count}
                </button>
              );
            })}
          </div>
        ))}
        <span />
        {LEVELS.map((impact) => (
          <Typography.Text key={impact} type="secondary" style={axis}>
            {impact}
          </Typography.Text>
        ))}
        <Typography.Text type="secondary" style={{ ...axis, gridColumn: "2 / span 5" }}>
          {t("risk.fields.impact")} →
        </Typography.Text>
      </div>
    </div>
  );
}
