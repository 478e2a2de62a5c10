import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Select,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError, type FieldError } from "@/lib/api-client";
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

/** Where a server field path such as "subType" or "mitigations[2]" belongs in this form. */
export function formFieldOf(serverField: string): (string | number)[] | undefined {
  const match = /^(\w+)(?:\[(\d+)\])?$/.exec(serverField);
  if (!match || !(FIELDS as readonly string[]).includes(match[1])) return undefined;
  return match[2] === undefined ? [match[1]] : [match[1], Number(match[2])];
}

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
  // The version the user started from: a background refetch must not move it, or a change made
  // meanwhile would be overwritten without the server noticing.
  const [base, setBase] = useState(risk);
  const create = useCreateRisk();
  const update = useUpdateRisk(risk?.id ?? 0);
  const save = base ? update : create;
  const bands = useBands();
  const bandLabel = useBandLabel();
  const category = Form.useWatch("category", form);
  const subType = Form.useWatch("subType", form);
  const likelihood = Form.useWatch("likelihood", form);
  const impact = Form.useWatch("impact", form);

  const error = save.error;
  const stale = error instanceof ApiError && error.status === 412;
  const unplaced: FieldError[] =
    error instanceof ApiError ? error.fieldErrors.filter((e) => !formFieldOf(e.field)) : [];

  const submit = (values: RiskFormValues) => {
    const input = toRiskInput(values);
    const onError = (failure: Error) => {
      if (!(failure instanceof ApiError)) return;
      form.setFields(
        failure.fieldErrors.flatMap((fieldError) => {
          const name = formFieldOf(fieldError.field);
          return name ? [{ name: name as never, errors: [fieldError.message] }] : [];
        }),
      );
    };
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

  const reload = async () => {
    const latest = await onReload?.();
    if (!latest) return;
    setBase(latest);
    form.resetFields();
    form.setFieldsValue(toFormValues(latest));
    update.reset();
    void message.info(t("risk.form.reloaded"));
  };

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
    <Drawer
      open
      onClose={onClose}
      size={wide ? 560 : "100%"}
      title={base ? t("risk.form.editTitle") : t("risk.form.createTitle")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("risk.form.cancel")}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={stale}
            onClick={() => form.submit()}
          >
            {base ? t("risk.form.save") : t("risk.form.create")}
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
          title={t("risk.form.stale")}
          action={
            onReload && (
              <Button size="small" onClick={() => void reload()}>
                {t("risk.form.reload")}
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
      <Form<RiskFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(base)}
        onFinish={submit}
        disabled={save.isPending}
        scrollToFirstError
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
            <Input
              maxLength={LIMITS.customSubType}
              placeholder={t("risk.form.customPlaceholder")}
            />
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
        <Form.List name="mitigations">
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map((item, index) => (
                <Flex key={item.key} gap={8} align="flex-start">
                  <Form.Item
                    name={item.name}
                    rules={[maxLength("mitigations", LIMITS.mitigation)]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={LIMITS.mitigation}
                      aria-label={t("risk.form.mitigationN", { n: index + 1 })}
                      placeholder={t("risk.form.mitigationPlaceholder")}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t("risk.form.removeMitigation", { n: index + 1 })}
                    onClick={() => remove(item.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= LIMITS.mitigations}
                onClick={() => add("")}
              >
                {t("risk.form.addMitigation")}
              </Button>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
