import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { IncidentStatus } from "../api/get-incidents";

const COLORS: Record<IncidentStatus, string> = {
  REPORTED: "red",
  ASSESSING: "orange",
  RESPONDING: "volcano",
  VERIFYING: "blue",
  RESOLVED: "green",
  REVIEWED: "default",
  CANCELLED: "default",
};

export function IncidentStatusTag({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="incident-status">
      {t(`incident.status.${status}`)}
    </Tag>
  );
}
