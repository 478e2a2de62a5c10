import { EditOutlined, HistoryOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Grid, Skeleton, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMe } from "@/lib/me";
import { useSafeguards, type ProtectedSystem } from "../api/safeguards";
import { canReadSafeguards, canWriteSafeguards } from "../permissions";
import { RestoreChecksDrawer } from "./RestoreChecksDrawer";
import { SafeguardFormDrawer } from "./SafeguardFormDrawer";
import { LastRestore, OverdueTag, overdueFirst } from "./safeguard-display";

/** Protected systems and their backup policy; overdue restore tests first. */
export function SafeguardsPage() {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? false;
  const me = useMe();
  const allowed = canReadSafeguards(me.data);
  const systems = useSafeguards(allowed);
  const writer = canWriteSafeguards(me.data);
  const [editing, setEditing] = useState<ProtectedSystem | "new" | null>(null);
  const [checking, setChecking] = useState<ProtectedSystem | null>(null);
  const items = overdueFirst(systems.data ?? []);
  const overdue = items.filter((system) => system.restoreOverdue).length;

  if (me.isLoading) return <Skeleton active />;
  if (!allowed) {
    return <Typography.Paragraph role="alert">{t("safeguard.notAllowed")}</Typography.Paragraph>;
  }

  const offsite = (system: ProtectedSystem) =>
    system.offsiteCopy ? (
      <Tag color="green">{t("safeguard.offsiteYes")}</Tag>
    ) : (
      <Tag color="orange">{t("safeguard.offsiteNo")}</Tag>
    );
  const actions = (system: ProtectedSystem) => (
    <Flex gap={4} wrap>
      <Button size="small" icon={<HistoryOutlined />} onClick={() => setChecking(system)}>
        {writer ? t("safeguard.recordOrHistory") : t("safeguard.history")}
      </Button>
      {writer && (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t("safeguard.editN", { name: system.name })}
          onClick={() => setEditing(system)}
        >
          {t("safeguard.edit")}
        </Button>
      )}
    </Flex>
  );
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={writer ? t("safeguard.emptyWriter") : t("safeguard.empty")}
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("safeguard.title")}
        </Typography.Title>
        {writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            {t("safeguard.new")}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{t("safeguard.hint")}</Typography.Text>
      {overdue > 0 && (
        <Typography.Text type="danger" data-testid="overdue-count">
          {t("safeguard.overdueCount", { count: overdue })}
        </Typography.Text>
      )}
      {systems.error && (
        <ProblemAlert error={systems.error} onRetry={() => void systems.refetch()} />
      )}

      {wide ? (
        <Table<ProtectedSystem>
          rowKey="id"
          data-testid="safeguard-table"
          loading={systems.isLoading}
          dataSource={items}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: systems.isLoading ? " " : empty }}
          columns={[
            {
              title: t("safeguard.fields.name"),
              dataIndex: "name",
              render: (name: string, system) => (
                <Flex vertical gap={2}>
                  <Flex gap={4} wrap align="center">
                    <OverdueTag system={system} />
                    <Typography.Text strong>{name}</Typography.Text>
                  </Flex>
                  {system.description && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {system.description}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t("safeguard.fields.backupEveryHours"),
              dataIndex: "backupEveryHours",
              width: 110,
              render: (hours: number) => t("safeguard.everyHours", { count: hours }),
            },
            {
              title: t("safeguard.fields.retentionDays"),
              dataIndex: "retentionDays",
              width: 90,
              render: (days: number) => t("safeguard.days", { count: days }),
            },
            {
              title: t("safeguard.fields.offsiteCopy"),
              dataIndex: "offsiteCopy",
              width: 90,
              render: (_: boolean, system) => offsite(system),
            },
            {
              title: t("safeguard.fields.redundancy"),
              dataIndex: "redundancy",
              render: (text: string) =>
                text || <Typography.Text type="secondary">{t("common.none")}</Typography.Text>,
            },
            {
              title: t("safeguard.fields.restoreCheckDays"),
              dataIndex: "restoreCheckDays",
              width: 110,
              render: (days: number) => t("safeguard.everyDays", { count: days }),
            },
            {
              title: t("safeguard.fields.lastRestore"),
              dataIndex: "lastRestoreOn",
              width: 150,
              render: (_: string, system) => <LastRestore system={system} />,
            },
            {
              title: t("safeguard.actions"),
              key: "actions",
              width: 190,
              render: (_: unknown, system) => actions(system),
            },
          ]}
        />
      ) : systems.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        !systems.error && empty
      ) : (
        <Flex vertical gap={8} data-testid="safeguard-cards">
          {items.map((system) => (
            <Card key={system.id} size="small" data-testid={`safeguard-${system.id}`}>
              <Flex gap={4} wrap align="center">
                <OverdueTag system={system} />
                <Typography.Text strong style={{ overflowWrap: "anywhere" }}>
                  {system.name}
                </Typography.Text>
              </Flex>
              <Typography.Paragraph
                type="secondary"
                style={{ fontSize: 12, margin: "6px 0", overflowWrap: "anywhere" }}
              >
                {t("safeguard.cardPolicy", {
                  hours: system.backupEveryHours,
                  retention: system.retentionDays,
                  restore: system.restoreCheckDays,
                })}
                {system.redundancy && ` · ${system.redundancy}`}
              </Typography.Paragraph>
              <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
                {offsite(system)}
                <Typography.Text style={{ fontSize: 12 }}>
                  {t("safeguard.fields.lastRestore")}:
                </Typography.Text>
                <LastRestore system={system} />
              </Flex>
              {actions(system)}
            </Card>
          ))}
        </Flex>
      )}

      {editing && (
        <SafeguardFormDrawer
          system={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
      {checking && (
        <RestoreChecksDrawer
          system={items.find((system) => system.id === checking.id) ?? checking}
          writer={writer}
          onClose={() => setChecking(null)}
        />
      )}
    </Space>
  );
}
