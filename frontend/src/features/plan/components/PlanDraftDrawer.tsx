import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { isStale, splitFieldErrors } from "@/lib/field-path";
import {
  LIMITS,
  useDraftPlan,
  useEditDraft,
  type DraftInput,
  type PlanDocument,
} from "../api/plan";

export interface DraftFormValues {
  title: string;
  changeSummary?: string;
  reviewIntervalDays: number;
  sections?: { heading?: string; body?: string }[];
}

const FIELDS = ["title", "changeSummary", "reviewIntervalDays", "sections"];

export function toDraftInput(values: DraftFormValues): DraftInput {
  return {
    title: values.title.trim(),
    changeSummary: values.changeSummary?.trim() ?? "",
    reviewIntervalDays: values.reviewIntervalDays,
    sections: (values.sections ?? []).map((section) => ({
      heading: section?.heading?.trim() ?? "",
      body: section?.body ?? "",
    })),
  };
}

/** A draft to edit, or — for a new draft — the published plan to start from. */
export function draftValues(document: PlanDocument | null | undefined): DraftFormValues {
  if (!document) {
    return { title: "", reviewIntervalDays: 365, sections: [{ heading: "", body: "" }] };
  }
  return {
    title: document.summary.title,
    changeSummary: document.summary.status === "DRAFT" ? document.summary.changeSummary : "",
    reviewIntervalDays: document.summary.reviewIntervalDays,
    sections: document.sections.map((section) => ({ ...section })),
  };
}

/**
 * Starts a draft (from the given plan) or edits one; edits carry the version the user started
 * from, so a change saved meanwhile is never overwritten silently.
 */
export function PlanDraftDrawer({
  draft,
  startFrom,
  onClose,
  onSaved,
  onReload,
}: {
  /** The draft to edit; none to start a new one. */
  draft?: PlanDocument;
  /** What a new draft starts from (the published plan, if any). */
  startFrom?: PlanDocument | null;
  onClose: () => void;
  onSaved: (saved: PlanDocument) => void;
  onReload?: () => Promise<PlanDocument | undefined>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const [form] = Form.useForm<DraftFormValues>();
  const [base, setBase] = useState(draft);
  const create = useDraftPlan();
  const edit = useEditDraft(draft?.summary.id ?? 0);
  const save = base ? edit : create;
  const error = save.error;
  const stale = isStale(error);
  const { unplaced } = splitFieldErrors(error, FIELDS);

  const submit = (values: DraftFormValues) => {
    const input = toDraftInput(values);
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
    const onSuccess = (saved: PlanDocument) => {
      void message.success(base ? t("plan.form.saved") : t("plan.form.created"));
      onSaved(saved);
    };
    if (base) edit.mutate({ version: base.summary.version, input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const reload = async () => {
    const latest = await onReload?.();
    if (!latest) return;
    setBase(latest);
    form.resetFields();
    form.setFieldsValue(draftValues(latest));
    edit.reset();
    void message.info(t("plan.form.reloaded"));
  };

  const field = (key: string) => t(`plan.fields.${key}`);
  const tooLong = (key: string, max: number) => ({
    max,
    message: t("plan.form.tooLong", { field: field(key), max }),
  });
  const required = (key: string) => ({
    required: true,
    whitespace: true,
    message: t("plan.form.required", { field: field(key) }),
  });

  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? 720 : "100%"}
      title={
        base
          ? t("plan.form.editTitle", { number: base.summary.number })
          : t("plan.form.createTitle")
      }
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("plan.form.cancel")}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={stale}
            onClick={() => form.submit()}
          >
            {base ? t("plan.form.save") : t("plan.form.create")}
          </Button>
        </Flex>
      }
    >
      {!base && (
        <Typography.Paragraph type="secondary">
          {startFrom ? t("plan.form.startsFromPublished") : t("plan.form.startsEmpty")}
        </Typography.Paragraph>
      )}
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t("plan.form.stale")}
          action={
            onReload && (
              <Button size="small" onClick={() => void reload()}>
                {t("plan.form.reload")}
              </Button>
            )
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
      <Form<DraftFormValues>
        form={form}
        layout="vertical"
        initialValues={draftValues(base ?? startFrom)}
        onFinish={submit}
        disabled={save.isPending}
        scrollToFirstError
      >
        <Form.Item
          name="title"
          label={field("title")}
          rules={[required("title"), tooLong("title", LIMITS.title)]}
        >
          <Input maxLength={LIMITS.title} />
        </Form.Item>
        <Form.Item
          name="changeSummary"
          label={field("changeSummary")}
          rules={[tooLong("changeSummary", LIMITS.changeSummary)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={LIMITS.changeSummary}
            placeholder={t("plan.form.changeSummaryPlaceholder")}
          />
        </Form.Item>
        <Form.Item
          name="reviewIntervalDays"
          label={field("reviewIntervalDays")}
          extra={t("plan.form.intervalHint")}
          rules={[
            {
              required: true,
              type: "integer",
              min: LIMITS.minInterval,
              max: LIMITS.maxInterval,
              message: t("plan.form.intervalRange", {
                min: LIMITS.minInterval,
                max: LIMITS.maxInterval,
              }),
            },
          ]}
        >
          <InputNumber
            min={LIMITS.minInterval}
            max={LIMITS.maxInterval}
            precision={0}
            style={{ width: 160 }}
            suffix={t("plan.form.days")}
          />
        </Form.Item>

        <Typography.Text strong>{field("sections")}</Typography.Text>
        <Form.List
          name="sections"
          rules={[
            {
              validator: async (_, sections?: unknown[]) => {
                if (!sections || sections.length === 0) {
                  throw new Error(t("plan.form.noSections"));
                }
              },
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map((item, index) => (
                <Card
                  key={item.key}
                  size="small"
                  title={t("plan.form.sectionN", { n: index + 1 })}
                  extra={
                    <Flex gap={4}>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        disabled={index === 0}
                        aria-label={t("plan.form.moveUp", { n: index + 1 })}
                        onClick={() => move(index, index - 1)}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        disabled={index === fields.length - 1}
                        aria-label={t("plan.form.moveDown", { n: index + 1 })}
                        onClick={() => move(index, index + 1)}
                      />
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t("plan.form.removeSection", { n: index + 1 })}
                        onClick={() => remove(item.name)}
                      />
                    </Flex>
                  }
                >
                  <Form.Item
                    name={[item.name, "heading"]}
                    label={field("heading")}
                    rules={[required("heading"), tooLong("heading", LIMITS.heading)]}
                  >
                    <Input
                      maxLength={LIMITS.heading}
                      aria-label={t("plan.form.headingN", { n: index + 1 })}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, "body"]}
                    label={field("body")}
                    rules={[tooLong("body", LIMITS.body)]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 4, maxRows: 16 }}
                      maxLength={LIMITS.body}
                      aria-label={t("plan.form.bodyN", { n: index + 1 })}
                    />
                  </Form.Item>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= LIMITS.sections}
                onClick={() => add({ heading: "", body: "" })}
              >
                {t("plan.form.addSection")}
              </Button>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
