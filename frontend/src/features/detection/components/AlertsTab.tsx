import { List, Segmented, Table, Tag, Typography, Grid } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatBeijing } from "@/lib/time";
import { useAlerts, type Alert } from "../api/alerts";

const SEVERITY_COLORS: Record<string, string> = {
  CRITICAL: "red",
  ERROR: "volcano",
  WARNING: "gold",
  INFO: "blue",
};

/** Alerts as they arrive: open or resolved, how often, when last seen, which incident. */
export function AlertsTab() {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? false;
  const [status, setStatus] = useState<"OPEN" | "RESOLVED">("OPEN");
  const [page, setPage] = useState(0);
  const alerts = useAlerts(status, page);
  const incident = (alert: Alert) =>
    alert.incidentId ? (
      <Link to={`/incidents/${alert.incidentId}`}>#{alert.incidentId}</Link>
    ) : null;
  const pagination = {
    current: page + 1,
    pageSize: 50,
    total: alerts.data?.total ?? 0,
    onChange: (next: number) => setPage(next - 1),
  };
  return (
    <>
      <Segmented
        value={status}
        onChange={(value) => {
          setStatus(value as "OPEN" | "RESOLVED");
          setPage(0);
        }}
        options={[
          { value: "OPEN", label: t("detection.open") },
          { value: "RESOLVED", label: t("detection.resolved") },
        ]}
        style={{ marginBottom: 12 }}
      />
      {alerts.error && <ProblemAlert error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {wide ? (
        <Table<Alert>
          rowKey="id"
          data-testid="alert-table"
          loading={alerts.isLoading}
          dataSource={alerts.data?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: t("detection.noAlerts") }}
          columns={[
            {
              title: t("detection.severity"),
              dataIndex: "severity",
              width: 100,
              render: (s: string) => <Tag color={SEVERITY_COLORS[s]}>{s}</Tag>,
            },
            { title: t("detection.summary"), dataIndex: "summary" },
            { title: t("detection.source"), dataIndex: "source", width: 140 },
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
                    <Tag color={SEVERITY_COLORS[alert.severity]}>{alert.severity}</Tag>
                    {alert.summary}
                  </>
                }
                description={
                  <Typography.Text type="secondary">
                    ×{alert.count} · {formatBeijing(alert.lastSeenAt)} {incident(alert)}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}
