import { App, Form, Input, Radio, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors, useEditBase } from "@/components/FormDrawer";
import { OrderedListEditor } from "@/components/OrderedListEditor";
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
  const [form] = Form.useForm<ArticleFormValues>();
  const { base, reload } = useEditBase(article, form, toFormValues);
  const create = useCreateArticle();
  const update = useUpdateArticle(article?.id ?? 0);
  const save = base ? update : create;

  const submit = (values: ArticleFormValues) => {
    const input = toArticleInput(values);
    const onError = (failure: Error) => placeFieldErrors(form, failure, FIELDS);
    const onSuccess = (saved: Article) => {
      void message.success(base ? t("knowledge.form.saved") : t("knowledge.form.created"));
      onSaved(saved);
    };
    if (base) update.mutate({ version: base.version, input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const reloadLatest = () =>
    void reload(
      () => onReload?.() ?? Promise.resolve(undefined),
      () => {
        update.reset();
        void message.info(t("knowledge.form.reloaded"));
      },
    );

  const field = (key: string) => t(`knowledge.fields.${key}`);
  const tooLong = (key: string, max: number) => ({
    max,
    message: t("knowledge.form.tooLong", { field: field(key), max }),
  });

  return (
    <FormDrawer<ArticleFormValues>
      form={form}
      width={640}
      text={{
        title: base ? t("knowledge.form.editTitle") : t("knowledge.form.createTitle"),
        cancel: t("knowledge.form.cancel"),
        submit: base ? t("knowledge.form.save") : t("knowledge.form.create"),
        stale: t("knowledge.form.stale"),
        reload: t("knowledge.form.reload"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={FIELDS}
      onClose={onClose}
      onReload={onReload ? reloadLatest : undefined}
      initialValues={toFormValues(base)}
      onFinish={submit}
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
      <OrderedListEditor
        name="steps"
        max={LIMITS.steps}
        testId="step-editor"
        newItem={() => ({ title: "", detail: "" })}
        text={{
          add: t("knowledge.form.addStep"),
          itemTitle: (n) => t("knowledge.form.stepN", { n }),
          remove: (n) => t("knowledge.form.removeStep", { n }),
          moveUp: (n) => t("knowledge.form.moveUp", { n }),
          moveDown: (n) => t("knowledge.form.moveDown", { n }),
        }}
        rules={[
          {
            validator: async (_, steps?: unknown[]) => {
              if (!steps || steps.length === 0) throw new Error(t("knowledge.form.noSteps"));
            },
          },
        ]}
      >
        {(item, index) => (
          <>
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
          </>
        )}
      </OrderedListEditor>
    </FormDrawer>
  );
}
