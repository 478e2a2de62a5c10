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
  Radio,
  Select,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { isStale, splitFieldErrors } from "@/lib/field-path";
import {
  INCIDENT_CATEGORIES,
  KINDS,
  LIMITS,
  RISK_SUB_TYPES,
  useCreateArticle,
  useUpdateArticle,
  type Article,
  type ArticleInput,
  type ArticleKind,
} from "../api/articles";

export interface ArticleFormValues {
  kind: ArticleKind;
  title: string;
  summary?: string;
  incidentCategories?: string[];
  riskSubTypes?: string[];
  steps?: { title?: string; detail?: string }[];
}

const FIELDS = ["kind", "title", "summary", "incidentCategories", "riskSubTypes", "steps"];

/** What the form sends: text trimmed, steps without a title or detail dropped. */
export function toArticleInput(values: ArticleFormValues): ArticleInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    summary: values.summary?.trim() ?? "",
    incidentCategories: values.incidentCategories ?? [],
    riskSubTypes: values.riskSubTypes ?? [],
    steps: (values.steps ?? [])
      .map((step) => ({ title: step?.title?.trim() ?? "", detail: step?.detail?.trim() ?? "" }))
      .filter((step) => step.title !== "" || step.detail !== ""),
  };
}

function toFormValues(article: Article | undefined): ArticleFormValues {
  if (!article) return { kind: "RUNBOOK", title: "", steps: [{ title: "", detail: "" }] };
  return {
    kind: article.kind,
    title: article.title,
    summary: article.summary,
    incidentCategories: article.incidentCategories,
    riskSubTypes: article.riskSubTypes,
    steps: article.steps.map((step) => ({ title: step.title, detail: step.detail ?? "" })),
  };
}

/**
 * Writes an article, or a new version of one: the edit is sent with the version the user started
 * from, so a version someone saved meanwhile is never overwritten silently.
 */
export function ArticleFormDrawer({
  article,
  onClose,
  onSaved,
  onReload,
}: {
  article?: Article;
  onClose: () => void;
  onSaved: (saved: Article) => void;
  onReload?: () => Promise<Article | undefined>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const [form] = Form.useForm<ArticleFormValues>();
  // The version the user started from; a background refetch must not move it.
  const [base, setBase] = useState(article);
  const create = useCreateArticle();
  const update = useUpdateArticle(article?.id ?? 0);
  const save = base ? update : create;
  const error = save.error;
  const stale = isStale(error);
  const { unplaced } = splitFieldErrors(error, FIELDS);

  const submit = (values: ArticleFormValues) => {
    const input = toArticleInput(values);
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
    const onSuccess = (saved: Article) => {
      void message.success(base ? t("knowledge.form.saved") : t("knowledge.form.created"));
      onSaved(saved);
    };
    if (base) update.mutate({ version: base.version, input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const reload = async () => {
    const latest = await onReload?.();
    if (!latest) return;
    setBase(latest);
    form.resetFields();
    form.setFieldsValue(toFormValues(latest));
    update.reset();
    void message.info(t("knowledge.form.reloaded"));
  };

  const field = (key: string) => t(`knowledge.fields.${key}`);
  const tooLong = (key: string, max: number) => ({
    max,
    message: t("knowledge.form.tooLong", { field: field(key), max }),
  });

  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? 640 : "100%"}
      title={base ? t("knowledge.form.editTitle") : t("knowledge.form.createTitle")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("knowledge.form.cancel")}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={stale}
            onClick={() => form.submit()}
          >
            {base ? t("knowledge.form.save") : t("knowledge.form.create")}
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
          title={t("knowledge.form.stale")}
          action={
            onReload && (
              <Button size="small" onClick={() => void reload()}>
                {t("knowledge.form.reload")}
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
      <Form<ArticleFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(base)}
        onFinish={submit}
        disabled={save.isPending}
        scrollToFirstError
      >
        <Form.Item name="kind" label={field("kind")} extra={t("knowledge.form.kindHint")}>
          <Radio.Group
            optionType="button"
            options={KINDS.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={field("title")}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("knowledge.form.required", { field: field("title") }),
            },
            tooLong("title", LIMITS.title),
          ]}
        >
          <Input maxLength={LIMITS.title} placeholder={t("knowledge.form.titlePlaceholder")} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={field("summary")}
          rules={[tooLong("summary", LIMITS.summary)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={LIMITS.summary}
            placeholder={t("knowledge.form.summaryPlaceholder")}
          />
        </Form.Item>
        <Form.Item
          name="incidentCategories"
          label={field("incidentCategories")}
          extra={t("knowledge.form.categoriesHint")}
        >
          <Select
            mode="multiple"
            virtual={false}
            maxCount={LIMITS.tags}
            options={INCIDENT_CATEGORIES.map((value) => ({
              value,
              label: t(`warRoom.category.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="riskSubTypes" label={field("riskSubTypes")}>
          <Select
            mode="multiple"
            virtual={false}
            maxCount={LIMITS.tags}
            options={RISK_SUB_TYPES.map((value) => ({
              value,
              label: t(`risk.subType.${value}`),
            }))}
          />
        </Form.Item>

        <Typography.Text strong>{field("steps")}</Typography.Text>
        <Form.List
          name="steps"
          rules={[
            {
              validator: async (_, steps?: unknown[]) => {
                if (!steps || steps.length === 0) throw new Error(t("knowledge.form.noSteps"));
              },
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid="step-editor">
              {fields.map((item, index) => (
                <Card
                  key={item.key}
                  size="small"
                  title={t("knowledge.form.stepN", { n: index + 1 })}
                  extra={
                    <Flex gap={4}>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        disabled={index === 0}
                        aria-label={t("knowledge.form.moveUp", { n: index + 1 })}
                        onClick={() => move(index, index - 1)}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        disabled={index === fields.length - 1}
                        aria-label={t("knowledge.form.moveDown", { n: index + 1 })}
                        onClick={() => move(index, index + 1)}
                      />
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t("knowledge.form.removeStep", { n: index + 1 })}
                        onClick={() => remove(item.name)}
                      />
                    </Flex>
                  }
                >
                  <Form.Item
                    name={[item.name, "title"]}
                    label={t("knowledge.form.stepTitle")}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t("knowledge.form.stepTitleRequired"),
                      },
                      tooLong("stepTitle", LIMITS.stepTitle),
                    ]}
                  >
                    <Input
                      maxLength={LIMITS.stepTitle}
                      aria-label={t("knowledge.form.stepTitleN", { n: index + 1 })}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, "detail"]}
                    label={t("knowledge.form.stepDetail")}
                    rules={[tooLong("stepDetail", LIMITS.stepDetail)]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 2, maxRows: 8 }}
                      maxLength={LIMITS.stepDetail}
                      aria-label={t("knowledge.form.stepDetailN", { n: index + 1 })}
                    />
                  </Form.Item>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= LIMITS.steps}
                onClick={() => add({ title: "", detail: "" })}
              >
                {t("knowledge.form.addStep")}
              </Button>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
