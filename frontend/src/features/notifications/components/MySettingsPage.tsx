import { Alert, App, Button, Card, Checkbox, Form, Input, Space, Spin, Typography } from "antd";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { placeFieldErrors } from "@/components/FormDrawer";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import {
  PAGE_GRADES,
  type MessageLanguage,
  useMySettings,
  useSaveMySettings,
  type NotificationSettings,
  type PageGrade,
} from "../api/notifications";
import { LanguageSelect } from "./LanguageSelect";

interface Values {
  phone: string;
  email: string;
  smsGrades: PageGrade[];
  emailGrades: PageGrade[];
  language: MessageLanguage;
}

const FIELDS = ["phone", "email", "smsGrades", "emailGrades", "language"];
/** OrgApi.Contact's rules: digits, +, - and spaces; at most 30. */
const PHONE = /^[0-9+\- ]*$/;

function valuesOf(settings: NotificationSettings): Values {
  return {
    phone: settings.phone,
    email: settings.email,
    // Grades that always come by SMS show as chosen (and cannot be unchosen).
    smsGrades: [...new Set([...settings.smsGrades, ...settings.alwaysSmsGrades])],
    emailGrades: settings.emailGrades,
    language: settings.language === "en" ? "en" : "zh-CN",
  };
}

/**
 * 我的通知设置: when someone pages me, besides the @-mention in my group's chat, which grades also
 * come to my phone by SMS and to my mailbox; my phone and e-mail. Works on a 360 px phone.
 */
export function MySettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useMySettings();
  const save = useSaveMySettings();
  const [form] = Form.useForm<Values>();
  // A double click sends one save at a time: the second click can come before the pending state
  // re-renders; a repeat after the first has answered carries the version it made, so the user's
  // own repeat is never "changed elsewhere".
  const submitting = useRef(false);

  if (settings.isLoading) return <Spin style={{ display: "block", margin: 48 }} />;
  if (!settings.data) return <ProblemAlert error={settings.error} onRetry={settings.refetch} />;
  const current = settings.data;
  const always = new Set(current.alwaysSmsGrades);

  const submit = (values: Values) => {
    if (submitting.current) return;
    submitting.current = true;
    save.mutate(
      {
        phone: values.phone.trim(),
        email: values.email.trim(),
        smsGrades: values.smsGrades.filter((g) => !always.has(g)),
        emailGrades: values.emailGrades,
        language: values.language,
      },
      {
        onSuccess: (saved) => {
          form.setFieldsValue(valuesOf(saved));
          void message.success(t("mySettings.saved"));
        },
        onError: (failure) => placeFieldErrors(form, failure, FIELDS),
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  };
  const stale = save.error instanceof ApiError && save.error.status === 412;

  return (
    <Card
      title={t("mySettings.title")}
      style={{ maxWidth: 640, margin: "0 auto" }}
      styles={{ body: { paddingTop: 8 } }}
    >
      <Typography.Paragraph type="secondary">{t("mySettings.hint")}</Typography.Paragraph>
      {!current.smsAvailable && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t("mySettings.noSms")}
        />
      )}
      {stale ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t("mySettings.stale")}
          action={
            <Button
              size="small"
              onClick={() =>
                void settings.refetch().then((fresh) => {
                  if (fresh.data) form.setFieldsValue(valuesOf(fresh.data));
                  save.reset();
                })
              }
            >
              {t("mySettings.reload")}
            </Button>
          }
        />
      ) : (
        save.error && <ProblemAlert error={save.error} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={valuesOf(current)}
        onFinish={submit}
        disabled={save.isPending}
      >
        <Form.Item
          name="phone"
          label={t("mySettings.phone")}
          extra={t("mySettings.phoneHint")}
          rules={[
            { pattern: PHONE, message: t("mySettings.phoneRule") },
            { max: 30, message: t("mySettings.phoneRule") },
          ]}
        >
          <Input inputMode="tel" autoComplete="tel" maxLength={30} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t("mySettings.email")}
          rules={[{ type: "email", message: t("mySettings.emailRule") }, { max: 200 }]}
        >
          <Input inputMode="email" autoComplete="email" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="smsGrades"
          label={t("mySettings.smsGrades")}
          extra={t("mySettings.alwaysSms")}
        >
          <Checkbox.Group
            options={PAGE_GRADES.map((grade) => ({
              value: grade,
              label: t(`mySettings.grade.${grade}`),
              disabled: always.has(grade),
            }))}
          />
        </Form.Item>
        <Form.Item name="emailGrades" label={t("mySettings.emailGrades")}>
          <Checkbox.Group
            options={PAGE_GRADES.map((grade) => ({
              value: grade,
              label: t(`mySettings.grade.${grade}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="language"
          label={t("mySettings.language")}
          extra={t("mySettings.languageHint")}
        >
          <LanguageSelect />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("mySettings.save")}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
