import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { dayjs, formatBeijing } from "@/lib/time";
import { MATCH_FIELDS, useCreateSilence, useExpireSilence, useSilences } from "../api/silences";

interface SilenceForm {
  field: (typeof MATCH_FIELDS)[number];
  label?: string;
  pattern: string;
  window: [Dayjs, Dayjs];
  reason: string;
}

/** Silences and maintenance windows: matching alerts are kept, marked, and open nothing. */
export function SilencesTab() {
  const { t } = useTranslation();
  const silences = useSilences();
  const expire = useExpireSilence();
  const create = useCreateSilence();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SilenceForm>();
  const field = Form.useWatch("field", form);

  const submit = async () => {
    const values = await form.validateFields();
    await create.mutateAsync({
      matcher: { field: values.field, label: values.label, pattern: values.pattern },
      startsAt: values.window[0].format(),
      endsAt: values.window[1].format(),
      reason: values.reason,
    });
    setOpen(false);
    form.resetFields();
  };

  return (
    <Flex vertical gap={12}>
      <Button type="primary" style={{ alignSelf: "flex-start" }} onClick={() => setOpen(true)}>
        {t("detection.newSilence")}
      </Button>
      {silences.error && <ProblemAlert error={silences.error} />}
      {expire.error && <ProblemAlert error={expire.error} />}
      {(silences.data ?? []).length === 0 && <Empty description={t("detection.noSilences")} />}
      {(silences.data ?? []).map((silence) => (
        <Card key={silence.id} size="small">
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text strong>{silence.reason}</Typography.Text>
            <Button size="small" danger onClick={() => expire.mutate(silence.id)}>
              {t("detection.expire")}
            </Button>
          </Flex>
          <Typography.Text type="secondary">
            {silence.matcher.field}
            {silence.matcher.label ? `.${silence.matcher.label}` : ""} ~ /{silence.matcher.pattern}/
            · {formatBeijing(silence.startsAt)} → {formatBeijing(silence.endsAt)} ·{" "}
            {silence.createdBy}
          </Typography.Text>
        </Card>
      ))}
      <Modal
        open={open}
        title={t("detection.newSilence")}
        onOk={() => void submit().catch(() => undefined)}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ field: "SUMMARY", window: [dayjs(), dayjs().add(2, "hour")] }}
        >
          <Form.Item name="field" label={t("detection.matchField")}>
            <Select options={MATCH_FIELDS.map((value) => ({ value, label: value }))} />
          </Form.Item>
          {field === "LABEL" && (
            <Form.Item name="label" label={t("detection.labelName")} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          )}
          <Form.Item
            name="pattern"
            label={t("detection.pattern")}
            rules={[{ required: true, whitespace: true, message: t("detection.patternRequired") }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="window" label={t("detection.window")} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t("detection.reason")}
            rules={[{ required: true, whitespace: true, message: t("detection.reasonRequired") }]}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Form>
        {create.error && <ProblemAlert error={create.error} />}
      </Modal>
    </Flex>
  );
}
