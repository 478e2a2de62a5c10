import { HistoryOutlined } from "@ant-design/icons";
import { Alert, Button, Empty, Flex, Skeleton, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMe } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import { usePublishedPlan } from "../api/plan";
import { canManagePlan, canReadPlanVersions } from "../permissions";
import { PlanDocumentView } from "./plan-display";

/** The emergency plan in force, for everyone signed in. */
export function PlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const plan = usePublishedPlan();
  const versionsButton = canReadPlanVersions(me.data) && (
    <Button icon={<HistoryOutlined />} onClick={() => void navigate("/plan/versions")}>
      {t("plan.versionsLink")}
    </Button>
  );

  if (plan.isLoading) return <Skeleton active />;
  if (plan.error) {
    return <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  if (!plan.data) {
    return (
      <Flex vertical align="center" gap={12} style={{ padding: "32px 0" }}>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={4} data-testid="no-plan">
              <Typography.Text strong>{t("plan.nonePublished")}</Typography.Text>
              <Typography.Text type="secondary">
                {canManagePlan(me.data)
                  ? t("plan.nonePublishedManager")
                  : t("plan.nonePublishedHint")}
              </Typography.Text>
            </Flex>
          }
        />
        {versionsButton}
      </Flex>
    );
  }

  const { summary, sections } = plan.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0, overflowWrap: "anywhere" }}>
            {summary.title}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("plan.publishedMeta", {
              number: summary.number,
              at: formatBeijing(summary.publishedAt ?? summary.updatedAt),
              approver: summary.approvedByName || t("common.none"),
            })}
          </Typography.Text>
        </Flex>
        {versionsButton}
      </Flex>
      {summary.reviewDue && (
        <Alert
          type="warning"
          showIcon
          data-testid="review-due"
          title={t("plan.reviewDue", { days: summary.reviewIntervalDays })}
          description={
            canManagePlan(me.data) ? t("plan.reviewDueManager") : t("plan.reviewDueHint")
          }
        />
      )}
      <PlanDocumentView sections={sections} />
    </Space>
  );
}
