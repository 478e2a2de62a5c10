import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Select,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { splitFieldErrors } from "@/lib/field-path";
import { useResponseGroups } from "../api/notifications";
import {
  LIMITS,
  TARGETS,
  useSavePolicy,
  type EscalationPolicy,
  type PolicyInput,
} from "../api/escalation";

const FIELDS = ["name", "repeatTimes", "steps"];

/** Writes a policy's ordered steps: whom each pages, and how long it waits for an answer. */
export function PolicyFormDrawer({
  policy,
  onClose,
}: {
  policy?: EscalationPolicy;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const [form] = Form.useForm<PolicyInput>();
  const groups = useResponseGroups();
  const save = useSavePolicy(policy);
  const { unplaced } = splitFieldErrors(save.error, FIELDS);
  const english = i18n.language.startsWith("en");

  const submit = (values: PolicyInput) => {
    save.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: () => {
          void message.success(t("escalation.saved"));
          onClose();
        },
        onError: (failure) => {
          if (failure instanceof ApiError) {
            form.setFields(
              splitFieldErrors(failure, FIELDS).placed.map(({ name, errors }) => ({
                name: name as never,
                errors,
              })),
            );
          }
        },
      },
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? 640 : "100%"}
      title={policy ? t("escalation.editTitle") : t("escalation.createTitle")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("notify.form.cancel")}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t("notify.form.save")}
          </Button>
        </Flex>
      }
    >
      {save.error && (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <ProblemAlert error={save.error} />
          {unplaced.map((e) => (
            <Typography.Text key={e.field} type="danger">
              {e.field}: {e.message}
            </Typography.Text>
          ))}
        </Flex>
      )}
      <Form<PolicyInput>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        onFinish={submit}
        initialValues={{
          name: policy?.name ?? "",
          repeatTimes: policy?.repeatTimes ?? 1,
          steps: policy?.steps.map((s) => ({
            target: s.target,
            groupCode: s.groupCode,
            personSubject: s.personSubject,
            waitMinutes: s.waitMinutes,
          })) ?? [{ target: "ON_DUTY", groupCode: "TECHNICAL", waitMinutes: 5 }],
        }}
      >
        <Form.Item
          name="name"
          label={t("escalation.fields.name")}
          rules={[{ required: true, whitespace: true, max: LIMITS.name }]}
        >
          <Input maxLength={LIMITS.name} />
        </Form.Item>
        <Form.List name="steps">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t("escalation.stepN", { position: index + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t("escalation.removeStep", { position: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    )
                  }
                >
                  <Flex gap={8} wrap>
                    <Form.Item
                      name={[field.name, "target"]}
                      label={t("escalation.fields.target")}
                      rules={[{ required: true }]}
                      style={{ flex: 1, minWidth: 150 }}
                    >
                      <Select
                        options={TARGETS.map((value) => ({
                          value,
                          label: t(`escalation.targetKind.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "groupCode"]}
                      label={t("escalation.fields.group")}
                      style={{ flex: 1, minWidth: 150 }}
                    >
                      <Select
                        allowClear
                        options={(groups.data ?? []).map((g) => ({
                          value: g.code,
                          label: english ? g.nameEn : g.nameZh,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "waitMinutes"]}
                      label={t("escalation.fields.wait")}
                      rules={[
                        {
                          required: true,
                          type: "integer",
                          min: LIMITS.wait[0],
                          max: LIMITS.wait[1],
                          message: t("escalation.waitRule"),
                        },
                      ]}
                      style={{ width: 130 }}
                    >
                      <InputNumber
                        min={LIMITS.wait[0]}
                        max={LIMITS.wait[1]}
                        precision={0}
                        suffix={t("escalation.minutes")}
                        style={{ width: "100%" }}
                      />
                    </Form.Item>
                  </Flex>
                  <Form.Item
                    noStyle
                    shouldUpdate={(a, b) => a.steps?.[index]?.target !== b.steps?.[index]?.target}
                  >
                    {() =>
                      form.getFieldValue(["steps", field.name, "target"]) === "PERSON" && (
                        <Form.Item
                          name={[field.name, "personSubject"]}
                          label={t("escalation.fields.person")}
                          rules={[{ required: true, whitespace: true }]}
                        >
                          <Input maxLength={255} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                </Card>
              ))}
              {fields.length < LIMITS.steps && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ target: "COMMANDER", waitMinutes: 5 })}
                >
                  {t("escalation.addStep")}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
        <Form.Item
          name="repeatTimes"
          label={t("escalation.fields.repeat")}
          rules={[{ required: true, type: "integer", min: 0, max: 5 }]}
        >
          <InputNumber min={0} max={5} precision={0} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
