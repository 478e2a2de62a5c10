import { App, Button, Collapse, Flex, Grid, List, Segmented, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AlertDetails, AlertStatusTag, LongText, SeverityTag } from "@/components/AlertTags";
import { ProblemAlert } from "@/components/ProblemAlert";
import { can, useMe } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import { useAlerts, useRetryRouting, type Alert, type AlertFilter } from "../api/alerts";

/**
 * Alerts as they arrive: open, acknowledged by their sender, or resolved; how often, when last
 * seen, which incident. Admins also see the alerts routing set aside, and route them again.
 */
export function AlertsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const me = useMe();
  const admin = can(me.data, "alert:route");
  const [filter, setFilter] = useState<AlertFilter>("OPEN");
  const [page, setPage] = useState(0);
  const alerts = useAlerts(filter, page);
  const retry = useRetryRouting();
  const incident = (alert: Alert) =>
    alert.incidentId ? (
      <Link to={`/incidents/${alert.incidentId}`}>#{alert.incidentId}</Link>
    ) : alert.routingError ? (
      <Tag color="error">{t("detection.unrouted")}</Tag>
    ) : null;
  const pagination = {
    current: page + 1,
    pageSize: 50,
    total: alerts.data?.total ?? 0,
    onChange: (next: number) => setPage(next - 1),
  };
  const filters: { value: AlertFilter; label: string }[] = [
    { value: "OPEN", label: t("detection.open") },
    { value: "ACKNOWLEDGED", label: t("detection.acknowledged") },
    { value: "RESOLVED", label: t("detection.resolved") },
  ];
  if (admin) filters.push({ value: "UNROUTED", label: t("detection.unrouted") });
  const retryAll = () =>
    retry.mutate(undefined, {
      onSuccess: ({ queued }) => void message.success(t("detection.retried", { count: queued })),
    });
  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ maxWidth: "100%", overflowX: "auto" }}>
          <Segmented
            value={filter}
            onChange={(value) => {
              setFilter(value as AlertFilter);
              setPage(0);
            }}
            options={filters}
          />
        </div>
        {filter === "UNROUTED" && (
          <Button
            onClick={retryAll}
            loading={retry.isPending}
            disabled={(alerts.data?.total ?? 0) === 0}
            data-testid="retry-routing"
          >
            {t("detection.retryRouting")}
          </Button>
        )}
      </Flex>
      {filter === "UNROUTED" && (
        <Typography.Paragraph type="secondary">{t("detection.unroutedHint")}</Typography.Paragraph>
      )}
      {retry.error && <ProblemAlert error={retry.error} />}
      {alerts.error && <ProblemAlert error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {wide ? (
        <Table<Alert>
          rowKey="id"
          data-testid="alert-table"
          loading={alerts.isLoading}
          dataSource={alerts.data?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: t("detection.noAlerts") }}
          expandable={{ expandedRowRender: (alert) => <AlertDetails alert={alert} /> }}
          columns={[
            {
              title: t("detection.severity"),
              dataIndex: "severity",
              width: 100,
              render: (severity: string) => <SeverityTag severity={severity} />,
            },
            {
              title: t("detection.summary"),
              dataIndex: "summary",
              render: (summary: string, alert) => (
                <>
                  <LongText text={summary} /> <AlertStatusTag status={alert.status} />
                </>
              ),
            },
            { title: t("detection.source"), dataIndex: "source", width: 140, ellipsis: true },
            { title: t("detection.count"), dataIndex: "count", width: 80 },
            {
              title: t("detection.lastSeen"),
              dataIndex: "lastSeenAt",
              width: 160,
              render: formatBeijing,
            },
            { title: t("detection.incident"), width: 90, render: (_, a) => incident(a) },
          ]}
        />
      ) : (
        <List<Alert>
          loading={alerts.isLoading}
          dataSource={alerts.data?.items ?? []}
          pagination={{ ...pagination, simple: true, align: "center" }}
          locale={{ emptyText: t("detection.noAlerts") }}
          renderItem={(alert) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <>
                    <SeverityTag severity={alert.severity} />
                    <LongText text={alert.summary} /> <AlertStatusTag status={alert.status} />
                  </>
                }
                description={
                  <>
                    <Typography.Text type="secondary">
                      ×{alert.count} · {formatBeijing(alert.lastSeenAt)} {incident(alert)}
                    </Typography.Text>
                    <Collapse
                      ghost
                      size="small"
                      items={[
                        {
                          key: "details",
                          label: t("detection.showDetails"),
                          children: <AlertDetails alert={alert} />,
                        },
                      ]}
                    />
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}
