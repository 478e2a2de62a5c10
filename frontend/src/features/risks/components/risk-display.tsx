import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Band } from "../api/bands";
import type { Risk, RiskStatus } from "../api/risks";

interface BandColors {
  /** Background of a heat-map cell. */
  background: string;
  /** Border and tag colour. */
  accent: string;
}

const KNOWN: Record<string, BandColors> = {
  LOW: { background: "#d9f7be", accent: "#52c41a" },
  MEDIUM: { background: "#fff1b8", accent: "#d4b106" },
  HIGH: { background: "#ffd591", accent: "#fa8c16" },
  CRITICAL: { background: "#ffa39e", accent: "#f5222d" },
};
const BY_RANK = [KNOWN.LOW, KNOWN.MEDIUM, KNOWN.HIGH, KNOWN.CRITICAL];
const UNBANDED: BandColors = { background: "#f5f5f5", accent: "#8c8c8c" };

/**
 * The colours of a band: the default codes have fixed colours; codes an admin made up are
 * coloured by their rank among the bands, from green (lowest) to red (highest).
 */
export function bandColors(code: string, bands: Band[] | undefined): BandColors {
  if (KNOWN[code]) return KNOWN[code];
  const sorted = [...(bands ?? [])].sort((a, b) => a.minScore - b.minScore);
  const rank = sorted.findIndex((band) => band.code === code);
  if (rank < 0) return UNBANDED;
  const position = sorted.length < 2 ? 0 : rank / (sorted.length - 1);
  return BY_RANK[Math.round(position * (BY_RANK.length - 1))];
}

/** The band's name in the user's language when it is one of the defaults, else its code. */
export function useBandLabel() {
  const { t, i18n } = useTranslation();
  return (code: string) =>
    !code ? t("risk.noBand") : i18n.exists(`risk.band.${code}`) ? t(`risk.band.${code}`) : code;
}

export function ScoreTag({ risk, bands }: { risk: Risk; bands: Band[] | undefined }) {
  const { t } = useTranslation();
  const label = useBandLabel();
  return (
    <Tag color={bandColors(risk.band, bands).accent} data-testid="risk-score">
      {t("risk.scoreTag", { score: risk.score, band: label(risk.band) })}
    </Tag>
  );
}

const STATUS_COLORS: Record<RiskStatus, string> = {
  OPEN: "red",
  MITIGATING: "blue",
  ACCEPTED: "gold",
  CLOSED: "default",
};

export function RiskStatusTag({ status }: { status: RiskStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`risk.status.${status}`)}</Tag>;
}

export function OverdueTag({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  return risk.reviewOverdue ? (
    <Tag color="volcano" data-testid="risk-overdue">
      {t("risk.overdue")}
    </Tag>
  ) : null;
}

/** "System crash", or the name given to a custom sub-type. */
export function useSubTypeLabel() {
  const { t } = useTranslation();
  return (risk: Pick<Risk, "subType" | "customSubType">) =>
    risk.subType === "CUSTOM" && risk.customSubType
      ? risk.customSubType
      : t(`risk.subType.${risk.subType}`);
}
