import { EditOutlined, PlusOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, Button, Empty, Flex, Grid, List, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import {
  useChannels,
  useResponseGroups,
  useTestChannel,
  type Channel,
  type ChannelTestResult,
} from "../api/notifications";
import { ChannelFormDrawer } from "./ChannelFormDrawer";

/** Channels with a test button that shows exactly what the receiver answered. */
export function ChannelsTab() {
  const { t, i18n } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? false;
  const channels = useChannels();
  const groups = useResponseGroups();
  const test = useTestChannel();
  const [editing, setEditing] = useState<Channel | "new" | null>(null);
  const [result, setResult] = useState<{ channel: Channel; answer: ChannelTestResult } | null>(
    null,
  );
  const english = i18n.language.startsWith("en");
  const groupName = (code?: string) => {
    if (!code) return t("notify.allGroups");
    const group = groups.data?.find((g) => g.code === code);
    return group ? (english ? group.nameEn : group.nameZh) : code;
  };
  const send = (channel: Channel) =>
    test.mutate(channel.id, { onSuccess: (answer) => setResult({ channel, answer }) });
  const actions = (channel: Channel) => (
    <Flex gap={4} wrap>
      <Button
        size="small"
        icon={<SendOutlined />}
        loading={test.isPending && test.variables === channel.id}
        onClick={() => send(channel)}
      >
        {t("notify.test")}
      </Button>
      <Button
        size="small"
        icon={<EditOutlined />}
        aria-label={t("notify.editN", { name: channel.name })}
        onClick={() => setEditing(channel)}
      >
        {t("notify.edit")}
      </Button>
    </Flex>
  );
  const kindTag = (channel: Channel) => (
    <Space size={4} wrap>
      <Tag>{t(`notify.kind.${channel.kind}`)}</Tag>
      {channel.language === "en" && <Tag>{t("notify.language.en")}</Tag>}
      {!channel.enabled && <Tag color="default">{t("notify.disabled")}</Tag>}
    </Space>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t("notify.channelsHint")}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
          {t("notify.new")}
        </Button>
      </Flex>
      {channels.error && (
        <ProblemAlert error={channels.error} onRetry={() => void channels.refetch()} />
      )}
      {test.error && <ProblemAlert error={test.error} />}
      {result && (
        <Alert
          role="status"
          type={result.answer.ok ? "success" : "error"}
          showIcon
          closable
          onClose={() => setResult(null)}
          title={
            result.answer.ok
              ? t("notify.testOk", { name: result.channel.name })
              : t("notify.testFailed", { name: result.channel.name })
          }
          description={
            <Typography.Paragraph style={{ margin: 0, overflowWrap: "anywhere" }}>
              {result.channel.kind === "EMAIL"
                ? t("notify.smtpAnswer", { latency: result.answer.latencyMs })
                : t("notify.testAnswer", {
                    status: result.answer.httpStatus ?? t("notify.noAnswer"),
                    latency: result.answer.latencyMs,
                  })}
              <br />
              <Typography.Text code>{result.answer.answer || "—"}</Typography.Text>
            </Typography.Paragraph>
          }
        />
      )}
      {wide ? (
        <Table<Channel>
          rowKey="id"
          loading={channels.isLoading}
          dataSource={channels.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t("notify.emptyChannels")} /> }}
          columns={[
            { title: t("notify.fields.name"), dataIndex: "name", ellipsis: true },
            { title: t("notify.fields.kind"), render: (_, c) => kindTag(c) },
            { title: t("notify.fields.group"), render: (_, c) => groupName(c.groupCode) },
            {
              title: t("notify.fields.url"),
              render: (_, c) => <Typography.Text code>{c.endpointHint}</Typography.Text>,
            },
            { title: "", width: 200, render: (_, c) => actions(c) },
          ]}
        />
      ) : (
        <List
          loading={channels.isLoading}
          dataSource={channels.data ?? []}
          locale={{ emptyText: <Empty description={t("notify.emptyChannels")} /> }}
          renderItem={(c) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: "100%", minWidth: 0 }}>
                <Typography.Text strong style={{ overflowWrap: "anywhere" }}>
                  {c.name}
                </Typography.Text>
                {kindTag(c)}
                <Typography.Text type="secondary">{groupName(c.groupCode)}</Typography.Text>
                <Typography.Text code style={{ overflowWrap: "anywhere" }}>
                  {c.endpointHint}
                </Typography.Text>
                {actions(c)}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editing && (
        <ChannelFormDrawer
          channel={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Space>
  );
}
