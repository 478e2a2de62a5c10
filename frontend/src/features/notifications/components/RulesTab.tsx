import { EditOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
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

type Values = Record<PageGrade, string[]>;

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
        </Card>
      ))}
      {editing && <RuleForm rule={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

function RuleForm({ rule, onClose }: { rule: NotificationRule; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const groups = useResponseGroups();
  const save = useSaveRule(rule);
  const english = i18n.language.startsWith("en");
  const options = (groups.data ?? []).map((g) => ({
    value: g.code,
    label: english ? g.nameEn : g.nameZh,
  }));
  const initial = Object.fromEntries(
    PAGE_GRADES.map((grade) => [grade, rule.groups[grade] ?? []]),
  ) as Values;
  return (
    <FormDrawer<Values>
      form={form}
      text={{
        title: t("rules.editN", { name: t(`rules.event.${rule.event}`) }),
        cancel: t("notify.form.cancel"),
        submit: t("notify.form.save"),
        stale: t("notify.form.stale"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={["groups"]}
      onClose={onClose}
      initialValues={initial}
      onFinish={(values) =>
        save.mutate(
          { groups: values },
          {
            onSuccess: () => {
              void message.success(t("rules.saved"));
              onClose();
            },
            onError: (failure) => placeFieldErrors(form, failure, ["groups"]),
          },
        )
      }
    >
      {PAGE_GRADES.map((grade) => (
        <Form.Item key={grade} name={grade} label={t(`mySettings.grade.${grade}`)}>
          <Select mode="multiple" allowClear options={options} placeholder={t("rules.nobody")} />
        </Form.Item>
      ))}
    </FormDrawer>
  );
}
