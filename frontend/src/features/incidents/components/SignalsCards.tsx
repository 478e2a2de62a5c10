import { Card, Collapse, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { AlertDetails, AlertStatusTag, LongText, SeverityTag } from "@/components/AlertTags";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatBeijing } from "@/lib/time";
import { useIncidentAlerts, useRecentChanges, type Change } from "../api/alerts";

/** The alerts that opened or joined this incident, each with what its sender sent. */
export function IncidentAlertsCard({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const alerts = useIncidentAlerts(incidentId, true);
  const items = alerts.data?.items ?? [];
  if (!alerts.error && items.length === 0) return null;
  return (
    <Card
      title={t("warRoom.alerts.title", { count: alerts.data?.total ?? 0 })}
      size="small"
      data-testid="incident-alerts"
    >
      {alerts.error && <ProblemAlert error={alerts.error} onRetry={() => void alerts.refetch()} />}
      <Collapse
        size="small"
        items={items.map((alert) => ({
          key: alert.id,
          label: (
            <span style={{ overflowWrap: "anywhere" }}>
              <SeverityTag severity={alert.severity} />
              <LongText text={alert.summary} /> <AlertStatusTag status={alert.status} />
              <Typography.Text type="secondary">
                {" "}
                ×{alert.count} · {alert.source} · {formatBeijing(alert.lastSeenAt)}
              </Typography.Text>
            </span>
          ),
          children: <AlertDetails alert={alert} />,
        }))}
      />
    </Card>
  );
}

/** Deploys and configuration changes of the affected systems: the usual first suspect. */
export function RecentChangesCard({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const changes = useRecentChanges(incidentId, true);
  return (
    <Card title={t("warRoom.changes.title")} size="small" data-testid="recent-changes">
      {changes.error && (
        <ProblemAlert error={changes.error} onRetry={() => void changes.refetch()} />
      )}
      <List<Change>
        size="small"
        loading={changes.isLoading}
        dataSource={changes.data ?? []}
        locale={{ emptyText: t("warRoom.changes.none") }}
        renderItem={(change) => (
          <List.Item>
            <List.Item.Meta
              title={<LongText text={change.summary} />}
              description={
                <>
                  <Tag>{change.source}</Tag>
                  {formatBeijing(change.happenedAt)} · {change.integrationName}
                  {links(change).map((link) => (
                    <a
                      key={link.href}
                      href={link.href}
                      target="_blank"
                      rel="noreferrer"
                      style={{ marginLeft: 8 }}
                    >
                      {link.text ?? link.href} ({new URL(link.href).host})
                    </a>
                  ))}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The change's links that are web addresses; anything else a sender put there is left out. */
function links(change: Change): { href: string; text?: string }[] {
  if (!Array.isArray(change.links)) return [];
  return (change.links as unknown[]).flatMap((link) => {
    if (typeof link !== "object" || link === null) return [];
    const { href, text } = link as { href?: unknown; text?: unknown };
    return typeof href === "string" && /^https?:\/\//.test(href)
      ? [{ href, text: typeof text === "string" ? text : undefined }]
      : [];
  });
}
