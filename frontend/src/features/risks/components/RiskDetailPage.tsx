import { AuditOutlined, EditOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Skeleton,
  Space,
  Table,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { useMe } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import { useBands } from "../api/bands";
import { useRisk, type ScoreChange } from "../api/risks";
import { canEditRisks, canSeeAudit } from "../permissions";
import { LinksCard } from "./LinksCard";
import { RiskFormDrawer } from "./RiskFormDrawer";
import { OverdueTag, RiskStatusTag, ScoreTag, useSubTypeLabel } from "./risk-display";

/** One risk: what it is, how its score moved, what it is linked to; editors change it here. */
export function RiskDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const me = useMe();
  const detail = useRisk(id);
  const bands = useBands();
  const subTypeLabel = useSubTypeLabel();
  const [editing, setEditing] = useState(false);

  const back = (
    <Button type="link" style={{ padding: 0 }} onClick={() => void navigate("/risks")}>
      ← {t("risk.detail.back")}
    </Button>
  );
  if (detail.isLoading) return <Skeleton active />;
  if (detail.error || !detail.data) {
    const notFound = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        {back}
        {notFound ? (
          <Typography.Paragraph role="alert">{t("risk.detail.notFound")}</Typography.Paragraph>
        ) : (
          <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />
        )}
      </Space>
    );
  }

  const { risk, links, history } = detail.data;
  const editor = canEditRisks(me.data);
  const level = (kind: "likelihood" | "impact", value: number) =>
    `${value} · ${t(`risk.${kind}.${value}`)}`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {back}
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <Flex vertical gap={6} style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {risk.title}
          </Typography.Title>
          <Flex gap={4} wrap>
            <ScoreTag risk={risk} bands={bands.data} />
            <RiskStatusTag status={risk.status} />
            <OverdueTag risk={risk} />
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          {canSeeAudit(me.data) && (
            <Button
              icon={<AuditOutlined />}
              onClick={() => void navigate(`/audit?entityType=risk&entityId=${risk.id}`)}
            >
              {t("risk.detail.audit")}
            </Button>
          )}
          {editor && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t("risk.detail.edit")}
            </Button>
          )}
        </Flex>
      </Flex>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <Card size="small">
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: "category",
                    label: t("risk.fields.category"),
                    children: `${t(`risk.category.${risk.category}`)} · ${subTypeLabel(risk)}`,
                  },
                  {
                    key: "likelihood",
                    label: t("risk.fields.likelihood"),
                    children: level("likelihood", risk.likelihood),
                  },
                  {
                    key: "impact",
                    label: t("risk.fields.impact"),
                    children: level("impact", risk.impact),
                  },
                  {
                    key: "owner",
                    label: t("risk.fields.ownerName"),
                    children: risk.ownerName || t("risk.noOwner"),
                  },
                  {
                    key: "review",
                    label: t("risk.fields.nextReviewOn"),
                    children: risk.nextReviewOn,
                  },
                  {
                    key: "updated",
                    label: t("risk.fields.updatedAt"),
                    children: formatBeijing(risk.updatedAt),
                  },
                  {
                    key: "description",
                    label: t("risk.fields.description"),
                    children: risk.description ? (
                      <Typography.Text style={{ whiteSpace: "pre-wrap" }}>
                        {risk.description}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="secondary">{t("common.none")}</Typography.Text>
                    ),
                  },
                ]}
              />
            </Card>
            <Card size="small" title={t("risk.fields.mitigations")}>
              {risk.mitigations.length === 0 ? (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t("risk.detail.noMitigations")}
                />
              ) : (
                <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="mitigations">
                  {risk.mitigations.map((mitigation, index) => (
                    <li key={index} style={{ whiteSpace: "pre-wrap" }}>
                      {mitigation}
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <ScoreHistory history={history} />
            <LinksCard riskId={risk.id} links={links} editable={editor} />
          </Space>
        </Col>
      </Row>

      {editing && (
        <RiskFormDrawer
          risk={risk}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={async () => (await detail.refetch()).data?.risk}
        />
      )}
    </Space>
  );
}

/** Every change of likelihood or impact, newest first. */
function ScoreHistory({ history }: { history: ScoreChange[] }) {
  const { t } = useTranslation();
  const rows = [...history].reverse().map((change, index) => ({ ...change, key: index }));
  return (
    <Card size="small" title={t("risk.detail.history")}>
      <Table
        size="small"
        data-testid="score-history"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t("risk.detail.noHistory") }}
        columns={[
          {
            title: t("risk.detail.at"),
            dataIndex: "at",
            render: (at: string) => formatBeijing(at),
          },
          {
            title: t("risk.detail.scoreColumn"),
            dataIndex: "score",
            render: (score: number, change: ScoreChange) =>
              t("risk.detail.scoreOf", {
                likelihood: change.likelihood,
                impact: change.impact,
                score,
              }),
          },
          { title: t("risk.detail.changedBy"), dataIndex: "changedBy" },
        ]}
      />
    </Card>
  );
}
