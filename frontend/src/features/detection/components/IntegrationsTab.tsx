import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatBeijing } from "@/lib/time";
import {
  INTEGRATION_TYPES,
  useCreateIntegration,
  useIntegrations,
  useRotateKey,
  useUpdateIntegration,
  type CreateIntegrationInput,
  type Integration,
  type UpdateIntegrationInput,
} from "../api/integrations";
import { RulesEditor } from "./RulesEditor";

/** Integrations (admin): create, change, rotate the key, copy the URL; the key is shown once. */
export function IntegrationsTab() {
  const { t } = useTranslation();
  const integrations = useIntegrations();
  const rotate = useRotateKey();
  const [creating, setCreating] = useState(false);
  const [revealed, setRevealed] = useState<Integration | null>(null);
  const [editing, setEditing] = useState<Integration | null>(null);
  const [changing, setChanging] = useState<Integration | null>(null);
  return (
    <Flex vertical gap={12}>
      <Button type="primary" style={{ alignSelf: "flex-start" }} onClick={() => setCreating(true)}>
        {t("detection.newIntegration")}
      </Button>
      {integrations.error && <ProblemAlert error={integrations.error} />}
      {rotate.error && <ProblemAlert error={rotate.error} />}
      {(integrations.data ?? []).map((integration) => (
        <Card key={integration.id} size="small" data-testid={`integration-${integration.id}`}>
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text strong>
              {integration.name} <Tag>{t(`detection.integrationType.${integration.type}`)}</Tag>
            </Typography.Text>
            <Flex gap={8} wrap>
              <Button size="small" onClick={() => setChanging(integration)}>
                {t("detection.edit")}
              </Button>
              {integration.type !== "HEARTBEAT" && (
                <Button size="small" onClick={() => setEditing(integration)}>
                  {t("detection.rules")}
                </Button>
              )}
              <Button
                size="small"
                onClick={() =>
                  Modal.confirm({
                    title: t("detection.rotateConfirm"),
                    onOk: () => rotate.mutateAsync(integration.id).then(setRevealed),
                  })
                }
              >
                {t("detection.rotate")}
              </Button>
            </Flex>
          </Flex>
          <Typography.Paragraph copyable={{ text: integration.url }} style={{ margin: "4px 0" }}>
            <Typography.Text code>{integration.url}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {t("detection.keyHint", { hint: integration.keyHint })} ·{" "}
            {integration.lastReceivedAt
              ? t("detection.lastReceived", { time: formatBeijing(integration.lastReceivedAt) })
              : t("detection.neverReceived")}
            {integration.heartbeatIntervalSeconds
              ? ` · ${t("detection.heartbeatEvery", { seconds: integration.heartbeatIntervalSeconds })}`
              : ""}
            {integration.clientId
              ? ` · ${t("detection.clientBound", { client: integration.clientId })}`
              : ""}
          </Typography.Text>
        </Card>
      ))}
      {editing && (
        <RulesEditor
          integrationId={editing.id}
          name={editing.name}
          onClose={() => setEditing(null)}
        />
      )}
      {creating && (
        <CreateIntegrationDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setRevealed(created);
          }}
        />
      )}
      {changing && (
        <EditIntegrationDialog integration={changing} onClose={() => setChanging(null)} />
      )}
      <Modal
        open={revealed !== null}
        title={t("detection.keyOnce")}
        onOk={() => setRevealed(null)}
        onCancel={() => setRevealed(null)}
        cancelButtonProps={{ style: { display: "none" } }}
      >
        <Typography.Paragraph copyable data-testid="revealed-key">
          {revealed?.key}
        </Typography.Paragraph>
        <Typography.Paragraph copyable>{revealed?.url}</Typography.Paragraph>
      </Modal>
    </Flex>
  );
}

function CreateIntegrationDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (created: Integration) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateIntegrationInput>();
  const create = useCreateIntegration();
  const type = Form.useWatch("type", form);
  const submit = async () => {
    const values = await form.validateFields();
    const created = await create.mutateAsync(values);
    void message.success(t("detection.created"));
    onCreated(created);
  };
  return (
    <Modal
      open
      title={t("detection.newIntegration")}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ type: "ALERTMANAGER" }}>
        <NameField />
        <Form.Item name="type" label={t("detection.type")}>
          <Select
            virtual={false}
            options={INTEGRATION_TYPES.map((value) => ({
              value,
              label: t(`detection.integrationType.${value}`),
            }))}
          />
        </Form.Item>
        <TypeFields type={type} />
      </Form>
      {create.error && <ProblemAlert error={create.error} />}
    </Modal>
  );
}

/** Name, heartbeat timing and bound client; the type and the key stay as they are. */
function EditIntegrationDialog({
  integration,
  onClose,
}: {
  integration: Integration;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateIntegrationInput>();
  const update = useUpdateIntegration(integration.id);
  const submit = async () => {
    const values = await form.validateFields();
    // An emptied client field unbinds the client.
    const input = { ...values, clientId: values.clientId ?? "" };
    await update.mutateAsync({ version: integration.version, input });
    void message.success(t("detection.saved"));
    onClose();
  };
  return (
    <Modal
      open
      title={t("detection.editIntegration", { name: integration.name })}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={update.isPending}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: integration.name,
          heartbeatIntervalSeconds: integration.heartbeatIntervalSeconds,
          heartbeatGraceSeconds: integration.heartbeatGraceSeconds,
          clientId: integration.clientId,
        }}
      >
        <NameField />
        <TypeFields type={integration.type} />
      </Form>
      {update.error && <ProblemAlert error={update.error} />}
    </Modal>
  );
}

function NameField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="name"
      label={t("detection.name")}
      rules={[{ required: true, whitespace: true, message: t("detection.nameRequired") }]}
    >
      <Input maxLength={100} />
    </Form.Item>
  );
}

/** The fields only some types have: a heartbeat's timing, an events integration's client. */
function TypeFields({ type }: { type: Integration["type"] | undefined }) {
  const { t } = useTranslation();
  if (type === "HEARTBEAT") {
    return (
      <>
        <Form.Item
          name="heartbeatIntervalSeconds"
          label={t("detection.interval")}
          rules={[{ required: true, message: t("detection.intervalRequired") }]}
        >
          <InputNumber min={1} max={86400} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="heartbeatGraceSeconds" label={t("detection.grace")}>
          <InputNumber min={0} max={86400} style={{ width: "100%" }} />
        </Form.Item>
      </>
    );
  }
  if (type === "EVENTS") {
    return (
      <Form.Item
        name="clientId"
        label={t("detection.clientId")}
        extra={t("detection.clientIdHelp")}
        rules={[{ pattern: /^[A-Za-z0-9._:-]+$/, message: t("detection.clientIdFormat") }]}
      >
        <Input maxLength={255} />
      </Form.Item>
    );
  }
  return null;
}
