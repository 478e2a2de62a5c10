import { App, Button, Card, Checkbox, DatePicker, Form, Input, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { dayjs } from "@/lib/time";
import {
  BUSINESS_LINES,
  LIMITS,
  useReportIncident,
  type BusinessLine,
  type ReportIncidentInput,
} from "../api/report-incident";

interface FormValues {
  title: string;
  phenomenon: string;
  occurredAt: Dayjs;
  affectedSystems?: string[];
  businessLines?: BusinessLine[];
  regions?: string[];
  contact?: string;
}

type FieldName = keyof FormValues;

/** Where a server-side field error belongs in this form. */
export function formFieldOf(serverField: string): FieldName | undefined {
  const name = serverField.replace(/^scope\./, "").replace(/\[\d+\]$/, "");
  const known: FieldName[] = [
    "title",
    "phenomenon",
    "occurredAt",
    "affectedSystems",
    "businessLines",
    "regions",
    "contact",
  ];
  if (name === "scope") return "affectedSystems";
  return known.find((field) => field === name);
}

export function toReport(values: FormValues): ReportIncidentInput {
  return {
    title: values.title.trim(),
    phenomenon: values.phenomenon.trim(),
    occurredAt: values.occurredAt.format(),
    scope: {
      affectedSystems: values.affectedSystems ?? [],
      businessLines: values.businessLines ?? [],
      regions: values.regions ?? [],
    },
    contact: values.contact?.trim() || undefined,
  };
}

export function ReportIncidentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const report = useReportIncident();

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t("incident.report.required", { field }),
  });
  const maxLength = (field: string, max: number) => ({
    max,
    message: t("incident.report.tooLong", { field, max }),
  });
  const scopeNamed = () => ({
    validator: () => {
      const { affectedSystems, businessLines, regions } = form.getFieldsValue();
      const named = [affectedSystems, businessLines, regions].some((v) => v && v.length > 0);
      return named
        ? Promise.resolve()
        : Promise.reject(new Error(t("incident.report.scopeRequired")));
    },
  });

  const submit = (values: FormValues) => {
    report.mutate(toReport(values), {
      onSuccess: (incident) => {
        void message.success(t("incident.report.success", { id: incident.id }));
        void navigate(`/incidents/${incident.id}`);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        form.setFields(
          error.fieldErrors.flatMap((fieldError) => {
            const name = formFieldOf(fieldError.field);
            return name ? [{ name, errors: [fieldError.message] }] : [];
          }),
        );
      },
    });
  };

  const label = (key: string) => t(`incident.fields.${key}`);
  return (
    <Card style={{ maxWidth: 760, margin: "0 auto" }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t("incident.report.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("incident.report.intro")}</Typography.Paragraph>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ occurredAt: dayjs() }}
        disabled={report.isPending}
        scrollToFirstError
      >
        <Form.Item
          name="title"
          label={label("title")}
          rules={[required(label("title")), maxLength(label("title"), LIMITS.title)]}
        >
          <Input
            placeholder={t("incident.report.titlePlaceholder")}
            maxLength={LIMITS.title}
            showCount
          />
        </Form.Item>
        <Form.Item
          name="phenomenon"
          label={label("phenomenon")}
          rules={[required(label("phenomenon")), maxLength(label("phenomenon"), LIMITS.phenomenon)]}
        >
          <Input.TextArea
            rows={4}
            placeholder={t("incident.report.phenomenonPlaceholder")}
            maxLength={LIMITS.phenomenon}
          />
        </Form.Item>
        <Form.Item
          name="occurredAt"
          label={label("occurredAt")}
          rules={[
            {
              required: true,
              message: t("incident.report.required", { field: label("occurredAt") }),
            },
            {
              validator: (_, value?: Dayjs) =>
                value && value.isAfter(dayjs().add(5, "minute"))
                  ? Promise.reject(new Error(t("incident.report.future")))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: "100%" }}
          />
        </Form.Item>
        <Typography.Text strong>{label("scope")}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t("incident.report.scopeHint")}
        </Typography.Paragraph>
        <Form.Item
          name="affectedSystems"
          label={label("affectedSystems")}
          rules={[scopeNamed()]}
          dependencies={["businessLines", "regions"]}
        >
          <Select
            mode="tags"
            data-testid="affected-systems"
            placeholder={t("incident.report.systemsPlaceholder")}
            tokenSeparators={[",", "，"]}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item name="businessLines" label={label("businessLines")}>
          <Checkbox.Group
            options={BUSINESS_LINES.map((line) => ({
              value: line,
              label: t(`incident.businessLine.${line}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="regions" label={label("regions")}>
          <Select
            mode="tags"
            data-testid="regions"
            placeholder={t("incident.report.regionsPlaceholder")}
            tokenSeparators={[",", "，"]}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item
          name="contact"
          label={label("contact")}
          rules={[maxLength(label("contact"), LIMITS.contact)]}
        >
          <Input placeholder={t("incident.report.contactPlaceholder")} maxLength={LIMITS.contact} />
        </Form.Item>
        {report.error && <ProblemAlert error={report.error} />}
        <Form.Item style={{ marginTop: 16, marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block size="large" loading={report.isPending}>
            {report.isPending ? t("incident.report.submitting") : t("incident.report.submit")}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
