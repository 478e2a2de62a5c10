import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Grid, Skeleton, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMe } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import { usePlanVersions, usePublishedPlan, type PlanStatus, type PlanSummary } from "../api/plan";
import { canManagePlan, canReadPlanVersions } from "../permissions";
import { PlanDraftDrawer } from "./PlanDraftDrawer";
import { PlanStatusTag } from "./plan-display";

/** Every version of the plan, newest first; commanders and admins start new drafts here. */
export function PlanVersionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? false;
  const me = useMe();
  const allowed = canReadPlanVersions(me.data);
  const versions = usePlanVersions(allowed);
  const manager = canManagePlan(me.data);
  const published = usePublishedPlan();
  const [creating, setCreating] = useState(false);
  const items = versions.data ?? [];

  const back = (
    <Button type="link" style={{ padding: 0 }} onClick={() => void navigate("/plan")}>
      ← {t("plan.backToPlan")}
    </Button>
  );
  if (me.isLoading) return <Skeleton active />;
  if (!allowed) {
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        {back}
        <Typography.Paragraph role="alert">{t("plan.versionsNotAllowed")}</Typography.Paragraph>
      </Space>
    );
  }

  const number = (summary: PlanSummary) => t("plan.numberN", { n: summary.number });
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={manager ? t("plan.versionsEmptyManager") : t("plan.versionsEmpty")}
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("plan.versionsTitle")}
        </Typography.Title>
        {manager && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            loading={published.isLoading}
            onClick={() => setCreating(true)}
          >
            {t("plan.newDraft")}
          </Button>
        )}
      </Flex>
      {versions.error && (
        <ProblemAlert error={versions.error} onRetry={() => void versions.refetch()} />
      )}
      {wide ? (
        <Table<PlanSummary>
          rowKey="id"
          loading={versions.isLoading}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: versions.isLoading ? " " : empty }}
          columns={[
            {
              title: t("plan.fields.number"),
              dataIndex: "number",
              width: 110,
              render: (_: number, summary) => (
                <Link to={`/plan/versions/${summary.id}`}>{number(summary)}</Link>
              ),
            },
            { title: t("plan.fields.title"), dataIndex: "title" },
            {
              title: t("plan.fields.status"),
              dataIndex: "status",
              width: 110,
              render: (status: PlanStatus) => <PlanStatusTag status={status} />,
            },
            { title: t("plan.fields.author"), dataIndex: "authorName", width: 120 },
            {
              title: t("plan.fields.approver"),
              dataIndex: "approvedByName",
              width: 120,
              render: (name?: string) =>
                name || <Typography.Text type="secondary">{t("common.none")}</Typography.Text>,
            },
            {
              title: t("plan.fields.updatedAt"),
              dataIndex: "updatedAt",
              width: 150,
              render: (at: string) => formatBeijing(at),
            },
          ]}
        />
      ) : versions.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        !versions.error && empty
      ) : (
        <Flex vertical gap={8} data-testid="plan-version-cards">
          {items.map((summary) => (
            <Card
              key={summary.id}
              size="small"
              data-testid={`plan-version-${summary.id}`}
              onClick={() => void navigate(`/plan/versions/${summary.id}`)}
              style={{ cursor: "pointer" }}
            >
              <Flex justify="space-between" gap={8} align="flex-start">
                <Link to={`/plan/versions/${summary.id}`} style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    {number(summary)} · {summary.title}
                  </Typography.Text>
                </Link>
                <PlanStatusTag status={summary.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("plan.cardMeta", {
                  author: summary.authorName,
                  approver: summary.approvedByName || t("common.none"),
                  at: formatBeijing(summary.updatedAt),
                })}
              </Typography.Text>
            </Card>
          ))}
        </Flex>
      )}

      {creating && (
        <PlanDraftDrawer
          startFrom={published.data}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void navigate(`/plan/versions/${saved.summary.id}`);
          }}
        />
      )}
    </Space>
  );
}
