import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { isStale, splitFieldErrors } from "@/lib/field-path";
import {
  LIMITS,
  fetchSafeguard,
  useCreateSafeguard,
  useUpdateSafeguard,
  type ProtectedSystem,
  type SystemInput,
} from "../api/safeguards";

export interface SystemFormValues {
  name: string;
  description?: string;
  backupEveryHours?: number;
  retentionDays?: number;
  offsiteCopy?: boolean;
  redundancy?: string;
  restoreCheckDays?: number;
}

const FIELDS = [
  "name",
  "description",
  "backupEveryHours",
  "retentionDays",
  "offsiteCopy",
  "redundancy",
  "restoreCheckDays",
];

export function toSystemInput(values: SystemFormValues): SystemInput {
  return {
    name: values.name.trim(),
    description: values.description?.trim() ?? "",
    backupEveryHours: values.backupEveryHours!,
    retentionDays: values.retentionDays!,
    offsiteCopy: values.offsiteCopy!,
    redundancy: values.redundancy?.trim() ?? "",
    restoreCheckDays: values.restoreCheckDays!,
  };
}

function toFormValues(system: ProtectedSystem | undefined): SystemFormValues {
  if (!system) {
    return { name: "", backupEveryHours: 24, retentionDays: 30, restoreCheckDays: 90 };
  }
  return {
    name: system.name,
    description: system.description,
    backupEveryHours: system.backupEveryHours,
    retentionDays: system.retentionDays,
    offsiteCopy: system.offsiteCopy,
    redundancy: system.redundancy,
    restoreCheckDays: system.restoreCheckDays,
  };
}

/** Registers a protected system or changes its policy (If-Match with the version edited). */
export function SafeguardFormDrawer({
  system,
  onClose,
  onSaved,
}: {
  system?: ProtectedSystem;
  onClose: () => void;
  onSaved: (saved: ProtectedSystem) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const [form] = Form.useForm<SystemFormValues>();
  const [base, setBase] = useState(system);
  const create = useCreateSafeguard();
  const update = useUpdateSafeguard(system?.id ?? 0);
  const save = base ? update : create;
  const error = save.error;
  const stale = isStale(error);
  const { unplaced } = splitFieldErrors(error, FIELDS);

  const submit = (values: SystemFormValues) => {
    const input = toSystemInput(values);
    const onError = (failure: Error) => {
      if (failure instanceof ApiError) {
        form.setFields(
          splitFieldErrors(failure, FIELDS).placed.map(({ name, errors }) => ({
            name: name as never,
            errors,
          })),
        );
      }
    };
    const onSuccess = (saved: ProtectedSystem) => {
      void message.success(base ? t("safeguard.form.saved") : t("safeguard.form.created"));
      onSaved(saved);
    };
    if (base) update.mutate({ version: base.version, input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const reload = async () => {
    if (!base) return;
    const latest = await fetchSafeguard(base.id).catch(() => undefined);
    if (!latest) return;
    setBase(latest);
    form.resetFields();
    form.setFieldsValue(toFormValues(latest));
    update.reset();
    void message.info(t("safeguard.form.reloaded"));
  };

  const field = (key: string) => t(`safeguard.fields.${key}`);
  const number = (key: string, [min, max]: readonly [number, number], unit: string) => (
    <Form.Item
      name={key}
      label={field(key)}
      rules={[
        {
          required: true,
          type: "integer",
          min,
          max,
          message: t("safeguard.form.range", { field: field(key), min, max }),
        },
      ]}
      style={{ flex: 1, minWidth: 140 }}
    >
      <InputNumber min={min} max={max} precision={0} suffix={unit} style={{ width: "100%" }} />
    </Form.Item>
  );

  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? 560 : "100%"}
      title={base ? t("safeguard.form.editTitle") : t("safeguard.form.createTitle")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("safeguard.form.cancel")}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={stale}
            onClick={() => form.submit()}
          >
            {base ? t("safeguard.form.save") : t("safeguard.form.create")}
          </Button>
        </Flex>
      }
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t("safeguard.form.stale")}
          action={
            <Button size="small" onClick={() => void reload()}>
              {t("safeguard.form.reload")}
            </Button>
          }
        />
      )}
      {error && !stale && (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <ProblemAlert error={error} />
          {unplaced.map((e) => (
            <Typography.Text key={e.field} type="danger">
              {e.field}: {e.message}
            </Typography.Text>
          ))}
        </Flex>
      )}
      <Form<SystemFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(base)}
        onFinish={submit}
        disabled={save.isPending}
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={field("name")}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("safeguard.form.required", { field: field("name") }),
            },
            {
              max: LIMITS.name,
              message: t("safeguard.form.tooLong", { field: field("name"), max: LIMITS.name }),
            },
          ]}
        >
          <Input maxLength={LIMITS.name} placeholder={t("safeguard.form.namePlaceholder")} />
        </Form.Item>
        <Form.Item name="description" label={field("description")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.description} />
        </Form.Item>
        <Flex gap={12} wrap>
          {number("backupEveryHours", LIMITS.backupEveryHours, t("safeguard.form.hours"))}
          {number("retentionDays", LIMITS.retentionDays, t("safeguard.form.days"))}
        </Flex>
        <Flex gap={12} wrap>
          {number("restoreCheckDays", LIMITS.restoreCheckDays, t("safeguard.form.days"))}
          <Form.Item
            name="offsiteCopy"
            label={field("offsiteCopy")}
            rules={[
              {
                required: true,
                message: t("safeguard.form.pick", { field: field("offsiteCopy") }),
              },
            ]}
            style={{ flex: 1, minWidth: 140 }}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: true, label: t("safeguard.offsiteYes") },
                { value: false, label: t("safeguard.offsiteNo") },
              ]}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="redundancy"
          label={field("redundancy")}
          extra={t("safeguard.form.redundancyHint")}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.redundancy} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
