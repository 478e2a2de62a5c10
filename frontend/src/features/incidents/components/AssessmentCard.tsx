import { Card, Descriptions, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatBeijing } from "@/lib/time";
import type { Incident } from "../api/get-incidents";
import { useAssessment } from "../api/lifecycle";

const GRADE_COLORS = { GENERAL: "gold", SERIOUS: "orange", MAJOR: "red" } as const;
/**
 * What the latest assessment said: the grade it proposes and why, orders per hour, the expected
 * recovery, the estimated loss and what is affected, so the command center grades from it. It asks
 * for the assessment only once the timeline shows one ({@code assessed}), never for a missing one.
 */
export function AssessmentCard({ incident, assessed }: { incident: Incident; assessed: boolean }) {
  const { t, i18n } = useTranslation();
  const assessment = useAssessment(incident.id, assessed);
  const data = assessment.data;
  if (!data) return null;
  const none = t("common.none");
  const money = new Intl.NumberFormat(i18n.language.startsWith("en") ? "en" : "zh-CN", {
    style: "currency",
    currency: "CNY",
  });
  const tags = (values: string[], label: (value: string) => string) =>
    values.length === 0
      ? none
      : values.map((value) => (
          <Tag key={value} style={{ whiteSpace: "normal", overflowWrap: "anywhere" }}>
            {label(value)}
          </Tag>
        ));
  return (
    <Card size="small" title={t("warRoom.latestAssessment")} data-testid="assessment-card">
      <Flex vertical gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text>{t("warRoom.proposedGrade")}</Typography.Text>
          <Tag color={GRADE_COLORS[data.proposedGrade]} data-testid="assessment-proposed-grade">
            {t(`warRoom.grade.${data.proposedGrade}`)}
          </Tag>
          <Typography.Text type="secondary">
            {data.reasons.length === 0
              ? t("warRoom.noRuleMet")
              : data.reasons
                  .map((reason) =>
                    t(`warRoom.measure.${reason.measure}`, { threshold: reason.threshold }),
                  )
                  .join(t("noAccess.separator"))}
          </Typography.Text>
        </Flex>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t("warRoom.assessment.ordersAffectedPerHour")}>
            {data.ordersAffectedPerHour.toLocaleString()}
          </Descriptions.Item>
          <Descriptions.Item label={t("warRoom.assessment.expectedRecoveryMinutes")}>
            {data.expectedRecoveryMinutes.toLocaleString()}
          </Descriptions.Item>
          <Descriptions.Item label={t("warRoom.assessment.estimatedLoss")}>
            {money.format(data.estimatedLoss)}
          </Descriptions.Item>
          <Descriptions.Item label={t("warRoom.assessedBy")}>
            {`${data.assessedBy.name} · ${formatBeijing(data.assessedAt)}`}
          </Descriptions.Item>
          <Descriptions.Item label={t("warRoom.assessment.coreFlowsDown")}>
            {tags(data.coreFlowsDown, (v) => t(`warRoom.coreFlow.${v}`))}
          </Descriptions.Item>
          <Descriptions.Item label={t("warRoom.assessment.affectedModules")}>
            {tags(data.affectedModules, (v) => v)}
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.businessLines")}>
            {tags(data.businessLines, (v) => t(`incident.businessLine.${v}`))}
          </Descriptions.Item>
        </Descriptions>
      </Flex>
    </Card>
  );
}
