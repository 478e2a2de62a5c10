import { App, Flex, Form, Input, InputNumber, Radio } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors, useEditBase } from "@/components/FormDrawer";
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
  const [form] = Form.useForm<SystemFormValues>();
  const { base, reload } = useEditBase(system, form, toFormValues);
  const create = useCreateSafeguard();
  const update = useUpdateSafeguard(system?.id ?? 0);
  const save = base ? update : create;

  const submit = (values: SystemFormValues) => {
    const input = toSystemInput(values);
    const onError = (failure: Error) => placeFieldErrors(form, failure, FIELDS);
    const onSuccess = (saved: ProtectedSystem) => {
      void message.success(base ? t("safeguard.form.saved") : t("safeguard.form.created"));
      onSaved(saved);
    };
    if (base) update.mutate({ version: base.version, input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const onReload = () =>
    void reload(
      () => fetchSafeguard(base!.id),
      () => {
        update.reset();
        void message.info(t("safeguard.form.reloaded"));
      },
    );

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
    <FormDrawer<SystemFormValues>
      form={form}
      text={{
        title: base ? t("safeguard.form.editTitle") : t("safeguard.form.createTitle"),
        cancel: t("safeguard.form.cancel"),
        submit: base ? t("safeguard.form.save") : t("safeguard.form.create"),
        stale: t("safeguard.form.stale"),
        reload: t("safeguard.form.reload"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={FIELDS}
      onClose={onClose}
      onReload={base ? onReload : undefined}
      initialValues={toFormValues(base)}
      onFinish={submit}
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
    </FormDrawer>
  );
}
