import { SearchOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Select,
  Skeleton,
  Space,
  Table,
  Typography,
} from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatBeijing } from "@/lib/time";
import { useAuditEntries, type AuditEntry, type AuditFilter } from "../api/audit";
import { DiffView } from "./DiffView";

/** Every kind of record the server audits (its entity types), for the type filter. */
const KNOWN_TYPES = [
  "incident",
  "incident-task",
  "verification-item",
  "improvement-action",
  "response-matrix",
  "risk",
  "risk-band",
  "article",
  "plan-version",
  "protected-system",
  "integration",
  "silence",
  "alert-routing",
  "channel",
  "delivery",
  "escalation-policy",
  "notification-rule",
  "group",
  "person",
];

/** Where an audited entity can be seen; entities without a page of their own have none. */
const PAGES: Record<string, (id: string) => string> = {
  incident: (id) => `/incidents/${id}`,
  risk: (id) => `/risks/${id}`,
  article: (id) => `/knowledge/${id}`,
  "plan-version": (id) => `/plan/versions/${id}`,
  "protected-system": () => "/safeguards",
};

/** Who changed what and when (admins and commanders), newest first, filtered by entity. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? false;
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    entityType: params.get("entityType") || undefined,
    entityId: params.get("entityId") || undefined,
  };
  const entries = useAuditEntries(filter);
  const [form] = Form.useForm<AuditFilter>();
  const items = entries.data?.pages.flat() ?? [];

  // The address decides the filter (the risk page links here with one); the form follows it.
  useEffect(() => {
    form.setFieldsValue({ entityType: filter.entityType, entityId: filter.entityId });
  }, [form, filter.entityType, filter.entityId]);

  const apply = (values: AuditFilter) => {
    const next = new URLSearchParams();
    if (values.entityType?.trim()) next.set("entityType", values.entityType.trim());
    if (values.entityId?.trim()) next.set("entityId", values.entityId.trim());
    setParams(next);
  };

  /** Known codes in the user's language, anything else as the server wrote it. */
  const named = (section: "action" | "entity", code: string | undefined) => {
    if (!code) return "";
    const key = `audit.${section}.${code.replaceAll(".", "_")}`;
    return i18n.exists(key) ? t(key) : code;
  };
  const entity = (entry: AuditEntry) => (
    <Typography.Text>
      {named("entity", entry.entityType)}{" "}
      {entry.entityType && Object.hasOwn(PAGES, entry.entityType) ? (
        <Link to={PAGES[entry.entityType](entry.entityId ?? "")}>#{entry.entityId}</Link>
      ) : (
        <Typography.Text type="secondary">#{entry.entityId}</Typography.Text>
      )}
    </Typography.Text>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("audit.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("audit.hint")}</Typography.Text>
      <Form<AuditFilter> form={form} layout={wide ? "inline" : "vertical"} onFinish={apply}>
        <Form.Item name="entityType" label={t("audit.entityType")}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t("audit.allTypes")}
            style={{ width: wide ? 180 : "100%" }}
            options={KNOWN_TYPES.map((value) => ({ value, label: named("entity", value) }))}
          />
        </Form.Item>
        <Form.Item name="entityId" label={t("audit.entityId")}>
          <Input allowClear style={{ width: wide ? 140 : "100%" }} maxLength={100} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t("audit.search")}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setParams(new URLSearchParams());
            }}
          >
            {t("audit.reset")}
          </Button>
        </Flex>
      </Form>

      {entries.error && (
        <ProblemAlert error={entries.error} onRetry={() => void entries.refetch()} />
      )}
      {entries.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        !entries.error && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              filter.entityType || filter.entityId ? t("audit.emptyFiltered") : t("audit.empty")
            }
          />
        )
      ) : wide ? (
        <Table<AuditEntry>
          rowKey="id"
          data-testid="audit-table"
          dataSource={items}
          pagination={false}
          columns={[
            {
              title: t("audit.time"),
              dataIndex: "at",
              width: 150,
              render: (at: string) => formatBeijing(at),
            },
            {
              title: t("audit.actor"),
              dataIndex: "actorName",
              width: 140,
              render: (name: string | undefined, entry) => name || entry.actorSubject,
            },
            {
              title: t("audit.actionColumn"),
              dataIndex: "action",
              width: 150,
              render: (action: string | undefined) => (
                <span title={action}>{named("action", action)}</span>
              ),
            },
            {
              title: t("audit.entityColumn"),
              dataIndex: "entityType",
              width: 140,
              render: (_: string, entry) => entity(entry),
            },
            {
              title: t("audit.changes"),
              dataIndex: "after",
              render: (_: unknown, entry) => <DiffView before={entry.before} after={entry.after} />,
            },
          ]}
        />
      ) : (
        <Flex vertical gap={8} data-testid="audit-cards">
          {items.map((entry) => (
            <Card key={entry.id} size="small" data-testid={`audit-entry-${entry.id}`}>
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong title={entry.action}>
                  {named("action", entry.action)}
                </Typography.Text>
                {entity(entry)}
              </Flex>
              <Typography.Paragraph type="secondary" style={{ margin: "2px 0 8px", fontSize: 12 }}>
                {formatBeijing(entry.at)} · {entry.actorName || entry.actorSubject}
              </Typography.Paragraph>
              <DiffView before={entry.before} after={entry.after} />
            </Card>
          ))}
        </Flex>
      )}

      {items.length > 0 &&
        (entries.hasNextPage ? (
          <Button
            block={!wide}
            loading={entries.isFetchingNextPage}
            onClick={() => void entries.fetchNextPage()}
          >
            {t("audit.loadMore")}
          </Button>
        ) : (
          <Typography.Text type="secondary">
            {t("audit.end", { count: items.length })}
          </Typography.Text>
        ))}
    </Space>
  );
}
