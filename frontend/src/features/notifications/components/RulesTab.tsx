import { EditOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors } from "@/components/FormDrawer";
import { ProblemAlert } from "@/components/ProblemAlert";
import {
  PAGE_GRADES,
  useResponseGroups,
  useRules,
  useSaveRule,
  type NotificationRule,
  type PageGrade,
} from "../api/notifications";

interface Values {
  groups: Record<PageGrade, string[]>;
  headline?: string;
}

/** The variables a rule's own headline may use (the server refuses any other). */
const HEADLINE_VARIABLES = ["id", "title", "grade", "event", "group", "time"].map(
  (name) => `{{${name}}}`,
);

/** 通知规则: for each incident event, which groups' chats hear of it at each grade. */
export function RulesTab({ admin }: { admin: boolean }) {
  const { t, i18n } = useTranslation();
  const rules = useRules();
  const groups = useResponseGroups();
  const [editing, setEditing] = useState<NotificationRule | null>(null);
  const english = i18n.language.startsWith("en");
  const groupName = (code: string) => {
    const group = groups.data?.find((g) => g.code === code);
    return group ? (english ? group.nameEn : group.nameZh) : code;
  };

  if (rules.isLoading) return <Skeleton active />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t("rules.hint")}</Typography.Text>
      {rules.error && <ProblemAlert error={rules.error} onRetry={() => void rules.refetch()} />}
      {(rules.data ?? []).map((rule) => (
        <Card
          key={rule.event}
          size="small"
          title={t(`rules.event.${rule.event}`, { defaultValue: rule.event })}
          extra={
            admin && (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t("rules.editN", {
                  name: t(`rules.event.${rule.event}`, { defaultValue: rule.event }),
                })}
                onClick={() => setEditing(rule)}
              >
                {t("rules.edit")}
              </Button>
            )
          }
        >
          <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
            {PAGE_GRADES.map((grade) => (
              <Descriptions.Item key={grade} label={t(`mySettings.grade.${grade}`)}>
                <Flex gap={4} wrap>
                  {(rule.groups[grade] ?? []).length === 0 ? (
                    <Typography.Text type="secondary">{t("rules.nobody")}</Typography.Text>
                  ) : (
                    (rule.groups[grade] ?? []).map((code) => (
                      <Tag key={code} style={{ whiteSpace: "normal" }}>
                        {groupName(code)}
                      </Tag>
                    ))
                  )}
                </Flex>
              </Descriptions.Item>
            ))}
          </Descriptions>
          {rule.headline && (
            <Typography.Text type="secondary" data-testid={`rule-headline-${rule.event}`}>
              {t("rules.headlineShown")}
              <Typography.Text code>{rule.headline}</Typography.Text>
            </Typography.Text>
          )}
        </Card>
      ))}
      {editing && <RuleForm rule={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

/**
 * One event's groups per grade. After a change elsewhere (412) it reloads the latest rule into the
 * form; the server's field errors (groups.MAJOR[1]) land on the grade's select.
 */
function RuleForm({ rule, onClose }: { rule: NotificationRule; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const groups = useResponseGroups();
  const rules = useRules();
  const [base, setBase] = useState(rule);
  const save = useSaveRule(base);
  const english = i18n.language.startsWith("en");
  const options = (groups.data ?? []).map((g) => ({
    value: g.code,
    label: english ? g.nameEn : g.nameZh,
  }));
  const valuesOf = (r: NotificationRule): Values => ({
    groups: Object.fromEntries(
      PAGE_GRADES.map((grade) => [grade, r.groups[grade] ?? []]),
    ) as Record<PageGrade, string[]>,
    headline: r.headline ?? "",
  });
  const reload = () =>
    void rules.refetch().then((fresh) => {
      const latest = fresh.data?.find((r) => r.event === rule.event);
      if (!latest) return;
      setBase(latest);
      form.setFieldsValue(valuesOf(latest));
      save.reset();
    });
  return (
    <FormDrawer<Values>
      form={form}
      text={{
        title: t("rules.editN", { name: t(`rules.event.${rule.event}`) }),
        cancel: t("notify.form.cancel"),
        submit: t("notify.form.save"),
        stale: t("rules.stale"),
        reload: t("rules.reload"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={["groups", "headline"]}
      onClose={onClose}
      onReload={reload}
      initialValues={valuesOf(rule)}
      onFinish={(values) =>
        save.mutate(
          { groups: values.groups, headline: values.headline ?? "" },
          {
            onSuccess: () => {
              void message.success(t("rules.saved"));
              onClose();
            },
            onError: (failure) => placeFieldErrors(form, failure, ["groups", "headline"]),
          },
        )
      }
    >
      {PAGE_GRADES.map((grade) => (
        <Form.Item key={grade} name={["groups", grade]} label={t(`mySettings.grade.${grade}`)}>
          <Select mode="multiple" allowClear options={options} placeholder={t("rules.nobody")} />
        </Form.Item>
      ))}
      <Form.Item
        name="headline"
        label={t("rules.headline")}
        rules={[{ max: 200, message: t("rules.headlineTooLong") }]}
        extra={
          <>
            {t("rules.headlineHelp")}{" "}
            {HEADLINE_VARIABLES.map((variable) => (
              <Typography.Text key={variable} code>
                {variable}
              </Typography.Text>
            ))}
          </>
        }
      >
        <Input maxLength={200} placeholder={t("rules.headlinePlaceholder")} allowClear />
      </Form.Item>
    </FormDrawer>
  );
}
