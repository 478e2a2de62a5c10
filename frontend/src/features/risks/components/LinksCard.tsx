import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Tag,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { LINK_KINDS, useAddLink, useRemoveLink, type LinkInput } from "../api/links";
import type { RiskLink } from "../api/risks";

/** What the risk is linked to: incidents it caused, drills, runbooks and safeguards against it. */
export function LinksCard({
  riskId,
  links,
  editable,
}: {
  riskId: number;
  links: RiskLink[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddLink(riskId);
  const remove = useRemoveLink(riskId);
  const [form] = Form.useForm<LinkInput>();

  const submit = (values: LinkInput) =>
    add.mutate(
      { ...values, note: values.note?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t("risk.links.added"));
          form.resetFields(["targetId", "note"]);
        },
        onError: (failure) => {
          if (!(failure instanceof ApiError)) return;
          form.setFields(
            failure.fieldErrors
              .filter((e) => ["kind", "targetId", "note"].includes(e.field))
              .map((e) => ({ name: e.field as keyof LinkInput, errors: [e.message] })),
          );
        },
      },
    );

  return (
    <Card size="small" title={t("risk.links.title")} data-testid="risk-links">
      {remove.error && <ProblemAlert error={remove.error} />}
      {links.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("risk.links.none")} />
      ) : (
        <Flex vertical gap={8}>
          {links.map((link) => (
            <Flex
              key={`${link.kind}-${link.targetId}`}
              justify="space-between"
              align="center"
              gap={8}
              data-testid={`risk-link-${link.kind}-${link.targetId}`}
            >
              <Flex gap={4} align="center" wrap style={{ minWidth: 0 }}>
                <Tag>{t(`risk.links.kind.${link.kind}`)}</Tag>
                {link.kind === "INCIDENT" ? (
                  <Link to={`/incidents/${link.targetId}`}>#{link.targetId}</Link>
                ) : (
                  <Typography.Text>#{link.targetId}</Typography.Text>
                )}
                {link.note && <Typography.Text type="secondary">{link.note}</Typography.Text>}
              </Flex>
              {editable && (
                <Popconfirm
                  title={t("risk.links.removeConfirm")}
                  okText={t("risk.links.remove")}
                  cancelText={t("risk.form.cancel")}
                  onConfirm={() =>
                    remove.mutateAsync({ kind: link.kind, targetId: link.targetId }).then(() => {
                      void message.success(t("risk.links.removed"));
                    })
                  }
                >
                  <Button size="small" danger loading={remove.isPending}>
                    {t("risk.links.remove")}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      )}
      {editable && (
        <Form<LinkInput>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ kind: "INCIDENT" }}
          disabled={add.isPending}
          style={{ marginTop: 16 }}
        >
          <Typography.Text strong>{t("risk.links.add")}</Typography.Text>
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <Form.Item name="kind" label={t("risk.links.kindLabel")} style={{ marginBottom: 8 }}>
              <Select
                virtual={false}
                style={{ width: 120 }}
                options={LINK_KINDS.map((value) => ({
                  value,
                  label: t(`risk.links.kind.${value}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="targetId"
              label={t("risk.links.targetId")}
              rules={[{ required: true, message: t("risk.links.targetIdRequired") }]}
              style={{ marginBottom: 8 }}
            >
              <InputNumber min={1} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item
              name="note"
              label={t("risk.links.note")}
              style={{ flex: "1 1 160px", marginBottom: 8 }}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Flex>
          {add.error && <ProblemAlert error={add.error} />}
          <Button htmlType="submit" loading={add.isPending} style={{ marginTop: 8 }}>
            {t("risk.links.addButton")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
