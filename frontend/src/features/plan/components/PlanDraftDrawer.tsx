import { App, Form, Input, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors, useEditBase } from "@/components/FormDrawer";
import { OrderedListEditor } from "@/components/OrderedListEditor";
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
  const [form] = Form.useForm<DraftFormValues>();
  const { base, reload } = useEditBase(draft, form, draftValues);
  const create = useDraftPlan();
  const edit = useEditDraft(draft?.summary.id ?? 0);
  const save = base ? edit : create;

  const submit = (values: DraftFormValues) => {
    const input = toDraftInput(values);
    const onError = (failure: Error) => placeFieldErrors(form, failure, FIELDS);
    const onSuccess = (saved: PlanDocument) => {
      void message.success(base ? t("plan.form.saved") : t("plan.form.created"));
      onSaved(saved);
    };
    if (base) edit.mutate({ version: base.summary.version, input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const reloadLatest = () =>
    void reload(
      () => onReload?.() ?? Promise.resolve(undefined),
      () => {
        edit.reset();
        void message.info(t("plan.form.reloaded"));
      },
    );

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
    <FormDrawer<DraftFormValues>
      form={form}
      width={720}
      text={{
        title: base
          ? t("plan.form.editTitle", { number: base.summary.number })
          : t("plan.form.createTitle"),
        cancel: t("plan.form.cancel"),
        submit: base ? t("plan.form.save") : t("plan.form.create"),
        stale: t("plan.form.stale"),
        reload: t("plan.form.reload"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={FIELDS}
      onClose={onClose}
      onReload={onReload ? reloadLatest : undefined}
      initialValues={draftValues(base ?? startFrom)}
      onFinish={submit}
    >
      {!base && (
        <Typography.Paragraph type="secondary">
          {startFrom ? t("plan.form.startsFromPublished") : t("plan.form.startsEmpty")}
        </Typography.Paragraph>
      )}
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
      <OrderedListEditor
        name="sections"
        max={LIMITS.sections}
        newItem={() => ({ heading: "", body: "" })}
        text={{
          add: t("plan.form.addSection"),
          itemTitle: (n) => t("plan.form.sectionN", { n }),
          remove: (n) => t("plan.form.removeSection", { n }),
          moveUp: (n) => t("plan.form.moveUp", { n }),
          moveDown: (n) => t("plan.form.moveDown", { n }),
        }}
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
        {(item, index) => (
          <>
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
          </>
        )}
      </OrderedListEditor>
    </FormDrawer>
  );
}
