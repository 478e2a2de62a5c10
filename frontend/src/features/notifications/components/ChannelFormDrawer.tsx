import { App, Form, Input, Select, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors } from "@/components/FormDrawer";
import {
  CHANNEL_KINDS,
  LIMITS,
  SIGNED_KINDS,
  SMS_TEMPLATE,
  useResponseGroups,
  useSaveChannel,
  type Channel,
  type ChannelInput,
  type ChannelKind,
  type MessageLanguage,
} from "../api/notifications";
import { LanguageSelect } from "./LanguageSelect";

interface Values {
  name: string;
  kind: ChannelKind;
  groupCode?: string;
  url?: string;
  secret?: string;
  enabled: boolean;
  accessKeyId?: string;
  signName?: string;
  templateCode?: string;
  language: MessageLanguage;
}

/** mailto: and one or more addresses (the server checks each address). */
const MAILTO = /^mailto:[^\s?,]+@[^\s?,]+(,[^\s?,]+@[^\s?,]+)*$/i;

const FIELDS = [
  "name",
  "kind",
  "groupCode",
  "url",
  "secret",
  "enabled",
  "accessKeyId",
  "signName",
  "templateCode",
  "language",
];

/**
 * Registers a chat robot, webhook, group mailbox or SMS account, or changes one. The address and the secret are never shown
 * again: left empty when editing, the stored ones stay.
 */
export function ChannelFormDrawer({
  channel,
  onClose,
}: {
  channel?: Channel;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form) ?? channel?.kind ?? "DINGTALK";
  const groups = useResponseGroups();
  const save = useSaveChannel(channel);
  const english = i18n.language.startsWith("en");

  const submit = (values: Values) => {
    const input: ChannelInput = {
      name: values.name.trim(),
      kind: values.kind,
      groupCode: values.groupCode || undefined,
      url: values.url?.trim() || undefined,
      secret: values.secret?.trim() || undefined,
      enabled: values.enabled,
      accessKeyId: values.accessKeyId?.trim() || undefined,
      signName: values.signName?.trim() || undefined,
      templateCode: values.templateCode?.trim() || undefined,
      language: values.language,
    };
    save.mutate(input, {
      onSuccess: () => {
        void message.success(t("notify.form.saved"));
        onClose();
      },
      onError: (failure) => placeFieldErrors(form, failure, FIELDS),
    });
  };

  return (
    <FormDrawer<Values>
      form={form}
      text={{
        title: channel ? t("notify.form.editTitle") : t("notify.form.createTitle"),
        cancel: t("notify.form.cancel"),
        submit: t("notify.form.save"),
        stale: t("notify.form.stale"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={FIELDS}
      onClose={onClose}
      initialValues={{
        name: channel?.name ?? "",
        kind: channel?.kind ?? "DINGTALK",
        groupCode: channel?.groupCode ?? "",
        enabled: channel?.enabled ?? true,
        accessKeyId: channel?.accessKeyId ?? "",
        signName: channel?.signName ?? "",
        templateCode: channel?.templateCode ?? "",
        language: channel?.language === "en" ? "en" : "zh-CN",
      }}
      onFinish={submit}
    >
      <Form.Item
        name="name"
        label={t("notify.fields.name")}
        rules={[
          {
            required: true,
            whitespace: true,
            max: LIMITS.name,
            message: t("notify.form.nameRule"),
          },
        ]}
      >
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="kind" label={t("notify.fields.kind")} rules={[{ required: true }]}>
        <Select
          disabled={!!channel}
          options={CHANNEL_KINDS.map((value) => ({ value, label: t(`notify.kind.${value}`) }))}
        />
      </Form.Item>
      {kind === "SMS" ? (
        <Typography.Paragraph type="secondary">
          {t("notify.form.smsGroupHint")}
        </Typography.Paragraph>
      ) : (
        <Form.Item
          name="groupCode"
          label={t("notify.fields.group")}
          extra={t("notify.form.groupHint")}
        >
          <Select
            options={[
              { value: "", label: t("notify.allGroups") },
              ...(groups.data ?? []).map((group) => ({
                value: group.code,
                label: english ? group.nameEn : group.nameZh,
              })),
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        name="language"
        label={t("notify.fields.language")}
        extra={t("notify.languageHint")}
      >
        <LanguageSelect />
      </Form.Item>
      <Form.Item
        name="url"
        label={t("notify.fields.url")}
        extra={
          channel
            ? t("notify.form.keepUrl", { hint: channel.endpointHint })
            : t(`notify.urlHint.${kind}`)
        }
        rules={[
          { required: !channel, message: t("notify.form.urlRule") },
          kind === "EMAIL"
            ? { pattern: MAILTO, message: t("notify.form.mailtoRule") }
            : { type: "url", message: t("notify.form.urlRule") },
          { max: LIMITS.url },
        ]}
      >
        <Input
          maxLength={LIMITS.url}
          inputMode={kind === "EMAIL" ? "email" : "url"}
          placeholder={kind === "EMAIL" ? "mailto:" : "https://"}
        />
      </Form.Item>
      <Form.Item
        name="secret"
        label={t("notify.fields.secret")}
        extra={channel?.hasSecret ? t("notify.form.keepSecret") : t(`notify.secretHint.${kind}`)}
        rules={[
          {
            required: !channel && SIGNED_KINDS.includes(kind),
            message: t("notify.form.secretRule"),
          },
          { max: LIMITS.secret },
        ]}
      >
        <Input.Password maxLength={LIMITS.secret} autoComplete="new-password" />
      </Form.Item>
      {kind === "SMS" && (
        <>
          {(["accessKeyId", "signName"] as const).map((field) => (
            <Form.Item
              key={field}
              name={field}
              label={t(`notify.fields.${field}`)}
              rules={[
                { required: !channel, whitespace: true, message: t("notify.form.smsRequired") },
                { max: LIMITS.smsField },
              ]}
            >
              <Input maxLength={LIMITS.smsField} />
            </Form.Item>
          ))}
          <Form.Item
            name="templateCode"
            label={t("notify.fields.templateCode")}
            extra={t("notify.form.templateHint")}
            rules={[
              { required: !channel, message: t("notify.form.smsRequired") },
              { pattern: SMS_TEMPLATE, message: t("notify.form.templateRule") },
            ]}
          >
            <Input maxLength={LIMITS.smsField} placeholder="SMS_" />
          </Form.Item>
        </>
      )}
      <Form.Item name="enabled" label={t("notify.fields.enabled")} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormDrawer>
  );
}
