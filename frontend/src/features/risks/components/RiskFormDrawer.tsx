import { App, DatePicker, Flex, Form, Grid, Input, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors, useEditBase } from "@/components/FormDrawer";
import { OrderedListEditor } from "@/components/OrderedListEditor";
import { dayjs } from "@/lib/time";
import { bandOf, useBands } from "../api/bands";
import {
  CATEGORIES,
  LEVELS,
  LIMITS,
  STATUSES,
  SUB_TYPES,
  useCreateRisk,
  useUpdateRisk,
  type Risk,
  type RiskCategory,
  type RiskInput,
  type RiskStatus,
  type RiskSubType,
} from "../api/risks";
import { useBandLabel } from "./risk-display";

export interface RiskFormValues {
  title: string;
  description?: string;
  category?: RiskCategory;
  subType?: RiskSubType;
  customSubType?: string;
  likelihood?: number;
  impact?: number;
  ownerName?: string;
  mitigations?: (string | undefined)[];
  status: RiskStatus;
  nextReviewOn?: Dayjs;
}

const FIELDS = [
  "title",
  "description",
  "category",
  "subType",
  "customSubType",
  "likelihood",
  "impact",
  "ownerName",
  "mitigations",
  "status",
  "nextReviewOn",
] as const;

/** What the form sends: text trimmed, empty mitigations dropped, a custom name only for CUSTOM. */
export function toRiskInput(values: RiskFormValues): RiskInput {
  const custom = values.subType === "CUSTOM";
  return {
    title: values.title.trim(),
    description: values.description?.trim() ?? "",
    category: values.category!,
    subType: values.subType!,
    customSubType: custom ? values.customSubType?.trim() : undefined,
    likelihood: values.likelihood!,
    impact: values.impact!,
    ownerName: values.ownerName?.trim() ?? "",
    mitigations: (values.mitigations ?? [])
      .map((mitigation) => mitigation?.trim() ?? "")
      .filter((mitigation) => mitigation !== ""),
    status: values.status,
    nextReviewOn: values.nextReviewOn!.format("YYYY-MM-DD"),
  };
}

function toFormValues(risk: Risk | undefined): Partial<RiskFormValues> {
  if (!risk) return { status: "OPEN", mitigations: [], nextReviewOn: dayjs().add(90, "day") };
  return {
    title: risk.title,
    description: risk.description,
    category: risk.category,
    subType: risk.subType,
    customSubType: risk.customSubType,
    likelihood: risk.likelihood,
    impact: risk.impact,
    ownerName: risk.ownerName,
    mitigations: risk.mitigations,
    status: risk.status,
    nextReviewOn: dayjs(risk.nextReviewOn),
  };
}

/**
 * Registers a risk, or changes one: the change is sent with the version the user started from,
 * so a change someone made meanwhile is never overwritten silently.
 */
