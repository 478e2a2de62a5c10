import { RedoOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Empty,
  Flex,
  Grid,
  List,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatBeijing } from "@/lib/time";
import { useDeliveries, useResend, type Delivery, type DeliveryStatus } from "../api/notifications";

const STATUS_COLOR: Record<DeliveryStatus, string> = {
  PENDING: "processing",
  SENT: "success",
  DEAD: "error",
  CANCELLED: "default",
};

/** What was delivered where, tries and answers; dead letters first when filtered. */
export function DeliveriesTab({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const [status, setStatus] = useState<DeliveryStatus | "ALL">("ALL");
  const deliveries = useDeliveries(status === "ALL" ? undefined : status);
  const resend = useResend();
  const rows = deliveries.data?.pages.flat() ?? [];
  const older = deliveries.hasNextPage ? (
    <Button
      block
      loading={deliveries.isFetchingNextPage}
      onClick={() => void deliveries.fetchNextPage()}
      data-testid="deliveries-older"
    >
      {t("notify.loadOlder")}
    </Button>
  ) : null;

  const statusTag = (d: Delivery) => (
    <Tag color={STATUS_COLOR[d.status]}>{t(`notify.status.${d.status}`)}</Tag>
  );
  const event = (d: Delivery) => t(`notify.event.${d.kind}`, { defaultValue: d.kind });
  /** The incident a delivery is about; a hand-over is about none. */
  const incidentLink = (d: Delivery) =>
    d.incidentId == null ? (
      t("common.none")
    ) : (
      <Link to={`/incidents/${d.incidentId}`}>#{d.incidentId}</Link>
    );
  /** The group's channel, or the person reached directly: 短信给 王工. */
  const target = (d: Delivery) =>
    d.medium
      ? t("notify.toPerson", { medium: t(`notify.medium.${d.medium}`), name: d.recipientName })
      : d.channelName;
  const answer = (d: Delivery) =>
    d.lastAnswer ? (
      <Typography.Text
        type={d.status === "DEAD" ? "danger" : "secondary"}
        ellipsis={{ tooltip: d.lastAnswer }}
        style={{ maxWidth: "100%" }}
      >
        {d.lastHttpStatus ? `${d.lastHttpStatus} · ` : ""}
        {d.lastAnswer}
      </Typography.Text>
    ) : null;
  const resendButton = (d: Delivery) =>
    admin && d.status === "DEAD" ? (
      <Button
        size="small"
        icon={<RedoOutlined />}
        loading={resend.isPending && resend.variables === d.id}
        onClick={() =>
          resend.mutate(d.id, { onSuccess: () => void message.success(t("notify.resent")) })
        }
      >
        {t("notify.resend")}
      </Button>
    ) : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <div style={{ maxWidth: "100%", overflowX: "auto" }}>
        <Segmented
          value={status}
          onChange={(value) => setStatus(value as DeliveryStatus | "ALL")}
          options={(["ALL", "DEAD", "PENDING", "SENT", "CANCELLED"] as const).map((value) => ({
            value,
            label: t(`notify.status.${value}`),
          }))}
        />
      </div>
      {deliveries.error && (
        <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      )}
      {resend.error && <ProblemAlert error={resend.error} />}
      {wide ? (
        <Table<Delivery>
          rowKey="id"
          loading={deliveries.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t("notify.emptyDeliveries")} /> }}
          columns={[
            { title: t("notify.col.at"), width: 150, render: (_, d) => formatBeijing(d.createdAt) },
            {
              title: t("notify.col.incident"),
              width: 90,
              render: (_, d) => incidentLink(d),
            },
            { title: t("notify.col.event"), render: (_, d) => event(d) },
            { title: t("notify.col.channel"), ellipsis: true, render: (_, d) => target(d) },
            { title: t("notify.col.status"), width: 100, render: (_, d) => statusTag(d) },
            { title: t("notify.col.attempts"), width: 80, dataIndex: "attempts" },
            { title: t("notify.col.answer"), ellipsis: true, render: (_, d) => answer(d) },
            { title: "", width: 110, render: (_, d) => resendButton(d) },
          ]}
        />
      ) : (
        <List
          loading={deliveries.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, simple: true }}
          locale={{ emptyText: <Empty description={t("notify.emptyDeliveries")} /> }}
          renderItem={(d) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: "100%", minWidth: 0 }}>
                <Flex gap={8} wrap align="center">
                  {incidentLink(d)}
                  {statusTag(d)}
                  <Typography.Text type="secondary">{formatBeijing(d.createdAt)}</Typography.Text>
                </Flex>
                <Typography.Text style={{ overflowWrap: "anywhere" }}>
                  {event(d)} → {target(d)} · {t("notify.attemptsN", { count: d.attempts })}
                </Typography.Text>
                {answer(d)}
                {resendButton(d)}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {older}
    </Space>
  );
}
