import { App, Checkbox, Flex, Form, Input, InputNumber, Select } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors } from "@/components/FormDrawer";
import { OrderedListEditor } from "@/components/OrderedListEditor";
import { useResponseGroups } from "../api/notifications";
import {
  LIMITS,
  MEDIA,
  TARGETS,
  useSavePolicy,
  type EscalationPolicy,
  type PolicyInput,
} from "../api/escalation";

const FIELDS = ["name", "repeatTimes", "steps", "afterActivation"];
const GRADES = ["GENERAL", "SERIOUS", "MAJOR"] as const;

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
  const [form] = Form.useForm<PolicyInput>();
  const groups = useResponseGroups();
  const save = useSavePolicy(policy);
  const english = i18n.language.startsWith("en");

  const submit = (values: PolicyInput) => {
    save.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: () => {
          void message.success(t("escalation.saved"));
          onClose();
        },
        onError: (failure) => placeFieldErrors(form, failure, FIELDS),
      },
    );
  };

  return (
    <FormDrawer<PolicyInput>
      form={form}
      width={640}
      text={{
        title: policy ? t("escalation.editTitle") : t("escalation.createTitle"),
        cancel: t("notify.form.cancel"),
        submit: t("notify.form.save"),
        stale: t("notify.form.stale"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={FIELDS}
      onClose={onClose}
      initialValues={{
        name: policy?.name ?? "",
        repeatTimes: policy?.repeatTimes ?? 1,
        afterActivation: policy?.afterActivation ?? [],
        steps: policy?.steps.map((s) => ({
          target: s.target,
          groupCode: s.groupCode,
          personSubject: s.personSubject,
          waitMinutes: s.waitMinutes,
          notifyBy: s.notifyBy,
        })) ?? [{ target: "ON_DUTY", groupCode: "TECHNICAL", waitMinutes: 5 }],
      }}
      onFinish={submit}
    >
      <Form.Item
        name="name"
        label={t("escalation.fields.name")}
        rules={[{ required: true, whitespace: true, max: LIMITS.name }]}
      >
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <OrderedListEditor
        name="steps"
        max={LIMITS.steps}
        minItems={1}
        newItem={() => ({ target: "COMMANDER", waitMinutes: 5 })}
        text={{
          add: t("escalation.addStep"),
          itemTitle: (n) => t("escalation.stepN", { position: n }),
          remove: (n) => t("escalation.removeStep", { position: n }),
          moveUp: (n) => t("escalation.moveUp", { position: n }),
          moveDown: (n) => t("escalation.moveDown", { position: n }),
        }}
      >
        {(field, index) => (
          <>
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
              name={[field.name, "notifyBy"]}
              label={t("escalation.fields.notifyBy")}
              extra={t("escalation.notifyByHint")}
            >
              <Checkbox.Group
                options={MEDIA.map((value) => ({ value, label: t(`notify.medium.${value}`) }))}
              />
            </Form.Item>
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
          </>
        )}
      </OrderedListEditor>
      <Form.Item
        name="repeatTimes"
        label={t("escalation.fields.repeat")}
        rules={[{ required: true, type: "integer", min: 0, max: 5 }]}
      >
        <InputNumber min={0} max={5} precision={0} />
      </Form.Item>
      <Form.Item
        name="afterActivation"
        label={t("escalation.fields.afterActivation")}
        extra={t("escalation.afterActivationHint")}
      >
        <Checkbox.Group
          options={GRADES.map((grade) => ({ value: grade, label: t(`mySettings.grade.${grade}`) }))}
        />
      </Form.Item>
    </FormDrawer>
  );
}