export function RiskFormDrawer({
  risk,
  onClose,
  onSaved,
  onReload,
}: {
  /** The risk to change; none to register a new one. */
  risk?: Risk;
  onClose: () => void;
  onSaved: (saved: Risk) => void;
  /** Fetches the latest version after someone else changed it. */
  onReload?: () => Promise<Risk | undefined>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const [form] = Form.useForm<RiskFormValues>();
  const { base, reload } = useEditBase(risk, form, toFormValues);
  const create = useCreateRisk();
  const update = useUpdateRisk(risk?.id ?? 0);
  const save = base ? update : create;
  const bands = useBands();
  const bandLabel = useBandLabel();
  const category = Form.useWatch("category", form);
  const subType = Form.useWatch("subType", form);
  const likelihood = Form.useWatch("likelihood", form);
  const impact = Form.useWatch("impact", form);

  const submit = (values: RiskFormValues) => {
    const input = toRiskInput(values);
    const onError = (failure: Error) => placeFieldErrors(form, failure, FIELDS);
    if (base) {
      update.mutate(
        { version: base.version, input },
        {
          onSuccess: (saved) => {
            void message.success(t("risk.form.saved"));
            onSaved(saved);
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          void message.success(t("risk.form.created", { id: saved.id }));
          onSaved(saved);
        },
        onError,
      });
    }
  };

  const reloadLatest = () =>
    void reload(
      () => onReload?.() ?? Promise.resolve(undefined),
      () => {
        update.reset();
        void message.info(t("risk.form.reloaded"));
      },
    );

  const field = (key: string) => t(`risk.fields.${key}`);
  const required = (key: string) => ({
    required: true,
    whitespace: true,
    message: t("risk.form.required", { field: field(key) }),
  });
  const pick = (key: string) => ({
    required: true,
    message: t("risk.form.pick", { field: field(key) }),
  });
  const maxLength = (key: string, max: number) => ({
    max,
    message: t("risk.form.tooLong", { field: field(key), max }),
  });
  const levelOptions = (kind: "likelihood" | "impact") =>
    LEVELS.map((level) => ({ value: level, label: `${level} · ${t(`risk.${kind}.${level}`)}` }));
  const score = likelihood && impact ? likelihood * impact : undefined;

  return (
    <FormDrawer<RiskFormValues>
      form={form}
      text={{
        title: base ? t("risk.form.editTitle") : t("risk.form.createTitle"),
        cancel: t("risk.form.cancel"),
        submit: base ? t("risk.form.save") : t("risk.form.create"),
        stale: t("risk.form.stale"),
        reload: t("risk.form.reload"),
      }}
      saving={save.isPending}
      error={save.error}
      fields={FIELDS}
      onClose={onClose}
      onReload={onReload ? reloadLatest : undefined}
      initialValues={toFormValues(base)}
      onFinish={submit}
      onValuesChange={(changed: Partial<RiskFormValues>) => {
        if (changed.category) {
          const current = form.getFieldValue("subType") as RiskSubType | undefined;
          if (current && !SUB_TYPES[changed.category].includes(current)) {
            form.setFieldValue("subType", undefined);
          }
        }
      }}
    >
      <Form.Item
        name="title"
        label={field("title")}
        rules={[required("title"), maxLength("title", LIMITS.title)]}
      >
        <Input maxLength={LIMITS.title} placeholder={t("risk.form.titlePlaceholder")} />
      </Form.Item>
      <Form.Item
        name="description"
        label={field("description")}
        rules={[maxLength("description", LIMITS.description)]}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.description} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="category"
          label={field("category")}
          rules={[pick("category")]}
          style={{ flex: 1, minWidth: 150 }}
        >
          <Select
            virtual={false}
            options={CATEGORIES.map((value) => ({
              value,
              label: t(`risk.category.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="subType"
          label={field("subType")}
          rules={[pick("subType")]}
          style={{ flex: 1, minWidth: 150 }}
          data-testid="field-subType"
        >
          <Select
            virtual={false}
            disabled={!category}
            placeholder={category ? undefined : t("risk.form.categoryFirst")}
            options={(category ? SUB_TYPES[category] : []).map((value) => ({
              value,
              label: t(`risk.subType.${value}`),
            }))}
          />
        </Form.Item>
      </Flex>
      {subType === "CUSTOM" && (
        <Form.Item
          name="customSubType"
          label={field("customSubType")}
          rules={[required("customSubType"), maxLength("customSubType", LIMITS.customSubType)]}
        >
          <Input maxLength={LIMITS.customSubType} placeholder={t("risk.form.customPlaceholder")} />
        </Form.Item>
      )}
      <Flex gap={12} wrap>
        <Form.Item
          name="likelihood"
          label={field("likelihood")}
          rules={[pick("likelihood")]}
          style={{ flex: 1, minWidth: 150 }}
        >
          <Select virtual={false} options={levelOptions("likelihood")} />
        </Form.Item>
        <Form.Item
          name="impact"
          label={field("impact")}
          rules={[pick("impact")]}
          style={{ flex: 1, minWidth: 150 }}
        >
          <Select virtual={false} options={levelOptions("impact")} />
        </Form.Item>
      </Flex>
      {score !== undefined && (
        <Typography.Paragraph type="secondary" data-testid="score-preview">
          {t("risk.form.scorePreview", {
            score,
            band: bandLabel(bandOf(bands.data, score)?.code ?? ""),
          })}
        </Typography.Paragraph>
      )}
      <Flex gap={12} wrap>
        <Form.Item
          name="status"
          label={field("status")}
          rules={[pick("status")]}
          style={{ flex: 1, minWidth: 150 }}
        >
          <Select
            virtual={false}
            options={STATUSES.map((value) => ({ value, label: t(`risk.status.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="nextReviewOn"
          label={field("nextReviewOn")}
          rules={[pick("nextReviewOn")]}
          style={{ flex: 1, minWidth: 150 }}
        >
          <DatePicker style={{ width: "100%" }} inputReadOnly={!wide} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="ownerName"
        label={field("ownerName")}
        rules={[maxLength("ownerName", LIMITS.ownerName)]}
      >
        <Input maxLength={LIMITS.ownerName} />
      </Form.Item>
      <Typography.Text strong>{field("mitigations")}</Typography.Text>
      <OrderedListEditor
        name="mitigations"
        max={LIMITS.mitigations}
        newItem={() => ""}
        text={{
          add: t("risk.form.addMitigation"),
          remove: (n) => t("risk.form.removeMitigation", { n }),
        }}
      >
        {(item, index) => (
          <Form.Item
            name={item.name}
            rules={[maxLength("mitigations", LIMITS.mitigation)]}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={LIMITS.mitigation}
              aria-label={t("risk.form.mitigationN", { n: index + 1 })}
              placeholder={t("risk.form.mitigationPlaceholder")}
            />
          </Form.Item>
        )}
      </OrderedListEditor>
    </FormDrawer>
  );
}
