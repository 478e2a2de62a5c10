import { CheckCircleFilled } from "@ant-design/icons";
import { Button, Card, Flex, List, Result, Skeleton, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { AntdProvider } from "@/components/AntdProvider";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { formatBeijing } from "@/lib/time";
import { useAcknowledgePage, usePage } from "../api/escalation";

/**
 * The phone page a page's link opens (after sign-in): what the person was paged for, who else
 * was, and one big button that acknowledges it. Opening the link changes nothing by itself.
 */
export function PageAckPage() {
  return (
    <AntdProvider>
      <PageAck />
    </AntdProvider>
  );
}

function PageAck() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const page = usePage(token);
  const acknowledge = useAcknowledgePage(token);

  if (page.isLoading) return <Skeleton active />;
  if (page.error) {
    return (
      <Result
        status="warning"
        title={t("page.notFound")}
        extra={<Link to="/incidents">{t("page.toIncidents")}</Link>}
      />
    );
  }
  const p = page.data!;
  const done = !!p.acknowledgedAt;
  // A second tap answers 409 "already acknowledged": that is this person's own success.
  const alreadyDone = acknowledge.error instanceof ApiError && acknowledge.error.status === 409;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: "0 auto" }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {p.forCaller
          ? t("page.title", { name: p.personName })
          : t("page.titleOther", { name: p.personName })}
      </Typography.Title>
      <Card size="small">
        <Flex vertical gap={6}>
          <Typography.Text strong style={{ overflowWrap: "anywhere" }}>
            #{p.incidentId} {p.title}
          </Typography.Text>
          <Flex gap={6} wrap>
            <Tag>{t(`incident.status.${p.status}`)}</Tag>
            {p.grade && <Tag color="red">{t(`warRoom.grade.${p.grade}`)}</Tag>}
          </Flex>
          <Typography.Text type="secondary">
            {t("page.pagedAt", { at: formatBeijing(p.pagedAt) })}
          </Typography.Text>
        </Flex>
      </Card>
      <Card size="small" title={t("page.pagedWith")}>
        <List
          size="small"
          dataSource={p.pagedWith}
          renderItem={(person) => (
            <List.Item>
              <Flex justify="space-between" style={{ width: "100%" }} gap={8} wrap>
                <Typography.Text>{person.name}</Typography.Text>
                {person.acknowledgedAt ? (
                  <Typography.Text type="success">
                    <CheckCircleFilled />{" "}
                    {t("page.acknowledgedAt", { at: formatBeijing(person.acknowledgedAt) })}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t("page.waiting")}</Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {acknowledge.error && !alreadyDone && <ProblemAlert error={acknowledge.error} />}
      {done ? (
        <Result
          status="success"
          title={t("page.done")}
          subTitle={
            acknowledge.data?.incidentAcknowledged
              ? t("page.incidentAcknowledged")
              : t("page.stopped")
          }
          extra={
            <Link to={`/incidents/${p.incidentId}`}>
              <Button type="primary" size="large">
                {t("page.openWarRoom")}
              </Button>
            </Link>
          }
        />
      ) : !p.forCaller ? (
        <Typography.Paragraph role="alert">
          {t("page.notYours", { name: p.personName })}
        </Typography.Paragraph>
      ) : (
        <Button
          type="primary"
          size="large"
          block
          style={{ height: 56, fontSize: 18 }}
          loading={acknowledge.isPending}
          disabled={acknowledge.isPending}
          onClick={() => {
            if (!acknowledge.isPending) acknowledge.mutate();
          }}
        >
          {t("page.acknowledge")}
        </Button>
      )}
      {!done && <Link to={`/incidents/${p.incidentId}`}>{t("page.openWarRoom")}</Link>}
      <Link to="/me/notifications">{t("mySettings.menu")}</Link>
    </Flex>
  );
}
