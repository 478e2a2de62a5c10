import {
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import {
  BUSINESS_LINES,
  CATEGORIES,
  GRADES,
  RULE_ACTIONS,
  useRules,
  useSaveRules,
  type AlertRule,
} from "../api/rules";
import { MATCH_FIELDS } from "../api/silences";

/** The ordered rules of one integration: the first that matches an alert decides. */
export function RulesEditor({
  integrationId,
  name,
  onClose,
}: {
  integrationId: number;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useRules(integrationId);
  const save = useSaveRules(integrationId);
  // Untyped form: server field paths such as [2].matcher.pattern are mapped onto it as they come.
  const [form] = Form.useForm();

  useEffect(() => {
    if (rules.data) form.setFieldsValue({ rules: rules.data });
  }, [rules.data, form]);

  const submit = async () => {
    const values = (await form.validateFields()) as { rules?: AlertRule[] };
    try {
      await save.mutateAsync(values.rules ?? []);
      void message.success(t("detection.rulesSaved"));
    } catch (error) {
      if (error instanceof ApiError) {
        form.setFields(
          error.fieldErrors.flatMap((fieldError) => {
            const match = /^\[(\d+)\]\.(.+)$/.exec(fieldError.field);
            return match
              ? [
                  {
                    name: ["rules", Number(match[1]), ...match[2].split(".")],
                    errors: [fieldError.message],
                  },
                ]
              : [];
          }),
        );
      }
    }
  };

  return (
    <Drawer open onClose={onClose} title={t("detection.rulesOf", { name })} size={560}>
      <Typography.Paragraph type="secondary">{t("detection.rulesHint")}</Typography.Paragraph>
      {rules.error && <ProblemAlert error={rules.error} />}
      <Form form={form} layout="vertical">
        <Form.List name="rules">
          {(fields, { add, remove, move }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={`#${index + 1}`}
                  extra={
                    <Flex gap={4}>
                      <Button
                        size="small"
                        disabled={index === 0}
                        onClick={() => move(index, index - 1)}
                      >
                        ↑
                      </Button>
                      <Button size="small" danger onClick={() => remove(field.name)}>
                        {t("detection.removeRule")}
                      </Button>
                    </Flex>
                  }
                >
                  <Form.Item
                    name={[field.name, "name"]}
                    label={t("detection.name")}
                    rules={[
                      { required: true, whitespace: true, message: t("detection.nameRequired") },
                    ]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                  <Flex gap={8} wrap>
                    <Form.Item
                      name={[field.name, "matcher", "field"]}
                      label={t("detection.matchField")}
                    >
                      <Select
                        style={{ width: 130 }}
                        options={MATCH_FIELDS.map((value) => ({ value, label: value }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "matcher", "label"]}
                      label={t("detection.labelName")}
                    >
                      <Input maxLength={100} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "matcher", "pattern"]}
                      label={t("detection.pattern")}
                      rules={[{ required: true, message: t("detection.patternRequired") }]}
                      style={{ flex: 1, minWidth: 160 }}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Flex>
                  <Flex gap={8} wrap>
                    <Form.Item name={[field.name, "action"]} label={t("detection.action")}>
                      <Select
                        style={{ width: 160 }}
                        options={RULE_ACTIONS.map((value) => ({
                          value,
                          label: t(`detection.ruleAction.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "category"]}
                      label={t("warRoom.assessment.category")}
                    >
                      <Select
                        allowClear
                        style={{ width: 160 }}
                        options={CATEGORIES.map((value) => ({
                          value,
                          label: t(`warRoom.category.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "businessLine"]}
                      label={t("incident.fields.businessLines")}
                      tooltip={t("detection.fromLabels")}
                    >
                      <Select
                        allowClear
                        style={{ width: 140 }}
                        options={BUSINESS_LINES.map((value) => ({
                          value,
                          label: t(`incident.businessLine.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "proposedGrade"]}
                      label={t("detection.proposedGrade")}
                      tooltip={t("detection.fromLabels")}
                    >
                      <Select
                        allowClear
                        style={{ width: 110 }}
                        options={GRADES.map((value) => ({
                          value,
                          label: t(`warRoom.grade.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "windowMinutes"]}
                      label={t("detection.windowMinutes")}
                    >
                      <InputNumber min={1} max={10080} style={{ width: 110 }} />
                    </Form.Item>
                  </Flex>
                  <Form.Item
                    name={[field.name, "titleTemplate"]}
                    label={t("detection.titleTemplate")}
                  >
                    <Input maxLength={200} placeholder="{summary}" />
                  </Form.Item>
                </Card>
              ))}
              <Button
                onClick={() =>
                  add({
                    name: "",
                    matcher: { field: "SUMMARY", pattern: "" },
                    action: "OPEN_INCIDENT",
                  })
                }
              >
                {t("detection.addRule")}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
      {save.error && <ProblemAlert error={save.error} />}
      <Button
        type="primary"
        block
        style={{ marginTop: 16 }}
        loading={save.isPending}
        onClick={() => void submit().catch(() => undefined)}
      >
        {t("detection.saveRules")}
      </Button>
    </Drawer>
  );
}
