import { Button, Card, Descriptions, Flex, Skeleton, Space, Tag, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { formatBeijing } from "@/lib/time";
import { useIncident } from "../api/get-incident";
import { useIncidentTimeline } from "../api/get-incident-timeline";
import { IncidentStatusTag } from "./IncidentStatusTag";

export function IncidentDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const incident = useIncident(id);
  const timeline = useIncidentTimeline(id);

  if (incident.isLoading) return <Skeleton active />;
  if (incident.error || !incident.data) {
    const notFound = incident.error instanceof ApiError && incident.error.status === 404;
    return notFound ? (
      <Typography.Paragraph role="alert">{t("incident.detail.notFound")}</Typography.Paragraph>
    ) : (
      <ProblemAlert error={incident.error} onRetry={() => void incident.refetch()} />
    );
  }
  const data = incident.data;
  const none = t("common.none");
  const tags = (values: string[] | undefined, label?: (value: string) => string) =>
    values && values.length > 0
      ? values.map((v) => <Tag key={v}>{label ? label(v) : v}</Tag>)
      : none;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Button type="link" style={{ padding: 0 }} onClick={() => void navigate("/incidents")}>
        ← {t("common.back")}
      </Button>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="incident-title">
          {data.title}
        </Typography.Title>
        <IncidentStatusTag status={data.status} />
      </Flex>
      <Card>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
          <Descriptions.Item label={t("incident.fields.id")}>#{data.id}</Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.occurredAt")}>
            {formatBeijing(data.occurredAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.reporter")}>
            {data.reporter?.name}
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.reportedAt")}>
            {formatBeijing(data.reportedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.phenomenon")} span={2}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
              {data.phenomenon}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.affectedSystems")}>
            {tags(data.scope?.affectedSystems)}
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.businessLines")}>
            {tags(data.scope?.businessLines, (v) => t(`incident.businessLine.${v}`))}
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.regions")}>
            {tags(data.scope?.regions)}
          </Descriptions.Item>
          <Descriptions.Item label={t("incident.fields.contact")}>
            {data.contact ?? none}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t("incident.detail.timeline")}>
        {timeline.error && <ProblemAlert error={timeline.error} />}
        <Timeline
          items={(timeline.data ?? []).map((entry) => ({
            key: entry.id,
            content: (
              <>
                <Typography.Text type="secondary">
                  {formatBeijing(entry.occurredAt)}
                </Typography.Text>{" "}
                <Typography.Text strong>{entry.actor?.name}</Typography.Text>{" "}
                {t(`incident.timelineKind.${entry.kind}`)}
                {entry.kind === "NOTE" && <div>{entry.message}</div>}
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
