import { useQueryClient } from "@tanstack/react-query";
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { useLiveEvents } from "@/lib/event-stream";
import { can, useMe } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import type { Incident } from "../api/get-incidents";
import { useIncident } from "../api/get-incident";
import { useIncidentRoles, useResponseMatrix } from "../api/lifecycle";
import { useIncidentTimeline } from "../api/timeline";
import { LifecycleActions } from "./LifecycleActions";
import { AssessmentCard } from "./AssessmentCard";
import { ReviewCard } from "./ReviewCard";
import { StatusUpdateCard } from "./StatusUpdateCard";
import { IncidentAlertsCard, RecentChangesCard } from "./SignalsCards";
import { TaskList } from "./TaskList";
import { TimelinePanel } from "./TimelinePanel";
import { VerificationList } from "./VerificationList";
import { WarRoomHeader } from "./WarRoomHeader";

/** One incident, live: what is known, who does what, and what is left before it can close. */
export function WarRoomPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const queryClient = useQueryClient();
  const me = useMe();
  const incident = useIncident(id);
  const timeline = useIncidentTimeline(id);
  const matrix = useResponseMatrix();
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] });
  const live = useLiveEvents(`/incidents/${id}/stream`, refresh, refresh);

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
  const seesSignals = can(me.data, "alert:read");
  const verifying = data.status === "VERIFYING";
  const showVerification = ["VERIFYING", "RESOLVED", "REVIEWED"].includes(data.status);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Button type="link" style={{ padding: 0 }} onClick={() => void navigate("/incidents")}>
        ← {t("common.back")}
      </Button>
      <WarRoomHeader
        incident={data}
        matrix={matrix.data ?? []}
        timeline={timeline.data ?? []}
        live={live}
      />
      <LifecycleActions incident={data} me={me.data} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <ImpactCard incident={data} />
            <AssessmentCard
              incident={data}
              assessed={(timeline.data ?? []).some((entry) => entry.kind === "ASSESSED")}
            />
            <StatusUpdateCard incident={data} me={me.data} />
            <TaskList incidentId={id} me={me.data} />
            {showVerification && (
              <VerificationList incidentId={id} verifying={verifying} me={me.data} />
            )}
            {["RESOLVED", "REVIEWED"].includes(data.status) && (
              <ReviewCard incident={data} me={me.data} />
            )}
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <RolesCard incidentId={id} />
            {seesSignals && <RecentChangesCard incidentId={id} />}
            {seesSignals && <IncidentAlertsCard incidentId={id} />}
            <TimelinePanel incidentId={id} entries={timeline.data ?? []} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

function ImpactCard({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const none = t("common.none");
  const tags = (values: string[] | undefined, label?: (value: string) => string) =>
    values && values.length > 0
      ? values.map((v) => (
          <Tag key={v} style={{ whiteSpace: "normal", overflowWrap: "anywhere", maxWidth: "100%" }}>
            {label ? label(v) : v}
          </Tag>
        ))
      : none;
  return (
    <Card size="small">
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
        <Descriptions.Item label={t("incident.fields.id")}>#{incident.id}</Descriptions.Item>
        <Descriptions.Item label={t("warRoom.assessment.category")}>
          {t(`warRoom.category.${incident.category}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t("incident.fields.occurredAt")}>
          {formatBeijing(incident.occurredAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t("incident.fields.reporter")}>
          {incident.reporter.name}
        </Descriptions.Item>
        <Descriptions.Item label={t("incident.fields.phenomenon")} span={2}>
          <Typography.Paragraph
            style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 }}
            ellipsis={{ rows: 12, expandable: true }}
          >
            {incident.phenomenon}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t("incident.fields.affectedSystems")}>
          {tags(incident.scope.affectedSystems)}
        </Descriptions.Item>
        <Descriptions.Item label={t("incident.fields.businessLines")}>
          {tags(incident.scope.businessLines, (v) => t(`incident.businessLine.${v}`))}
        </Descriptions.Item>
        <Descriptions.Item label={t("incident.fields.regions")}>
          {tags(incident.scope.regions)}
        </Descriptions.Item>
        <Descriptions.Item label={t("incident.fields.contact")}>
          {incident.contact ?? none}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function RolesCard({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const roles = useIncidentRoles(incidentId);
  const items = roles.data ?? [];
  return (
    <Card title={t("warRoom.roles")} size="small">
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("warRoom.noRoles")}</Typography.Text>
      ) : (
        <Descriptions column={1} size="small">
          {items.map((assignment) => (
            <Descriptions.Item key={assignment.role} label={t(`warRoom.role.${assignment.role}`)}>
              {assignment.person.name}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}
